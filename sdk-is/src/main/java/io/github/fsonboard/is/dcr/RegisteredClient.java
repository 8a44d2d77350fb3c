package io.github.fsonboard.is.dcr;

import io.github.fsonboard.core.auth.Secret;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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
 *     not issue one)
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
}
