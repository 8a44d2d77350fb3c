package io.github.fsonboard.core.auth;

/**
 * Supplies the access token for an authenticated call. Implementations must be thread-safe.
 *
 * <p>The SDK calls {@link #token()} before each request and, when the server answers 401 to a
 * request that carried token {@code t}, calls {@link #invalidate(AccessToken) invalidate(t)} and
 * retries the request once with a fresh token.
 *
 * <pre>{@code
 * TokenProvider fixed = TokenProvider.of(Secret.of(token)); // a token you already have
 * }</pre>
 */
public interface TokenProvider {

  /**
   * Returns a token usable now, fetching or refreshing it if needed.
   *
   * @return the token
   */
  AccessToken token();

  /**
   * Tells the provider that the server refused {@code token}. Caching providers drop it, but only
   * if it is still the cached one, so that a token refreshed meanwhile by another thread is kept.
   *
   * @param token the token the server refused
   */
  default void invalidate(AccessToken token) {}

  /**
   * A provider that always returns the same token (no refresh).
   *
   * @param token the bearer token
   * @return the provider
   */
  static TokenProvider of(Secret token) {
    AccessToken t = new AccessToken(token, "Bearer", null, null);
    return () -> t;
  }
}
