package io.github.fsonboard.core.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.cert.InvalidJwtException;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.pkce.Nonce;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class IdTokenValidatorTest {
  private static final String ISS = TestIdTokens.ISS;
  private static final Instant NOW = TestIdTokens.NOW;
  private static final Nonce NONCE = Nonce.generate();
  private static final Secret ACCESS = Secret.of("access-token-value");
  private static final Secret CODE = Secret.of("code-value");

  private final IdTokenValidator validator = TestIdTokens.validator();

  /** A token with every claim right, changed by {@code edit}. */
  private static Secret token(UnaryOperator<JWTClaimsSet.Builder> edit) {
    JWTClaimsSet.Builder c =
        TestIdTokens.claims()
            .claim("auth_time", NOW.minusSeconds(30).getEpochSecond())
            .claim("nonce", NONCE.value())
            .claim("at_hash", IdTokenValidator.leftHalfHash(ACCESS.reveal(), JWSAlgorithm.ES256))
            .claim("c_hash", IdTokenValidator.leftHalfHash(CODE.reveal(), JWSAlgorithm.ES256));
    return Secret.of(TestIdTokens.sign(edit.apply(c).build()));
  }

  private static IdTokenExpectations all() {
    return IdTokenExpectations.nonce(NONCE)
        .withMaxAge(Duration.ofMinutes(5))
        .withAccessToken(ACCESS)
        .withCode(CODE);
  }

  @Test
  void aTokenPassingEveryCheckIsReturnedWithItsClaims() {
    IdToken id = validator.validate(token(c -> c), all());
    assertThat(id.subject()).isEqualTo("user-1");
    assertThat(id.issuer()).isEqualTo(ISS);
    assertThat(id.audience()).containsExactly("tpp");
    assertThat(id.authTime()).isEqualTo(NOW.minusSeconds(30));
    assertThat(id.toString()).doesNotContain("user-1");
  }

  @Test
  void theHashIsTheLeftHalfOfTheAlgorithmsDigest() {
    // Expected value computed independently: base64url(sha256(value)[:16]) in Python.
    assertThat(IdTokenValidator.leftHalfHash("jHkWEdUXMU1BwAsC4vtUsZwnNbPo6tn", JWSAlgorithm.RS256))
        .isEqualTo("NIIea3elnyc9t3zaVY35pQ");
    assertThat(IdTokenValidator.leftHalfHash("x", JWSAlgorithm.PS384)).hasSize(32);
    assertThat(IdTokenValidator.leftHalfHash("x", JWSAlgorithm.ES512)).hasSize(43);
  }

  @Test
  void eachFailedCheckNamesItsClaim() {
    assertRefused(token(c -> c.claim("nonce", "other")), all(), "nonce does not match");
    assertRefused(token(c -> c.claim("nonce", null)), all(), "no nonce");
    assertRefused(token(c -> c.subject(null)), all(), "no sub");
    assertRefused(token(c -> c.issueTime(null)), all(), "no iat");
    assertRefused(token(c -> c.audience(List.of("tpp", "other"))), all(), "no azp");
    assertRefused(
        token(c -> c.audience(List.of("tpp", "other")).claim("azp", "other")),
        all(),
        "azp is not this client");
    assertRefused(token(c -> c.claim("auth_time", null)), all(), "no auth_time");
    assertRefused(
        token(c -> c.claim("auth_time", NOW.minusSeconds(3600).getEpochSecond())),
        all(),
        "older than max_age");
    assertRefused(token(c -> c.claim("at_hash", "AAAA")), all(), "at_hash does not match");
    assertRefused(token(c -> c.claim("at_hash", null)), all(), "no at_hash");
    assertRefused(token(c -> c.claim("c_hash", "AAAA")), all(), "c_hash does not match");
    assertRefused(token(c -> c.issuer("https://evil")), all(), "issuer");
    assertRefused(token(c -> c.audience("other")), all(), "audience");
    assertRefused(token(c -> c.expirationTime(Date.from(NOW.minusSeconds(600)))), all(), "expired");
  }

  @Test
  void checksNotAskedForAreSkipped() {
    IdToken id =
        validator.validate(
            token(c -> c.claim("nonce", null).claim("at_hash", null).claim("auth_time", null)),
            IdTokenExpectations.none());
    assertThat(id.authTime()).isNull();
    // One audience with a matching azp is fine.
    assertThat(validator.validate(token(c -> c.claim("azp", "tpp")), all()).subject())
        .isEqualTo("user-1");
  }

  @Test
  void theBuilderNamesEveryMissingValue() {
    assertThatThrownBy(() -> IdTokenValidator.builder(null).clockSkew(Duration.ofHours(1)).build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.getMessage())
                    .contains("jwks")
                    .contains("issuer")
                    .contains("clientId")
                    .contains("clockSkew"));
    assertThat(all().toString()).doesNotContain(NONCE.value()).doesNotContain("access-token");
  }

  @Test
  void theBuilderRefusesNoOrSymmetricAlgorithmsAsJwtValidatorDoes() {
    for (java.util.Set<JWSAlgorithm> algorithms :
        java.util.Arrays.asList(
            null, java.util.Set.<JWSAlgorithm>of(), java.util.Set.of(JWSAlgorithm.HS256))) {
      assertThatThrownBy(
              () ->
                  IdTokenValidator.builder(null)
                      .issuer(ISS)
                      .clientId("tpp")
                      .allowedAlgorithms(algorithms)
                      .build())
          .isInstanceOfSatisfying(
              ValidationException.class,
              e ->
                  assertThat(e.violations())
                      .extracting(io.github.fsonboard.core.error.Violation::field)
                      .containsExactly("jwks", "allowedAlgorithms"));
    }
  }

  private void assertRefused(Secret token, IdTokenExpectations expected, String reason) {
    assertThatThrownBy(() -> validator.validate(token, expected))
        .as(reason)
        .isInstanceOf(InvalidJwtException.class)
        .hasMessageContaining(reason)
        .hasMessageNotContaining(token.reveal());
  }
}
