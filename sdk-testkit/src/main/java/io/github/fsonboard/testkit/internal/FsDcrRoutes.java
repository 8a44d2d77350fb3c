package io.github.fsonboard.testkit.internal;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The Financial Services DCR API ({@code dcr-swagger.yaml} v3.3.0, base {@code /open-banking/v3.3})
 * as the FS gateway and IS extension answer it, plus the test directory's JWKS endpoints. Each
 * check names the wso2/financial-services-accelerator (or IS) code it follows.
 */
public final class FsDcrRoutes {
  /** Where the API lives on the gateway. */
  public static final String BASE = "/open-banking/v3\\.3/register";

  /** The directory's SSA signing JWKS. */
  public static final String DIRECTORY_JWKS = "/directory/jwks";

  /** A software's JWKS; the group is the software id. */
  public static final String SOFTWARE_JWKS = "/directory/software/([^/]+)/jwks";

  /**
   * The claims FS's deployment.toml requires ({@code financial_services.app_registration.dcr
   * .params} with {@code required = true}), by wire name, with the name RequiredParamsValidator
   * reports (the config name with a lower-case first letter).
   */
  private static final Map<String, String> REQUIRED = new LinkedHashMap<>();

  /** The allowed values FS's deployment.toml configures for some of them. */
  private static final Map<String, Set<String>> ALLOWED =
      Map.of(
          "scope", Set.of("accounts", "payments", "fundsconfirmations"),
          "grant_types", Set.of("authorization_code", "refresh_token", "client_credentials"),
          "application_type", Set.of("web"));

  /**
   * The request fields the gateway's response carries from the IS client (FS config params with
   * {@code include_in_response = true}; GatewayUtils.constructDCRResponseForRetrieval).
   */
  private static final List<String> RESPONSE_PARAMS =
      List.of(
          "software_id",
          "scope",
          "redirect_uris",
          "grant_types",
          "software_statement",
          "application_type",
          "token_endpoint_auth_method",
          "id_token_signed_response_alg",
          "request_object_signing_alg",
          "response_types");

  static {
    REQUIRED.put("scope", "scope");
    REQUIRED.put("redirect_uris", "redirectUris");
    REQUIRED.put("grant_types", "grantTypes");
    REQUIRED.put("software_statement", "softwareStatement");
    REQUIRED.put("application_type", "applicationType");
    REQUIRED.put("token_endpoint_auth_method", "tokenEndpointAuthMethod");
    REQUIRED.put("id_token_signed_response_alg", "idTokenSignatureAlgorithm");
    REQUIRED.put("request_object_signing_alg", "requestObjectSignatureAlgorithm");
    REQUIRED.put("iss", "iss");
    REQUIRED.put("iat", "iat");
    REQUIRED.put("exp", "exp");
    REQUIRED.put("jti", "jti");
    REQUIRED.put("aud", "aud");
  }

  private static final Set<String> FAPI_ALGORITHMS = Set.of("PS256", "ES256");

  private final Context ctx;
  private final FsDcrState state;

  /**
   * Creates the routes.
   *
   * @param ctx the context
   * @param state the FS DCR state
   */
  public FsDcrRoutes(Context ctx, FsDcrState state) {
    this.ctx = ctx;
    this.state = state;
  }

  /**
   * Registers the routes.
   *
   * @param router the gateway router
   */
  public void register(Router router) {
    router.on("POST", BASE, (r, m) -> create(r));
    router.on("GET", BASE + "/([^/]+)", this::read);
    router.on("PUT", BASE + "/([^/]+)", this::update);
    router.on("DELETE", BASE + "/([^/]+)", this::delete);
    router.on("GET", DIRECTORY_JWKS, (r, m) -> Reply.json(200, directoryJwks().toJSONObject()));
    router.on("GET", SOFTWARE_JWKS, (r, m) -> softwareJwks(m.group(1)));
  }

  /**
   * The directory's public SSA signing key.
   *
   * @return the JWKS
   */
  public JWKSet directoryJwks() {
    return new JWKSet(
        new RSAKey.Builder((RSAPublicKey) state.directoryKeys().getPublic())
            .keyID(FsDcrState.DIRECTORY_KID)
            .build());
  }

  /**
   * Resolves a JWKS URL this gateway serves, without HTTP.
   *
   * @param gatewayBase the gateway's base URL
   * @param url the URL
   * @return the JWKS members, or null when the URL is not one of the directory's
   */
  public Map<String, Object> localJwks(String gatewayBase, String url) {
    if (url == null || !url.startsWith(gatewayBase + "/directory/")) {
      return null;
    }
    String path = url.substring(gatewayBase.length());
    if (path.equals(DIRECTORY_JWKS)) {
      return directoryJwks().toJSONObject();
    }
    Matcher m = java.util.regex.Pattern.compile(SOFTWARE_JWKS).matcher(path);
    JWKSet set = m.matches() ? state.softwareJwks.get(m.group(1)) : null;
    return set == null ? null : set.toJSONObject();
  }

  private Reply softwareJwks(String softwareId) {
    JWKSet set = state.softwareJwks.get(softwareId);
    return set == null ? Reply.empty(404) : Reply.json(200, set.toJSONObject());
  }

  private Reply create(Request r) {
    X509Certificate certificate = requireCertificate(r);
    Signed request = verifiedRequest(r);
    String name = request.ssa.get("software_id") instanceof String s ? s : null;
    if (name == null || name.isBlank()) {
      // GatewayUtils.getApplicationName (useSoftwareIdAsAppName) -> getSafeApplicationName.
      return Replies.oauthError(
          400, "invalid_client_metadata", "Application name should be a valid string");
    }
    // IS DCRMService: the service provider's name (the software id) must be new; checked before
    // the FS validators run (an assumption: the IS source at hand predates the FS filter).
    IsDcrRoutes.requireNewName(ctx, name);
    validate(request.claims, request.ssa);
    Map<String, Object> isRequest = new LinkedHashMap<>(request.claims);
    // GatewayUtils.constructISDcrRequestPayload / DCRUtil.appendISDcrRequestPayloadAttributes.
    isRequest.put("client_name", name);
    isRequest.put("jwks_uri", request.ssa.get("software_jwks_endpoint"));
    isRequest.put("token_type_extension", "JWT");
    isRequest.put("require_signed_request_object", true);
    isRequest.put("tls_client_certificate_bound_access_tokens", true);
    isRequest.put(
        "ext_application_display_name",
        String.valueOf(request.ssa.getOrDefault("software_client_name", name)));
    // Only the IS client is made: FS's gateway DCRExecutor has preProcessRequest only (it signs
    // off the request and hands IS its payload) and makes no APIM REST call, so no APIM
    // application, key mapping or subscription exists for a DCR client. The older OB
    // accelerator's com.wso2.openbanking...gateway.executor.dcr.DCRExecutor.postProcessResponse
    // did create them (application, map-keys, subscriptions to the SSA roles' regulatory APIs);
    // FS 4.x dropped that.
    Store.Client client = IsDcrRoutes.createClient(ctx, isRequest, "admin");
    state.boundCertificates.put(client.id(), KeyMaterial.x5tS256(certificate));
    return Reply.json(201, createdView(client, request.claims));
  }

  private Reply read(Request r, Matcher m) {
    Store.Client client = requireClientToken(r, m.group(1));
    // GatewayUtils.constructDCRResponseForRetrieval: id, secret and the configured params.
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("client_id", client.id());
    out.put("client_secret", client.secret());
    for (String param : RESPONSE_PARAMS) {
      if (client.metadata.get(param) != null) {
        out.put(param, Fields.copy(client.metadata.get(param)));
      }
    }
    return Reply.json(200, out);
  }

  private Reply update(Request r, Matcher m) {
    Store.Client client = requireClientToken(r, m.group(1));
    Signed request = verifiedRequest(r);
    validate(request.claims, request.ssa);
    Map<String, Object> isRequest = new LinkedHashMap<>(request.claims);
    isRequest.put("jwks_uri", request.ssa.get("software_jwks_endpoint"));
    IsDcrRoutes.updateClient(client, isRequest);
    return Reply.json(200, createdView(client, request.claims));
  }

  private Reply delete(Request r, Matcher m) {
    Store.Client client = requireClientToken(r, m.group(1));
    ctx.store.clients.remove(client.id());
    state.boundCertificates.remove(client.id());
    return Reply.empty(204);
  }

  /**
   * GatewayUtils.constructDCRResponseForCreate: the request minus iat/exp/aud/jti/iss, plus ids.
   */
  private Map<String, Object> createdView(Store.Client client, Map<String, Object> claims) {
    Map<String, Object> out = new LinkedHashMap<>();
    claims.forEach(
        (k, v) -> {
          if (!Set.of("iat", "exp", "aud", "jti", "iss").contains(k)) {
            out.put(k, Fields.copy(v));
          }
        });
    out.put("client_id", client.id());
    out.put("client_secret", client.secret());
    out.put("client_id_issued_at", ctx.store.clock.instant().getEpochSecond());
    return out;
  }

  /**
   * The gateway's mutual TLS: the API is Mutual-SSL mandatory, so a call without a verified client
   * certificate fails APIM authentication (carbon-apimgt
   * APIConstants.KeyValidationStatus.API_AUTH_INVALID_CREDENTIALS, 900901).
   */
  private static X509Certificate requireCertificate(Request r) {
    X509Certificate certificate = r.clientCertificate();
    if (certificate == null) {
      throw new Halt(invalidCredentials());
    }
    return certificate;
  }

  private static Reply invalidCredentials() {
    return Replies.apimError(
        401,
        900901,
        "Invalid Credentials",
        "Invalid Credentials. Make sure you have provided the correct security credentials");
  }

  /**
   * Read, update and delete: APIM validates the key manager's token (x-auth-type Application), the
   * certificate-bound token must come with its certificate, and the mediation policy
   * (DynamicClientRegistrationRequestMediator.validateClientId) requires the token's client to be
   * the one in the path.
   */
  private Store.Client requireClientToken(Request r, String clientId) {
    X509Certificate certificate = requireCertificate(r);
    TokenRecord token = ctx.requireToken(r, "is");
    String bound = state.boundCertificates.get(token.clientId());
    // The token is bound to the transport certificate (tls_client_certificate_bound_access_tokens;
    // WSO2 checks the token's cnf). The emulator's token endpoint cannot see TLS, so it binds the
    // client to the certificate it registered with instead.
    if (bound != null && !bound.equals(KeyMaterial.x5tS256(certificate))) {
      throw new Halt(invalidCredentials());
    }
    if (!token.clientId().equals(clientId)) {
      throw new Halt(
          Replies.oauthError(
              401, "unauthorized", "Token is not bound to the client id sent in the request"));
    }
    Store.Client client = ctx.store.clients.get(clientId);
    if (client == null || !"is".equals(client.realm)) {
      throw new Halt(Reply.empty(401)); // IS DCR: an unknown client is 401 with no body
    }
    return client;
  }

  private record Signed(Map<String, Object> claims, Map<String, Object> ssa) {}

  /**
   * The gateway's request handling (DynamicClientRegistrationRequestMediator.mediate /
   * validateAndModifyPayload, DCRExecutor.preProcessRequest) and IS's software statement checks.
   */
  private Signed verifiedRequest(Request r) {
    String payload = r.bodyText().trim();
    if (payload.isEmpty()) {
      throw new Halt(
          Replies.oauthError(400, "invalid_request", "Request payload is empty or not present."));
    }
    SignedJWT jwt;
    Map<String, Object> claims;
    try {
      jwt = SignedJWT.parse(payload);
      claims = new LinkedHashMap<>(jwt.getJWTClaimsSet().toJSONObject());
    } catch (ParseException e) {
      throw new Halt(Replies.oauthError(400, "invalid_request", "Malformed request JWT"));
    }
    if (!(claims.get("software_statement") instanceof String ssaText)) {
      throw new Halt(
          Replies.oauthError(
              400,
              "invalid_software_statement",
              "Required parameter software statement cannot be null"));
    }
    SignedJWT ssa;
    Map<String, Object> ssaClaims;
    try {
      ssa = SignedJWT.parse(ssaText);
      ssaClaims = new LinkedHashMap<>(ssa.getJWTClaimsSet().toJSONObject());
    } catch (ParseException e) {
      throw new Halt(
          Replies.oauthError(
              400, "invalid_software_statement", "Malformed Software Statement JWT found"));
    }
    // DCRUtil.validateRequestSignature: the keys at the SSA's software_jwks_endpoint, the
    // algorithm of the request's own header; nimbus's messages follow "Invalid request signature. "
    String jwksUrl = String.valueOf(ssaClaims.get("software_jwks_endpoint"));
    Map<String, Object> jwks = ctx.localJwks.apply(jwksUrl);
    String failure = verify(jwt, jwks, jwt.getHeader().getAlgorithm());
    if (failure != null) {
      throw new Halt(
          Replies.oauthError(400, "invalid_request", "Invalid request signature. " + failure));
    }
    // IS DCR with [oauth.dcr] ssa_jkws: the SSA must verify with the directory's keys (and be
    // unexpired).
    if (verify(ssa, directoryJwks().toJSONObject(), ssa.getHeader().getAlgorithm()) != null) {
      throw new Halt(
          Replies.dcrError(
              400,
              "invalid_software_statement",
              "Signature validation failed for the software statement"));
    }
    // IS DCRMService with enable_fapi_enforcement: only FAPI signing algorithms.
    for (String alg :
        List.of(
            "token_endpoint_auth_signing_alg",
            "id_token_signed_response_alg",
            "request_object_signing_alg")) {
      Object value = claims.get(alg);
      if (value != null && !FAPI_ALGORITHMS.contains(String.valueOf(value))) {
        throw new Halt(
            Replies.dcrError(
                400, "invalid_client_metadata", "Invalid signature algorithm requested"));
      }
    }
    return new Signed(claims, ssaClaims);
  }

  private static String verify(SignedJWT jwt, Map<String, Object> jwks, JWSAlgorithm alg) {
    try {
      JWKSet set = jwks == null ? new JWKSet() : JWKSet.parse(jwks);
      DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
      processor.setJWSKeySelector(
          new JWSVerificationKeySelector<>(alg, new ImmutableJWKSet<>(set)));
      JWTClaimsSet verified = processor.process(jwt, null);
      return verified == null ? "no claims" : null;
    } catch (BadJOSEException | com.nimbusds.jose.JOSEException | ParseException e) {
      return e.getMessage();
    }
  }

  /** FSAdditionalAttributeFilter: the validators FS's deployment.toml enables, by priority. */
  private void validate(Map<String, Object> claims, Map<String, Object> ssa) {
    requiredParams(claims);
    // IssuerValidator.validateSoftwareId
    Object softwareId = ssa.get("software_id");
    if (softwareId != null && !softwareId.equals(claims.get("iss"))) {
      throw new Halt(
          Replies.dcrError(
              400,
              "invalid_client_metadata",
              "Invalid issuer, issuer should be the same as the software id"));
    }
    // RedirectUriFormatValidator
    if (!usableRedirect(Fields.strings(claims, "redirect_uris"))) {
      throw new Halt(
          Replies.dcrError(
              400, "invalid_redirect_uri", "Invalid redirect_uris found in the Request"));
    }
    List<String> ssaRedirects = claimContaining(ssa, "redirect_uris");
    if (ssaRedirects != null && !usableRedirect(ssaRedirects)) {
      throw new Halt(
          Replies.dcrError(400, "invalid_redirect_uri", "Invalid redirect_uris found in the SSA"));
    }
    // RedirectUriMatchValidator
    if (ssaRedirects == null
        || !ssaRedirects.containsAll(Fields.strings(claims, "redirect_uris"))) {
      throw new Halt(
          Replies.dcrError(
              400,
              "invalid_redirect_uri",
              "Redirect URIs do not match with the software statement"));
    }
    // UriHostnameValidator
    if (!hostNamesMatch(ssa, ssaRedirects)) {
      throw new Halt(
          Replies.dcrError(
              400,
              "invalid_client_metadata",
              "Host names of logo_uri/tos_uri/policy_uri/client_uri does not match with the"
                  + " redirect_uris"));
    }
    // SSAIssuerValidator (allowed_values = ["OpenBanking Ltd"])
    if (!FsDcrState.DIRECTORY_ISSUER.equals(ssa.get("iss"))) {
      throw new Halt(
          Replies.dcrError(
              400, "invalid_software_statement", "Invalid issuer in software statement"));
    }
    // RequestJTIValidator, SSAJTIValidator: one cache, a jti is remembered when first seen.
    Object jti = claims.get("jti");
    if (jti != null && !state.seenJtis.add(String.valueOf(jti))) {
      throw new Halt(
          Replies.dcrError(
              400,
              "invalid_client_metadata",
              "Rejected the replayed jti in the registration request"));
    }
    if (!state.seenJtis.add(String.valueOf(ssa.get("jti")))) {
      throw new Halt(
          Replies.dcrError(
              400,
              "invalid_software_statement",
              "Rejected the replayed jti in the software statement"));
    }
    // TokenEndpointAuthSigningAlgValidator
    Object alg = claims.get("token_endpoint_auth_signing_alg");
    if ("private_key_jwt".equals(claims.get("token_endpoint_auth_method"))
        && (alg == null || String.valueOf(alg).isBlank())) {
      throw new Halt(
          Replies.dcrError(
              400,
              "invalid_client_metadata",
              "Token endpoint auth signing alg must be specified if token_endpoint_auth_method"
                  + " is private_key_jwt."));
    }
  }

  /** RequiredParamsValidator with FS's deployment.toml params. */
  private static void requiredParams(Map<String, Object> claims) {
    for (Map.Entry<String, String> e : REQUIRED.entrySet()) {
      Object value = claims.get(e.getKey());
      if (value == null) {
        throw new Halt(
            Replies.dcrError(
                400,
                e.getKey().equals("software_statement")
                    ? "invalid_software_statement"
                    : "invalid_client_metadata",
                "Required parameter " + e.getValue() + " not found in the request"));
      }
      if (value instanceof List<?> list && list.isEmpty()) {
        throw new Halt(
            Replies.dcrError(
                400,
                "invalid_client_metadata",
                "Required parameter " + e.getValue() + " cannot be empty"));
      }
      Set<String> allowed = ALLOWED.get(e.getKey());
      if (allowed != null) {
        List<String> values =
            value instanceof List<?>
                ? Fields.strings(claims, e.getKey())
                : List.of(String.valueOf(value).split(" "));
        if (!allowed.containsAll(values)) {
          throw new Halt(
              Replies.dcrError(
                  400, "invalid_client_metadata", "Invalid " + e.getValue() + " provided"));
        }
      }
    }
  }

  private static boolean usableRedirect(List<String> uris) {
    return uris.stream()
        .anyMatch(u -> u != null && u.contains("https") && !u.contains("localhost"));
  }

  @SuppressWarnings("unchecked")
  private static List<String> claimContaining(Map<String, Object> ssa, String suffix) {
    Object found = null;
    for (Map.Entry<String, Object> e : ssa.entrySet()) {
      if (e.getKey().contains(suffix)) {
        found = e.getValue();
      }
    }
    return found instanceof List<?> l ? new ArrayList<>((List<String>) l) : null;
  }

  private static boolean hostNamesMatch(Map<String, Object> ssa, List<String> redirects) {
    try {
      for (String suffix : List.of("logo_uri", "client_uri", "policy_uri", "tos_uri")) {
        String value = null;
        for (Map.Entry<String, Object> e : ssa.entrySet()) {
          if (e.getKey().contains(suffix) && e.getValue() instanceof String s) {
            value = s;
          }
        }
        // The server dereferences a missing URI's host and fails; the emulator refuses instead.
        String host = value == null ? null : new URI(value).getHost();
        for (String redirect : redirects) {
          if (host == null || !host.equals(new URI(redirect).getHost())) {
            return false;
          }
        }
      }
      return true;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
