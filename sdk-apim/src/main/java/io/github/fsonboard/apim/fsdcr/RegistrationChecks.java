package io.github.fsonboard.apim.fsdcr;

import io.github.fsonboard.core.auth.SigningKey;
import io.github.fsonboard.core.cert.CertificateValidationResult;
import io.github.fsonboard.core.cert.CertificateValidator;
import io.github.fsonboard.core.cert.CheckResult;
import io.github.fsonboard.core.error.Validation;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The checks FS runs on a registration request, run by the SDK before sending so that a TPP learns
 * every problem at once instead of one server answer at a time. Each names the server code that
 * refuses the same request.
 */
final class RegistrationChecks {
  /** The grant types dcr-swagger.yaml allows ({@code RegistrationProperties.grant_types}). */
  private static final Set<String> GRANTS =
      Set.of(
          "client_credentials",
          "authorization_code",
          "refresh_token",
          "urn:openid:params:grant-type:ciba");

  private RegistrationChecks() {}

  /**
   * The algorithms FS accepts for registration requests, request objects and client assertions:
   * WSO2 IS with {@code [oauth.dcr] enable_fapi_enforcement} (FS's deployment.toml) refuses any
   * other with {@code invalid_client_metadata} "Invalid signature algorithm requested".
   */
  static final Set<String> FAPI_ALGORITHMS = Set.of("PS256", "ES256");

  /**
   * Adds a violation for every problem of the request.
   *
   * @param request the request
   * @param key the signing key
   * @param now the time
   * @param v where violations go
   */
  static void check(RegistrationRequest request, SigningKey key, Instant now, Validation v) {
    SoftwareStatement ssa = request.softwareStatement();
    // A missing software_id makes IssuerValidator.validateSoftwareId skip; without it the SDK
    // cannot set iss as the server expects, so it is required here.
    v.require(
        ssa.softwareId() != null && !ssa.softwareId().isBlank(),
        "software_statement.software_id",
        "is required: it becomes the request's iss");
    // DCRExecutor.preProcessRequest -> GatewayUtils.validateRequestSignature reads the TPP's keys
    // from this SSA claim.
    v.require(
        ssa.jwksEndpoint() != null && !ssa.jwksEndpoint().isBlank(),
        "software_statement.software_jwks_endpoint",
        "is required: the gateway verifies the request signature with the keys there");
    ssa.expiry()
        .filter(exp -> !exp.isAfter(now))
        .ifPresent(exp -> v.add("software_statement", "expired at " + exp));
    checkRedirectUris(request, ssa, v);
    checkAlgorithms(request, key, v);
    for (String grant : request.grantTypes()) {
      v.require(GRANTS.contains(grant), "grant_types", grant + " is not a grant FS registers");
    }
    v.require(
        Set.of("web", "mobile").contains(request.applicationType()),
        "application_type",
        "must be web or mobile");
  }

  private static void checkRedirectUris(
      RegistrationRequest request, SoftwareStatement ssa, Validation v) {
    // RedirectUriMatchValidator.validateRedirectUrls: every requested URI must be one of the SSA's.
    for (String uri : request.redirectUris()) {
      v.require(
          ssa.redirectUris().contains(uri),
          "redirect_uris",
          uri + " is not one of the software statement's software_redirect_uris");
    }
    // RedirectUriFormatValidator.validateRedirectURIs: at least one https URI that is not
    // localhost, in the request and in the SSA.
    v.require(
        hasUsableRedirect(request.redirectUris()),
        "redirect_uris",
        "needs an https URI that is not localhost");
    v.require(
        hasUsableRedirect(ssa.redirectUris()),
        "software_statement.software_redirect_uris",
        "needs an https URI that is not localhost");
    // UriHostnameValidator.validateURIHostNames: the SSA's logo, client, policy and terms URIs
    // must have the host of every SSA redirect URI.
    String mismatch = hostMismatch(ssa);
    if (mismatch != null) {
      v.add("software_statement", mismatch);
    }
  }

  private static boolean hasUsableRedirect(List<String> uris) {
    return uris.stream()
        .anyMatch(u -> u != null && u.contains("https") && !u.contains("localhost"));
  }

  private static String hostMismatch(SoftwareStatement ssa) {
    Map<String, Object> claims = ssa.claims();
    try {
      for (String suffix : List.of("logo_uri", "client_uri", "policy_uri", "tos_uri")) {
        String value = claimContaining(claims, suffix);
        String host = value == null ? null : new URI(value).getHost();
        if (host == null) {
          return "needs a software_"
              + suffix
              + " with a host name (FS compares it to the redirect URIs)";
        }
        for (String redirect : ssa.redirectUris()) {
          if (!host.equals(new URI(redirect).getHost())) {
            return "host names of logo_uri/tos_uri/policy_uri/client_uri do not match the redirect URIs";
          }
        }
      }
      return null;
    } catch (URISyntaxException e) {
      return "holds a URI that does not parse: " + e.getInput();
    }
  }

  /** Like the server: the last claim whose name contains the suffix. */
  private static String claimContaining(Map<String, Object> claims, String suffix) {
    String found = null;
    for (Map.Entry<String, Object> e : claims.entrySet()) {
      if (e.getKey().contains(suffix) && e.getValue() instanceof String s) {
        found = s;
      }
    }
    return found;
  }

  private static void checkAlgorithms(RegistrationRequest request, SigningKey key, Validation v) {
    // WSO2 IS with FAPI enforcement (FS deployment.toml [oauth.dcr] enable_fapi_enforcement)
    // answers invalid_client_metadata "Invalid signature algorithm requested" for anything else.
    requireFapi(request.idTokenSignedResponseAlg(), "id_token_signed_response_alg", v);
    requireFapi(request.requestObjectSigningAlg(), "request_object_signing_alg", v);
    String tokenAlg = tokenEndpointAuthSigningAlg(request, key);
    if (tokenAlg != null) {
      requireFapi(tokenAlg, "token_endpoint_auth_signing_alg", v);
    }
    // TokenEndpointAuthSigningAlgValidator: private_key_jwt needs a token endpoint signing alg.
    v.require(
        request.tokenEndpointAuthMethod() != TokenEndpointAuthMethod.PRIVATE_KEY_JWT
            || (tokenAlg != null && !tokenAlg.isBlank()),
        "token_endpoint_auth_signing_alg",
        "is required with private_key_jwt");
    v.require(
        request.tokenEndpointAuthMethod() != TokenEndpointAuthMethod.PRIVATE_KEY_JWT
            || Objects.equals(tokenAlg, key.algorithm()),
        "token_endpoint_auth_signing_alg",
        "must be the signing key's algorithm " + key.algorithm() + " for private_key_jwt");
  }

  private static void requireFapi(String alg, String field, Validation v) {
    v.require(FAPI_ALGORITHMS.contains(alg), field, "must be PS256 or ES256, not " + alg);
  }

  /**
   * The token endpoint signing algorithm sent: the request's, else the key's for {@code
   * private_key_jwt}.
   *
   * @param request the request
   * @param key the key
   * @return the algorithm, or null when none is sent
   */
  static String tokenEndpointAuthSigningAlg(RegistrationRequest request, SigningKey key) {
    if (request.tokenEndpointAuthSigningAlg() != null) {
      return request.tokenEndpointAuthSigningAlg();
    }
    return request.tokenEndpointAuthMethod() == TokenEndpointAuthMethod.PRIVATE_KEY_JWT
        ? key.algorithm()
        : null;
  }

  /**
   * Adds a violation for every failed check of a certificate.
   *
   * @param validator the validator
   * @param certificate the certificate
   * @param field what it is, e.g. {@code transportCertificate}
   * @param v where violations go
   */
  static void checkCertificate(
      CertificateValidator validator, X509Certificate certificate, String field, Validation v) {
    CertificateValidationResult result = validator.validate(certificate);
    for (CheckResult failure : result.failures()) {
      v.add(field, failure.check() + ": " + failure.reason());
    }
  }
}
