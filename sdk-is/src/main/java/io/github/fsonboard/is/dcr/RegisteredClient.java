package io.github.fsonboard.is.dcr;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.JSONObjectUtils;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.cert.Jwks;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A registered client as the server returned it (RFC 7591 §3.2.1, RFC 7592 §3). Secrets are {@link
 * Secret}s, so {@code toString} never shows them. Members not modelled here (WSO2's {@code ext_*},
 * Keycloak's extras, ...) are kept in {@link #metadata()}.
 *
 * @param clientId {@code client_id}
 * @param clientSecret {@code client_secret}, or null for public clients (and on WSO2 reads that do
 *     not return it)
 * @param clientSecretExpiresAt {@code client_secret_expires_at}, or null when it never expires
 *     ({@code 0}) or was not given
 * @param clientName {@code client_name}
 * @param redirectUris {@code redirect_uris}
 * @param grantTypes {@code grant_types}
 * @param tokenEndpointAuthMethod {@code token_endpoint_auth_method}, or null
 * @param registrationAccessToken the RFC 7592 {@code registration_access_token}, or null (WSO2 does
 *     not issue one). Servers may rotate it on every read or update (Keycloak does on update):
 *     {@link DcrClient}'s RFC 7592 methods return the client with the token to use next, so always
 *     continue with the latest {@code RegisteredClient}
 * @param registrationClientUri the RFC 7592 {@code registration_client_uri}, or null
 * @param metadata every other member, as decoded JSON values
 */
public record RegisteredClient(
    String clientId,
    Secret clientSecret,
    Instant clientSecretExpiresAt,
    String clientName,
    List<String> redirectUris,
    List<String> grantTypes,
    String tokenEndpointAuthMethod,
    Secret registrationAccessToken,
    URI registrationClientUri,
    Map<String, Object> metadata) {

  /** Copies the collections. */
  public RegisteredClient {
    redirectUris = redirectUris == null ? List.of() : List.copyOf(redirectUris);
    grantTypes = grantTypes == null ? List.of() : List.copyOf(grantTypes);
    metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
  }

  /**
   * Tells whether the server issued RFC 7592 management credentials.
   *
   * @return true when both {@code registration_client_uri} and {@code registration_access_token}
   *     are present
   */
  public boolean isManageable() {
    return registrationClientUri != null && registrationAccessToken != null;
  }

  /**
   * Returns {@code jwks_uri} as registered.
   *
   * @return the URL, empty when the server returned none
   * @throws IllegalArgumentException when the server returned a value that is not a URI
   */
  public Optional<URI> jwksUri() {
    return metadata.get("jwks_uri") instanceof String s && !s.isBlank()
        ? Optional.of(URI.create(s))
        : Optional.empty();
  }

  /**
   * Returns {@code jwks} as registered (RFC 7591 §2), checked like any JWK set the SDK reads
   * ({@link Jwks#parse}: public keys only, no duplicate {@code kid}).
   *
   * @return the keys, empty when the server returned none
   * @throws io.github.fsonboard.core.error.ValidationException naming {@code jwks} when the member
   *     is not a public JWK set
   */
  public Optional<JWKSet> jwks() {
    return metadata.get("jwks") instanceof Map<?, ?> m
        ? Optional.of(Jwks.parse(JSONObjectUtils.toJSONString(stringKeys(m))))
        : Optional.empty();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, ?> stringKeys(Map<?, ?> m) {
    return (Map<String, ?>) m; // decoded JSON objects always have String keys
  }
}
