package io.github.fsonboard.is.dcr;

import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.error.FsOnboardException;
import io.github.fsonboard.is.internal.Json;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Maps registration requests to JSON members and responses to {@link RegisteredClient}. */
final class DcrMapper {
  private static final Set<String> KNOWN =
      Set.of(
          "client_id",
          "client_secret",
          "client_secret_expires_at",
          "client_name",
          "redirect_uris",
          "grant_types",
          "token_endpoint_auth_method",
          "registration_access_token",
          "registration_client_uri");

  private DcrMapper() {}

  /**
   * The flags WSO2's DCR PUT writes from primitive booleans (identity-inbound-auth-oauth {@code
   * DCRMService.updateApplication}): left out of an update, they are switched off.
   */
  private static final List<String> RESET_BY_PUT =
      List.of(
          "ext_pkce_mandatory",
          "ext_pkce_support_plain",
          "ext_public_client",
          "require_signed_request_object",
          "require_pushed_authorization_requests",
          "tls_client_certificate_bound_access_tokens");

  /**
   * Builds the registration body; null members are left out. A chosen id and secret go in WSO2's
   * {@code ext_param_client_id} / {@code ext_param_client_secret}.
   *
   * @param r the request
   * @return the JSON members
   */
  static Map<String, Object> toJson(ClientRegistrationRequest r) {
    Map<String, Object> m = toUpdateJson(r);
    put(m, "ext_param_client_id", r.clientId());
    put(m, "ext_param_client_secret", r.clientSecret() == null ? null : r.clientSecret().reveal());
    return m;
  }

  /**
   * Adds to an update body the current value of every flag WSO2's PUT would otherwise reset, so
   * that an update changes only what it names.
   *
   * @param body the update body (changed in place)
   * @param current the client as the server holds it now
   */
  static void keepResettableFlags(Map<String, Object> body, RegisteredClient current) {
    for (String flag : RESET_BY_PUT) {
      if (!body.containsKey(flag) && current.metadata().get(flag) instanceof Boolean b) {
        body.put(flag, b);
      }
    }
  }

  /**
   * Tells whether an update body leaves out a flag WSO2's PUT would reset.
   *
   * @param body the update body
   * @return true when at least one is missing
   */
  static boolean missesResettableFlags(Map<String, Object> body) {
    return !body.keySet().containsAll(RESET_BY_PUT);
  }

  /**
   * Builds an update body: the registration members without the id and secret choices, which only a
   * registration can make.
   *
   * @param r the request
   * @return the JSON members
   */
  static Map<String, Object> toUpdateJson(ClientRegistrationRequest r) {
    Map<String, Object> m = new LinkedHashMap<>();
    put(m, "client_name", r.clientName());
    // Always sent: WSO2's spec marks it required, and an empty list is valid RFC 7591 metadata.
    m.put("redirect_uris", r.redirectUris());
    if (!r.grantTypes().isEmpty()) {
      m.put("grant_types", r.grantTypes());
    }
    put(m, "token_endpoint_auth_method", r.tokenEndpointAuthMethod());
    put(m, "token_endpoint_auth_signing_alg", r.tokenEndpointAuthSigningAlg());
    put(m, "jwks_uri", r.jwksUri());
    // Public members only, whatever the set holds (the request already refuses private keys).
    put(m, "jwks", r.jwks() == null ? null : r.jwks().toJSONObject(true));
    put(m, "software_statement", r.softwareStatement());
    put(m, "ext_application_owner", r.applicationOwner());
    put(m, "ext_pkce_mandatory", r.pkceMandatory());
    put(m, "ext_pkce_support_plain", r.pkceSupportPlain());
    put(m, "ext_public_client", r.publicClient());
    put(m, "ext_token_type", r.tokenType());
    put(m, "ext_application_token_lifetime", r.applicationTokenLifetime());
    put(m, "ext_user_token_lifetime", r.userTokenLifetime());
    put(m, "ext_refresh_token_lifetime", r.refreshTokenLifetime());
    put(m, "ext_id_token_lifetime", r.idTokenLifetime());
    put(m, "tls_client_auth_subject_dn", r.tlsClientAuthSubjectDn());
    put(m, "require_pushed_authorization_requests", r.requirePushedAuthorizationRequests());
    put(m, "tls_client_certificate_bound_access_tokens", r.tlsClientCertificateBoundAccessTokens());
    put(m, "id_token_signed_response_alg", r.idTokenSignedResponseAlg());
    put(m, "request_object_signing_alg", r.requestObjectSigningAlg());
    m.putAll(r.additionalMetadata());
    return m;
  }

  /**
   * Maps a response.
   *
   * @param json the decoded body
   * @return the client
   * @throws FsOnboardException when the body lacks {@code client_id}
   */
  static RegisteredClient fromJson(Map<String, Object> json) {
    String clientId = Json.str(json, "client_id");
    if (clientId == null || clientId.isBlank()) {
      throw new FsOnboardException("Client registration response carries no client_id");
    }
    Long expires = Json.number(json, "client_secret_expires_at");
    String secret = Json.str(json, "client_secret");
    String rat = Json.str(json, "registration_access_token");
    String uri = Json.str(json, "registration_client_uri");
    return new RegisteredClient(
        clientId,
        secret == null ? null : Secret.of(secret),
        expires == null || expires == 0 ? null : Instant.ofEpochSecond(expires),
        Json.str(json, "client_name"),
        Json.strings(json, "redirect_uris"),
        Json.strings(json, "grant_types"),
        Json.str(json, "token_endpoint_auth_method"),
        rat == null ? null : Secret.of(rat),
        uri == null ? null : uri(uri),
        Json.rest(json, KNOWN));
  }

  private static URI uri(String value) {
    try {
      return new URI(value);
    } catch (java.net.URISyntaxException e) {
      throw new FsOnboardException("registration_client_uri is not a URI: " + value, e);
    }
  }

  private static void put(Map<String, Object> m, String key, Object value) {
    if (value != null) {
      m.put(key, value);
    }
  }
}
