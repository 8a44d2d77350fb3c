package io.github.fsonboard.core.oauth;

import io.github.fsonboard.core.auth.AccessToken;
import io.github.fsonboard.core.auth.Secret;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * A successful token response (RFC 6749 §5.1). Tokens are {@link Secret}s, so {@code toString}
 * shows none of them.
 *
 * @param accessToken the access token
 * @param tokenType usually {@code Bearer}
 * @param expiresIn the lifetime the server gave, or null
 * @param refreshToken the refresh token, or null
 * @param idToken the OpenID Connect ID token, or null
 * @param scopes the granted scopes; empty when the server did not say
 * @param requestSentAt when the request was sent; expiry counts from here
 * @param additional other members of the response (non-secret values only)
 */
public record TokenResponse(
    Secret accessToken,
    String tokenType,
    Duration expiresIn,
    Secret refreshToken,
    Secret idToken,
    Set<String> scopes,
    Instant requestSentAt,
    Map<String, Object> additional) {

  /** Copies the collections. */
  public TokenResponse {
    scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
    additional = additional == null ? Map.of() : Map.copyOf(additional);
  }

  /**
   * Returns when the access token expires, counted from when the request was sent.
   *
   * @return the expiry, or null when the server gave no lifetime
   */
  public Instant expiresAt() {
    return expiresIn == null ? null : requestSentAt.plus(expiresIn);
  }

  /**
   * Converts to the access token used by {@link io.github.fsonboard.core.auth.TokenProvider}s.
   *
   * @return the access token
   */
  public AccessToken toAccessToken() {
    return new AccessToken(accessToken, tokenType, expiresAt(), scopes);
  }
}
