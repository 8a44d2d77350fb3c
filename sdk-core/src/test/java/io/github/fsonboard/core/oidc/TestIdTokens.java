package io.github.fsonboard.core.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.github.fsonboard.core.cert.JwksSource;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The issuer side of the OIDC tests: one ES256 key, its JWKS, and a validator that trusts it. */
final class TestIdTokens {
  static final String ISS = "https://as.example/realms/fs";
  static final String CLIENT = "tpp";
  static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
  private static final ECKey KEY = key();

  private TestIdTokens() {}

  static IdTokenValidator validator() {
    return IdTokenValidator.builder(JwksSource.of(new JWKSet(KEY.toPublicJWK())))
        .issuer(ISS)
        .clientId(CLIENT)
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .build();
  }

  /** Claims every ID token of these tests starts from. */
  static JWTClaimsSet.Builder claims() {
    return new JWTClaimsSet.Builder()
        .issuer(ISS)
        .subject("user-1")
        .audience(CLIENT)
        .expirationTime(java.util.Date.from(NOW.plusSeconds(300)))
        .issueTime(java.util.Date.from(NOW.minusSeconds(5)));
  }

  static String sign(JWTClaimsSet claims) {
    try {
      SignedJWT jwt =
          new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("k1").build(), claims);
      jwt.sign(new ECDSASigner(KEY));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ECKey key() {
    try {
      return new ECKeyGenerator(Curve.P_256).keyID("k1").generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
