package io.github.fsonboard.core.oidc;

import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.pkce.Nonce;
import java.time.Duration;

/**
 * What the client knows about the request an ID token answers, for the checks of OpenID Connect
 * Core §3.1.3.7 that depend on it. Start with {@link #nonce(Nonce)} or {@link #none()} and add the
 * rest with the {@code with...} methods.
 *
 * @param nonce the {@code nonce} sent in the authorization request; null when none was sent (then a
 *     token carrying one is still accepted)
 * @param maxAge the {@code max_age} sent; null when none (then {@code auth_time} is not required)
 * @param accessToken the access token issued with the ID token, checked against {@code at_hash}
 *     (required when present in the token); null to skip
 * @param code the authorization code, checked against {@code c_hash}; null to skip
 */
public record IdTokenExpectations(Nonce nonce, Duration maxAge, Secret accessToken, Secret code) {

  /**
   * Nothing known beyond issuer and client (e.g. an ID token from a refresh).
   *
   * @return the expectations
   */
  public static IdTokenExpectations none() {
    return new IdTokenExpectations(null, null, null, null);
  }

  /**
   * The token must carry this nonce.
   *
   * @param nonce the nonce sent in the authorization request
   * @return the expectations
   */
  public static IdTokenExpectations nonce(Nonce nonce) {
    return new IdTokenExpectations(nonce, null, null, null);
  }

  /**
   * Adds the {@code max_age} sent: the token must carry {@code auth_time} no older than it.
   *
   * @param maxAge the value sent
   * @return a copy with it
   */
  public IdTokenExpectations withMaxAge(Duration maxAge) {
    return new IdTokenExpectations(nonce, maxAge, accessToken, code);
  }

  /**
   * Adds the access token issued with the ID token, checked against {@code at_hash}.
   *
   * @param accessToken the access token
   * @return a copy with it
   */
  public IdTokenExpectations withAccessToken(Secret accessToken) {
    return new IdTokenExpectations(nonce, maxAge, accessToken, code);
  }

  /**
   * Adds the authorization code, checked against {@code c_hash}.
   *
   * @param code the code
   * @return a copy with it
   */
  public IdTokenExpectations withCode(Secret code) {
    return new IdTokenExpectations(nonce, maxAge, accessToken, code);
  }

  /** Names which checks are set, never the values. */
  @Override
  public String toString() {
    return "IdTokenExpectations[nonce="
        + (nonce != null)
        + ", maxAge="
        + maxAge
        + ", accessToken="
        + (accessToken != null)
        + ", code="
        + (code != null)
        + "]";
  }
}
