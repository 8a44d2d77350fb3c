package io.github.fsonboard.core.auth;

/**
 * Fetches a new access token from its issuer, for {@link CachingTokenProvider}. The returned
 * token's expiry must be computed from the time the request was sent, not received, so that a slow
 * response never makes a token look fresher than it is.
 */
@FunctionalInterface
public interface TokenSource {

  /**
   * Requests a new token.
   *
   * @return the token
   */
  AccessToken fetch();
}
