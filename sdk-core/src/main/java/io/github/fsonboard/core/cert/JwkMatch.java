package io.github.fsonboard.core.cert;

import com.nimbusds.jose.jwk.JWK;
import java.util.Objects;

/**
 * A JWKS key found for a certificate. The key's public key always equals the certificate's; {@link
 * #matchedBy()} tells which identifier also linked them.
 *
 * @param key the matching public key from the JWKS
 * @param matchedBy the strongest identifier that matched
 */
public record JwkMatch(JWK key, MatchedBy matchedBy) {
  /**
   * Validates the components.
   *
   * @param key the {@code key} component
   * @param matchedBy the {@code matchedBy} component
   */
  public JwkMatch {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(matchedBy, "matchedBy");
  }

  /** How a JWK was tied to a certificate, strongest first. */
  public enum MatchedBy {
    /** {@code x5t#S256} equals base64url(SHA-256(DER)). */
    X5T_S256,
    /** {@code x5t#S256} equals WSO2's base64url(hex(SHA-256(DER))). */
    X5T_S256_HEX,
    /** {@code x5c[0]} is the certificate. */
    X5C,
    /** Only the public key parameters are equal. */
    PUBLIC_KEY
  }
}
