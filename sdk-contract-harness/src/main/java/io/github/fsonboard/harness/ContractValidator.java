package io.github.fsonboard.harness;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates recorded HTTP traffic against one WSO2 spec with Atlassian's swagger-request-validator,
 * failing on every error not on the {@link AllowList}.
 *
 * <p>Strict: a body field the schema does not declare fails (that catches misspellings). Only the
 * free-form maps WSO2 declares as {@code {type: object, properties: {}}} are opened (see {@link
 * SpecLoader}). A leading tenant prefix {@code /t/<tenant>} is ignored.
 *
 * <pre>{@code
 * Wso2Specs.assumeAvailable();
 * ContractValidator admin = ContractValidator.of(Spec.APIM_450_ADMIN, AllowList.wso2KnownSpecBugs());
 * for (RecordedExchange e : WireMockTraffic.exchanges(server)) {
 *   admin.assertRequestValid(e.request());
 *   admin.assertResponseValid(e.request(), e.response());
 * }
 * }</pre>
 */
public final class ContractValidator {

  private static final Pattern UNKNOWN_PROPERTIES =
      Pattern.compile("not allowed by the schema: \\[(.*)]");

  private static final Map<Spec, OpenApiInteractionValidator> VALIDATORS =
      new ConcurrentHashMap<>();

  private final Spec spec;
  private final AllowList allowList;
  private final OpenApiInteractionValidator validator;

  private ContractValidator(Spec spec, AllowList allowList, OpenApiInteractionValidator validator) {
    this.spec = spec;
    this.allowList = allowList;
    this.validator = validator;
  }

  /**
   * Returns a validator for one spec (the spec is loaded once per JVM and cached).
   *
   * @param spec the spec
   * @param allowList accepted findings ({@link AllowList#none()} for none)
   * @return the validator
   * @throws IllegalStateException when the specs folder is absent (call {@link
   *     Wso2Specs#assumeAvailable()} first) or the spec does not parse
   */
  public static ContractValidator of(Spec spec, AllowList allowList) {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(allowList, "allowList");
    OpenApiInteractionValidator validator =
        VALIDATORS.computeIfAbsent(
            spec,
            s ->
                OpenApiInteractionValidator.createFor(SpecLoader.load(Wso2Specs.path(s)))
                    .withBasePathOverride(s.basePath())
                    .build());
    return new ContractValidator(spec, allowList, validator);
  }

  /**
   * Returns the spec validated against.
   *
   * @return the spec
   */
  public Spec spec() {
    return spec;
  }

  /**
   * Validates a request.
   *
   * @param request the request
   * @return every error-level finding
   */
  public ValidationOutcome validateRequest(RecordedRequest request) {
    ValidationReport report = validator.validateRequest(toRequest(request));
    return outcome(request, report, null);
  }

  /**
   * Validates a response to a request.
   *
   * @param request the request that got it (selects the operation)
   * @param response the response
   * @return every error-level finding
   */
  public ValidationOutcome validateResponse(RecordedRequest request, RecordedResponse response) {
    String path = stripTenant(request.path());
    Request.Method method = Request.Method.valueOf(request.method().toUpperCase(Locale.ROOT));
    Optional<AllowList.StatusAlias> alias =
        allowList.statusAliasFor(request.method(), path, response.status());
    int status = alias.map(AllowList.StatusAlias::specStatus).orElse(response.status());
    SimpleResponse.Builder builder = SimpleResponse.Builder.status(status);
    response.headers().forEach(builder::withHeader);
    if (response.body() != null && !response.body().isEmpty()) {
      builder.withBody(response.body());
    }
    ValidationReport report = validator.validateResponse(path, method, builder.build());
    ValidationOutcome outcome = outcome(request, report, response.status());
    if (alias.isEmpty()) {
      return outcome;
    }
    List<ValidationMessage> messages = new ArrayList<>(outcome.messages());
    messages.add(
        new ValidationMessage(
            "validation.response.status.unknown",
            "Status " + response.status() + " validated as " + status,
            alias.get().reason()));
    return new ValidationOutcome(spec, request.method(), request.pathAndQuery(), messages);
  }

  /**
   * Fails unless the request is valid.
   *
   * @param request the request
   * @throws AssertionError listing every finding not on the allow-list
   */
  public void assertRequestValid(RecordedRequest request) {
    ValidationOutcome outcome = validateRequest(request);
    if (!outcome.valid()) {
      throw new AssertionError("Request " + outcome.describe());
    }
  }

  /**
   * Fails unless the response is valid.
   *
   * @param request the request that got it
   * @param response the response
   * @throws AssertionError listing every finding not on the allow-list
   */
  public void assertResponseValid(RecordedRequest request, RecordedResponse response) {
    ValidationOutcome outcome = validateResponse(request, response);
    if (!outcome.valid()) {
      throw new AssertionError("Response " + response.status() + " to " + outcome.describe());
    }
  }

  /**
   * Fails unless every request and response is valid; reports all failures at once.
   *
   * @param exchanges recorded exchanges (e.g. from {@link WireMockTraffic#exchanges})
   * @throws AssertionError listing every finding not on the allow-list
   */
  public void assertExchangesValid(List<RecordedExchange> exchanges) {
    List<String> problems = new ArrayList<>();
    for (RecordedExchange e : exchanges) {
      ValidationOutcome req = validateRequest(e.request());
      if (!req.valid()) {
        problems.add("Request " + req.describe());
      }
      ValidationOutcome resp = validateResponse(e.request(), e.response());
      if (!resp.valid()) {
        problems.add("Response " + e.response().status() + " to " + resp.describe());
      }
    }
    if (!problems.isEmpty()) {
      throw new AssertionError(String.join("\n", problems));
    }
  }

  private ValidationOutcome outcome(
      RecordedRequest request, ValidationReport report, Integer status) {
    String path = request.path();
    List<ValidationMessage> messages = new ArrayList<>();
    for (ValidationReport.Message m : report.getMessages()) {
      if (m.getLevel() != ValidationReport.Level.ERROR) {
        continue;
      }
      for (String text : split(m)) {
        String reason =
            allowList
                .reasonFor(m.getKey(), text, request.method(), stripTenant(path), status)
                .orElse(null);
        messages.add(new ValidationMessage(m.getKey(), text, reason));
      }
    }
    return new ValidationOutcome(spec, request.method(), request.pathAndQuery(), messages);
  }

  /**
   * One text per finding. The schema validator reports all unknown properties of an object in one
   * message; it is split per property so that allowing one never hides another.
   */
  private static List<String> split(ValidationReport.Message m) {
    String where =
        m.getContext()
            .flatMap(ValidationReport.MessageContext::getPointers)
            .map(p -> " [at '" + p.getInstance() + "']")
            .orElse("");
    Matcher unknown = UNKNOWN_PROPERTIES.matcher(m.getMessage());
    if (m.getKey().endsWith(".additionalProperties") && unknown.find()) {
      List<String> texts = new ArrayList<>();
      for (String name : unknown.group(1).split(",")) {
        texts.add("Property " + name.trim() + " is not allowed by the schema" + where);
      }
      return texts;
    }
    StringBuilder text = new StringBuilder(m.getMessage()).append(where);
    for (ValidationReport.Message nested : m.getNestedMessages()) {
      text.append(" | ").append(nested.getMessage());
    }
    return List.of(text.toString());
  }

  private static Request toRequest(RecordedRequest request) {
    SimpleRequest.Builder builder =
        new SimpleRequest.Builder(
            request.method().toUpperCase(Locale.ROOT), stripTenant(request.path()));
    request.headers().forEach(builder::withHeader);
    Map<String, List<String>> query = new LinkedHashMap<>();
    for (String pair : request.query().split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
    query.forEach(builder::withQueryParam);
    if (request.body() != null && !request.body().isEmpty()) {
      builder.withBody(request.body());
    }
    return builder.build();
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  /** IS serves the same APIs under /t/{tenant-domain}/...; the specs name the plain paths. */
  static String stripTenant(String path) {
    return path.matches("/t/[^/]+/.*") ? path.substring(path.indexOf('/', 3)) : path;
  }
}
