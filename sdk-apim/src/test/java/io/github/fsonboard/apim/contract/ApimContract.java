package io.github.fsonboard.apim.contract;

import io.github.fsonboard.apim.TestJson;
import io.github.fsonboard.harness.AllowList;
import io.github.fsonboard.harness.ContractValidator;
import io.github.fsonboard.harness.RecordedExchange;
import io.github.fsonboard.harness.Spec;
import io.github.fsonboard.harness.ValidationOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Validates the traffic the SDK exchanged with API Manager against WSO2's specs, choosing the spec
 * by path prefix: admin v4, devportal v3 (per {@link ApimVersion}), publisher v4 (one copy, newer
 * than the releases), REST-API DCR v0.17 and IS self sign-up v1.0. Paths without a spec (e.g.
 * {@code /oauth2/token}) are skipped.
 *
 * <p>Findings are accepted only via {@link #allowList()}: WSO2's documented spec bugs plus the
 * commented entries below. Counts of validated requests and responses per spec are kept for the
 * whole test run ({@link #counts()}).
 */
public final class ApimContract {
  private static final Map<String, AtomicInteger> COUNTS = new ConcurrentHashMap<>();

  private static final String APIM_REST = "/api/am/(admin/v4|devportal/v3|publisher/v4)/.*";
  private static final String DCR = "/client-registration/v0\\.17/register";
  private static final Set<String> ERROR_FIELDS =
      Set.of("code", "message", "description", "moreInfo", "error");
  private static final String NULL = "Instance type (null)";

  private static final AllowList ALLOW_LIST = specBugs();

  private static AllowList specBugs() {
    return AllowList.wso2KnownSpecBugs()
        // DCR v0.17: the server answers with the DCRResult field names of the admin/devportal
        // specs' info.description example ("callBackURL", a boolean "isSaasApplication", a null
        // "tokenType"), not the dcr.yaml spellings (wso2-contracts.md section 1).
        .allow(
            "validation.response.body.schema.additionalProperties",
            "POST",
            DCR,
            "callBackURL",
            200,
            "DCR answers callBackURL; dcr.yaml names it callbackUrl")
        .allow(
            "validation.response.body.schema.type",
            "POST",
            DCR,
            "[Path '/isSaasApplication'] Instance type (boolean)",
            200,
            "DCR answers isSaasApplication as a boolean; dcr.yaml types it as a string")
        .allow(
            "validation.response.body.schema.type",
            "POST",
            DCR,
            "[Path '/tokenType'] " + NULL,
            200,
            "DCR answers tokenType null; dcr.yaml does not mark it nullable")
        // DCR: re-registering an existing clientName answers 403 on some versions (api-manager
        // issues 2064, 2678, 4495; wso2-contracts.md section 1); dcr.yaml declares no 403.
        .allow(
            "validation.response.status.unknown",
            "POST",
            DCR,
            null,
            403,
            "DCR re-registration answers 403 on some APIM versions; undeclared in dcr.yaml")
        // Every APIM REST operation answers 401 for a missing or expired token (the REST API
        // authenticator runs before the operation); most operations do not declare it.
        .allow(
            "validation.response.status.unknown",
            null,
            APIM_REST,
            null,
            401,
            "APIM REST APIs answer 401 for an expired token on every operation")
        // Admin: an existing key manager name answers 409 code 901402 "Key Manager Already
        // Exists" (wso2-contracts.md section 2); POST /key-managers declares only 201 and 400.
        .allow(
            "validation.response.status.unknown",
            "POST",
            "/api/am/admin/v4/key-managers",
            null,
            409,
            "POST /key-managers answers 409 (901402) for a duplicate name; undeclared")
        // Publisher: carbon-apimgt SubscriptionsApiServiceImpl.blockSubscription and
        // unBlockSubscription answer 200 with the updated Subscription
        // (SubscriptionMappingUtil.fromSubscriptionToDTO); publisher-api.yaml declares no body.
        .allow(
            "validation.response.body.unexpected",
            "POST",
            "/api/am/publisher/v4/subscriptions/(block|unblock)-subscription",
            null,
            200,
            "block/unblock-subscription answer the updated Subscription; the spec declares none")
        // Admin: ApplicationsApiServiceImpl.applicationsApplicationIdChangeOwnerPost sends every
        // failure (unknown application or new owner) through RestApiUtil
        // .handleInternalServerError, 500; the spec declares 400, 404 and 412 only.
        .allow(
            "validation.response.status.unknown",
            "POST",
            "/api/am/admin/v4/applications/[^/]+/change-owner",
            null,
            500,
            "change-owner answers 500 for an unknown application or owner; undeclared")
        // Admin: discovery answers {valid, value: KeyManager} with the endpoints read from the
        // well-known document but no name (the portal's user types it in); the spec reuses the
        // KeyManager schema, whose name is required.
        .allow(
            "validation.response.body.schema.required",
            "POST",
            "/api/am/admin/v4/key-managers/discover",
            "[Path '/value'] Object has missing required properties ([\"name\"])",
            200,
            "discover's value is a KeyManager without a name; the spec requires one")
        // Admin: ThrottlePolicy has a discriminator on "type" without listing it as required,
        // which the JSON schema validator rejects as an invalid schema, so the body of the
        // throttling policy lists cannot be checked at all.
        .allow(
            "validation.response.body.schema.processingError",
            "GET",
            "/api/am/admin/v4/throttling/policies/.*",
            "'discriminator' field 'type' must be marked as a required property",
            200,
            "admin ThrottlePolicy discriminator 'type' is not required: invalid schema")
        // Devportal: API.keyManagers is declared as an object; the server sends the list of
        // key manager names, e.g. ["all"] (APIDTO.keyManagers is an Object holding a List).
        .allow(
            "validation.response.body.schema.type",
            "GET",
            "/api/am/devportal/v3/apis/[^/]+",
            "[Path '/keyManagers'] Instance type (array)",
            200,
            "devportal API.keyManagers is typed object; the server sends an array of names")
        // Devportal: KeyManagerInfo.applicationConfiguration[].default and values[] are
        // declared as objects; the server sends the connector's strings and booleans.
        .allow(
            "validation.response.body.schema.type",
            "GET",
            "/api/am/devportal/v3/key-managers",
            "/applicationConfiguration/",
            200,
            "devportal applicationConfiguration default/values typed object; server sends"
                + " strings and booleans")
        // Devportal: APIM's Jackson provider writes null fields, which the specs never mark
        // nullable: ApplicationKey.token is null for regulatory (FS) applications and groupId
        // is null without groups (wso2-contracts.md section 3); subscription policies without
        // a bandwidth limit have null dataUnit and rateLimitTimeUnit.
        .allow(
            "validation.response.body.schema.type",
            null,
            "/api/am/devportal/v3/applications/[^/]+/(generate-keys|oauth-keys(/[^/]+)?)",
            "/token'] " + NULL,
            200,
            "ApplicationKey.token is null for regulatory apps; not nullable in the spec")
        .allow(
            "validation.response.body.schema.type",
            null,
            "/api/am/devportal/v3/applications/[^/]+/(generate-keys|oauth-keys(/[^/]+)?)",
            "/groupId'] " + NULL,
            200,
            "ApplicationKey.groupId is null without groups; not nullable in the spec")
        .allow(
            "validation.response.body.schema.type",
            "GET",
            "/api/am/devportal/v3/throttling-policies/.*",
            "/dataUnit'] " + NULL,
            200,
            "ThrottlingPolicy.dataUnit is null for request-count policies; not nullable")
        .allow(
            "validation.response.body.schema.type",
            "GET",
            "/api/am/devportal/v3/throttling-policies/.*",
            "/rateLimitTimeUnit'] " + NULL,
            200,
            "ThrottlingPolicy.rateLimitTimeUnit is null without a rate limit; not nullable")
        // IS self sign-up: identity.xml secures POST /me (ResourceAccessControl, since IS
        // 5.7.0 / WSO2-2018-0462), so bad or missing credentials get 401 from the
        // authentication valve before the API runs; the spec declares 201/400/409/500 only.
        .allow(
            "validation.response.status.unknown",
            "POST",
            "/api/identity/user/v1\\.0/me",
            null,
            401,
            "IS answers 401 for refused credentials on POST /me; undeclared in the spec")
        // Devportal: another user's application answers 403 (carbon-apimgt
        // RestApiUtil.handleAuthorizationFailure); the application operations declare no 403.
        .allow(
            "validation.response.status.unknown",
            null,
            "/api/am/devportal/v3/applications/.+",
            null,
            403,
            "devportal answers 403 for another user's application; undeclared");
  }

  private ApimContract() {}

  /**
   * WSO2's known spec bugs plus the ones found by sdk-apim's contract tests, each with its reason.
   */
  public static AllowList allowList() {
    return ALLOW_LIST;
  }

  /** The spec that describes a path on the given release, if any. */
  public static Optional<Spec> specFor(String path, ApimVersion version) {
    String p = path.matches("/t/[^/]+/.*") ? path.substring(path.indexOf('/', 3)) : path;
    if (p.startsWith("/api/am/admin/v4/")) {
      return Optional.of(version.admin());
    }
    if (p.startsWith("/api/am/devportal/v3/")) {
      return Optional.of(version.devportal());
    }
    if (p.startsWith("/api/am/publisher/v4/")) {
      return Optional.of(Spec.APIM_PUBLISHER_V4);
    }
    if (p.startsWith("/client-registration/v0.17/")) {
      return Optional.of(Spec.APIM_DCR_V017);
    }
    if (p.startsWith("/api/identity/user/v1.0/")) {
      return Optional.of(Spec.IS_SELF_REGISTRATION);
    }
    return Optional.empty();
  }

  /**
   * Validates every request and response against the specs of each given release.
   *
   * @return one description per failure (empty when all is valid)
   */
  public static List<String> problems(List<RecordedExchange> exchanges, ApimVersion... versions) {
    return problems(exchanges, ALLOW_LIST, versions);
  }

  /**
   * Validates like {@link #problems(List, ApimVersion...)} with another allow-list (start from
   * {@link #allowList()} and add to it).
   *
   * @return one description per failure (empty when all is valid)
   */
  public static List<String> problems(
      List<RecordedExchange> exchanges, AllowList allowList, ApimVersion... versions) {
    List<String> problems = new ArrayList<>();
    for (ApimVersion version : versions) {
      for (RecordedExchange e : exchanges) {
        Optional<Spec> spec = specFor(e.request().path(), version);
        if (spec.isEmpty()) {
          continue;
        }
        boolean first = version == versions[0];
        if (spec.get() != version.admin() && spec.get() != version.devportal() && !first) {
          continue; // release-independent specs (DCR, self sign-up) are checked once
        }
        ContractValidator validator = ContractValidator.of(spec.get(), allowList);
        ValidationOutcome request = validator.validateRequest(e.request());
        count(spec.get(), "requests");
        if (!request.valid()) {
          problems.add("Request " + request.describe());
        }
        ValidationOutcome response = validator.validateResponse(e.request(), e.response());
        count(spec.get(), "responses");
        if (!response.valid()) {
          problems.add("Response " + e.response().status() + " to " + response.describe());
        }
        if (first) {
          errorBodyProblem(e).ifPresent(problems::add);
        }
      }
    }
    return problems;
  }

  /**
   * Fails listing every finding not on the allow-list.
   *
   * @throws AssertionError when any request or response violates its spec
   */
  public static void assertValid(List<RecordedExchange> exchanges, ApimVersion... versions) {
    assertValid(exchanges, ALLOW_LIST, versions);
  }

  /**
   * Fails listing every finding not on the given allow-list.
   *
   * @throws AssertionError when any request or response violates its spec
   */
  public static void assertValid(
      List<RecordedExchange> exchanges, AllowList allowList, ApimVersion... versions) {
    List<String> problems = problems(exchanges, allowList, versions);
    if (!problems.isEmpty()) {
      throw new AssertionError(String.join("\n", problems));
    }
  }

  /**
   * Checks an APIM REST error body against the specs' {@code Error} schema: {@code code} (integer)
   * and {@code message} (string) required; only {@code description}, {@code moreInfo} and {@code
   * error} besides.
   */
  static Optional<String> errorBodyProblem(RecordedExchange e) {
    String body = e.response().body();
    if (e.response().status() < 400 || body == null || !e.request().path().matches(APIM_REST)) {
      return Optional.empty();
    }
    Map<String, Object> error;
    try {
      error = TestJson.object(body);
    } catch (RuntimeException notJson) {
      return Optional.of("Error body of " + e.request().path() + " is not a JSON object: " + body);
    }
    List<String> wrong = new ArrayList<>();
    if (!(error.get("code") instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
      wrong.add("code must be an integer");
    }
    if (!(error.get("message") instanceof String)) {
      wrong.add("message must be a string");
    }
    error.keySet().stream()
        .filter(k -> !ERROR_FIELDS.contains(k))
        .forEach(k -> wrong.add("unknown property " + k));
    return wrong.isEmpty()
        ? Optional.empty()
        : Optional.of(
            "Error body " + e.response().status() + " of " + e.request().path() + ": " + wrong);
  }

  /** Validated requests and responses so far, keyed "SPEC requests|responses". */
  public static Map<String, Integer> counts() {
    Map<String, Integer> copy = new TreeMap<>();
    COUNTS.forEach((k, v) -> copy.put(k, v.get()));
    return copy;
  }

  private static void count(Spec spec, String what) {
    COUNTS.computeIfAbsent(spec + " " + what, k -> new AtomicInteger()).incrementAndGet();
  }
}
