package io.github.fsonboard.core.oidc;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Instant;
import java.util.List;

/**
 * A validated ID token's claims.
 *
 * @param issuer {@code iss}
 * @param subject {@code sub}, the user's identifier at the issuer
 * @param audience {@code aud}
 * @param expiresAt {@code exp}
 * @param issuedAt {@code iat}
 * @param authTime {@code auth_time}, or null when the token has none
 * @param claims every claim, for the ones this record does not name
 */
public record IdToken(
    String issuer,
    String subject,
    List<String> audience,
    Instant expiresAt,
    Instant issuedAt,
    Instant authTime,
    JWTClaimsSet claims) {

  /** Copies the audience. */
  public IdToken {
    audience = List.copyOf(audience);
  }

  /** Names the issuer and expiry only: the subject and other claims can be personal data. */
  @Override
  public String toString() {
    return "IdToken[iss=" + issuer + ", exp=" + expiresAt + "]";
  }
}
