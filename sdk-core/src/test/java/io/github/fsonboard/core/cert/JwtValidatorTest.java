package io.github.fsonboard.core.cert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.harness.TestPki;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JwtValidatorTest {
  private static final Instant NOW = TestPki.NOW;
  private static final RSAKey RSA = rsa();
  private static final ECKey EC = ec();
  private static final JwksSource JWKS =
      JwksSource.of(new JWKSet(java.util.List.of(RSA.toPublicJWK(), EC.toPublicJWK())));

  private static RSAKey rsa() {
    try {
      return new RSAKeyGenerator(2048).keyID("rsa1").generate();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static ECKey ec() {
    try {
      return new ECKeyGenerator(Curve.P_256).keyID("ec1").generate();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static JwtValidator validator() {
    return JwtValidator.builder(JWKS)
        .issuer("https://is.example.com/oauth2/token")
        .audience("client-1")
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .clockSkew(Duration.ofSeconds(60))
        .build();
  }

  private static JWTClaimsSet.Builder claims() {
    return new JWTClaimsSet.Builder()
        .issuer("https://is.example.com/oauth2/token")
        .audience("client-1")
        .subject("alice")
        .issueTime(Date.from(NOW.minusSeconds(10)))
        .expirationTime(Date.from(NOW.plusSeconds(300)));
  }

  private static String sign(JWSAlgorithm alg, String kid, JWSSigner signer, JWTClaimsSet c)
      throws Exception {
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(alg).keyID(kid).build(), c);
    jwt.sign(signer);
    return jwt.serialize();
  }

  private static String rs256(JWTClaimsSet c) throws Exception {
    return sign(JWSAlgorithm.RS256, "rsa1", new RSASSASigner(RSA), c);
  }

  /** A JWS over a payload written by hand, e.g. with a member name twice. */
  private static String rs256Raw(String payload) throws Exception {
    com.nimbusds.jose.JWSObject jws =
        new com.nimbusds.jose.JWSObject(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("rsa1").build(),
            new com.nimbusds.jose.Payload(payload));
    jws.sign(new RSASSASigner(RSA));
    return jws.serialize();
  }

  @Test
  void aRepeatedClaimNameReadsAsItsLastValueAsRfc7519Allows() throws Exception {
    // Keycloak's JARM response: iss as the issuer and again as the RFC 9207 parameter.
    String iss = "\"iss\":\"https://is.example.com/oauth2/token\"";
    String rest =
        "\"aud\":\"client-1\",\"exp\":" + NOW.plusSeconds(300).getEpochSecond() + ",\"code\":\"c\"";
    String twice = rs256Raw("{" + iss + "," + rest + "," + iss + "}");
    assertThat(validator().validate(twice).getStringClaim("code")).isEqualTo("c");

    String lastWrong = rs256Raw("{" + iss + "," + rest + ",\"iss\":\"https://evil.example\"}");
    assertThatThrownBy(() -> validator().validate(lastWrong))
        .isInstanceOfSatisfying(
            InvalidJwtException.class, e -> assertThat(e.reason()).startsWith("issuer"));
    String notJson = rs256Raw("{" + iss + ",");
    assertThatThrownBy(() -> validator().validate(notJson)).isInstanceOf(InvalidJwtException.class);
  }

  @Test
  void acceptsValidRsaAndEcTokens() throws Exception {
    assertThat(validator().validate(rs256(claims().build())).getSubject()).isEqualTo("alice");
    String es = sign(JWSAlgorithm.ES256, "ec1", new ECDSASigner(EC), claims().build());
    assertThat(validator().validate(es).getSubject()).isEqualTo("alice");
    String ps = sign(JWSAlgorithm.PS256, "rsa1", new RSASSASigner(RSA), claims().build());
    assertThat(validator().validate(ps).getAudience()).containsExactly("client-1");
  }

  @Test
  void refusesAlgNoneAndHmacWithThePublicKeyAsSecret() throws Exception {
    String none = new PlainJWT(claims().build()).serialize();
    assertThatThrownBy(() -> validator().validate(none))
        .isInstanceOf(InvalidJwtException.class)
        .hasMessageContaining("alg none");
    byte[] publicKeyAsSecret = RSA.toRSAPublicKey().getEncoded();
    String confused =
        sign(JWSAlgorithm.HS256, "rsa1", new MACSigner(publicKeyAsSecret), claims().build());
    assertThatThrownBy(() -> validator().validate(confused))
        .isInstanceOf(InvalidJwtException.class);
    assertThatThrownBy(
            () -> JwtValidator.builder(JWKS).allowedAlgorithms(Set.of(JWSAlgorithm.HS256)).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("allowedAlgorithms");
  }

  @Test
  void refusesAlgorithmsNotAllowed() throws Exception {
    JwtValidator onlyEs =
        JwtValidator.builder(JWKS)
            .allowedAlgorithms(Set.of(JWSAlgorithm.ES256))
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .build();
    assertThatThrownBy(() -> onlyEs.validate(rs256(claims().build())))
        .isInstanceOf(InvalidJwtException.class);
  }

  @Test
  void checksIssuerAudienceAndTimesWithSkew() throws Exception {
    JwtValidator v = validator();
    assertThatThrownBy(() -> v.validate(rs256(claims().issuer("https://evil").build())))
        .isInstanceOf(InvalidJwtException.class)
        .hasMessageContaining("issuer");
    assertThatThrownBy(() -> v.validate(rs256(claims().audience("other").build())))
        .isInstanceOf(InvalidJwtException.class)
        .hasMessageContaining("audience");
    assertThatThrownBy(
            () ->
                v.validate(rs256(claims().expirationTime(Date.from(NOW.minusSeconds(61))).build())))
        .isInstanceOf(InvalidJwtException.class)
        .hasMessageContaining("expired");
    assertThat(v.validate(rs256(claims().expirationTime(Date.from(NOW.minusSeconds(30))).build())))
        .isNotNull();
    assertThatThrownBy(
            () ->
                v.validate(rs256(claims().notBeforeTime(Date.from(NOW.plusSeconds(120))).build())))
        .isInstanceOf(InvalidJwtException.class)
        .hasMessageContaining("not valid before");
    assertThatThrownBy(
            () -> v.validate(rs256(claims().issueTime(Date.from(NOW.plusSeconds(120))).build())))
        .isInstanceOf(InvalidJwtException.class)
        .hasMessageContaining("future");
    assertThatThrownBy(() -> v.validate(rs256(claims().expirationTime(null).build())))
        .isInstanceOf(InvalidJwtException.class)
        .hasMessageContaining("exp");
  }

  @Test
  void refusesUnknownKeysTamperingAndGarbage() throws Exception {
    RSAKey other = new RSAKeyGenerator(2048).keyID("rsa1").generate();
    String wrongKey = sign(JWSAlgorithm.RS256, "rsa1", new RSASSASigner(other), claims().build());
    assertThatThrownBy(() -> validator().validate(wrongKey))
        .isInstanceOf(InvalidJwtException.class);
    String unknownKid = sign(JWSAlgorithm.RS256, "nope", new RSASSASigner(RSA), claims().build());
    assertThatThrownBy(() -> validator().validate(unknownKid))
        .isInstanceOf(InvalidJwtException.class);
    String[] parts = rs256(claims().build()).split("\\.");
    String tampered =
        parts[0]
            + "."
            + rs256(claims().subject("mallory").build()).split("\\.")[1]
            + "."
            + parts[2];
    assertThatThrownBy(() -> validator().validate(tampered))
        .isInstanceOf(InvalidJwtException.class);
    for (String bad :
        new String[] {null, "", "a.b", "a.b.c", "x".repeat(JwtValidator.MAX_LENGTH + 1)}) {
      assertThatThrownBy(() -> validator().validate(bad))
          .isInstanceOfSatisfying(
              InvalidJwtException.class,
              e -> {
                assertThat(e).isNotInstanceOf(ValidationException.class);
                assertThat(e.reason()).isNotBlank();
                assertThat(e.getMessage()).startsWith("Invalid JWT: ");
              });
    }
  }

  @Test
  void fuzzedTokensOnlyEverThrowInvalidJwtException() throws Exception {
    Random random = new Random(99);
    String token = rs256(claims().build());
    String alphabet = "ABCxyz019-_.=+/ {}\"";
    JwtValidator v = validator();
    for (int i = 0; i < 2000; i++) {
      StringBuilder sb = new StringBuilder(token);
      int edits = 1 + random.nextInt(4);
      for (int e = 0; e < edits; e++) {
        int pos = random.nextInt(sb.length());
        switch (random.nextInt(3)) {
          case 0 -> sb.setCharAt(pos, alphabet.charAt(random.nextInt(alphabet.length())));
          case 1 -> sb.deleteCharAt(pos);
          default -> sb.insert(pos, alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      try {
        v.validate(sb.toString());
      } catch (InvalidJwtException expected) {
        assertThat(expected.getMessage()).doesNotContain(token);
      }
    }
  }

  @Test
  void acceptsJwtAndAccessTokenTypesOnly() throws Exception {
    for (String typ : new String[] {"JWT", "at+jwt", "application/at+jwt"}) {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256)
                  .keyID("rsa1")
                  .type(new com.nimbusds.jose.JOSEObjectType(typ))
                  .build(),
              claims().build());
      jwt.sign(new RSASSASigner(RSA));
      assertThat(validator().validate(jwt.serialize()).getSubject()).isEqualTo("alice");
    }
    SignedJWT logout =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID("rsa1")
                .type(new com.nimbusds.jose.JOSEObjectType("logout+jwt"))
                .build(),
            claims().build());
    logout.sign(new RSASSASigner(RSA));
    assertThatThrownBy(() -> validator().validate(logout.serialize()))
        .isInstanceOf(InvalidJwtException.class);
  }
}
