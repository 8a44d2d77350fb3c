package io.github.fsonboard.core.pkce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.error.ValidationException;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CodeVerifierTest {
  private static final String RFC_VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
  private static final String RFC_CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

  @Test
  void rfc7636AppendixBVector() {
    CodeChallenge challenge = CodeVerifier.of(RFC_VERIFIER).challenge(CodeChallengeMethod.S256);
    assertThat(challenge.value()).isEqualTo(RFC_CHALLENGE);
    assertThat(challenge.method().value()).isEqualTo("S256");
  }

  @Test
  void generatedVerifiersAreWellFormedUniqueAndGive43CharChallenges() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      CodeVerifier v = CodeVerifier.generate();
      String raw = v.asSecret().reveal();
      assertThat(raw).hasSize(43).matches("[A-Za-z0-9._~-]+");
      assertThat(seen.add(raw)).isTrue();
      assertThat(v.challenge(CodeChallengeMethod.S256).value()).hasSize(43);
    }
  }

  @Test
  void generateWithMoreEntropyStaysWithinRfcBounds() {
    assertThat(CodeVerifier.generate(96).length()).isEqualTo(128);
    assertThat(CodeVerifier.generate(48).length()).isEqualTo(64);
    assertThatThrownBy(() -> CodeVerifier.generate(31))
        .isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).field())
        .isEqualTo("entropyBytes");
    assertThatThrownBy(() -> CodeVerifier.generate(97)).isInstanceOf(ValidationException.class);
  }

  @Test
  void ofRejectsWrongLengthAndCharactersWithoutEchoingTheValue() {
    String tooShort = "a".repeat(42);
    String tooLong = "a".repeat(129);
    String badChar = "a".repeat(42) + "+";
    for (String bad : new String[] {null, "", tooShort, tooLong, badChar, "a".repeat(42) + "é"}) {
      assertThatThrownBy(() -> CodeVerifier.of(bad))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("code_verifier")
          .satisfies(
              e -> {
                if (bad != null && !bad.isEmpty()) {
                  assertThat(e.getMessage()).doesNotContain(bad);
                }
              });
    }
    assertThat(CodeVerifier.of("a".repeat(43)).length()).isEqualTo(43);
    assertThat(CodeVerifier.of("~._-".repeat(32)).length()).isEqualTo(128);
  }

  @Test
  void plainChallengeIsTheVerifierOnlyWhenAskedFor() {
    CodeVerifier v = CodeVerifier.of(RFC_VERIFIER);
    assertThat(v.challenge(CodeChallengeMethod.PLAIN).value()).isEqualTo(RFC_VERIFIER);
    assertThat(v.challenge(CodeChallengeMethod.PLAIN).method().value()).isEqualTo("plain");
    assertThatThrownBy(() -> v.challenge(null)).isInstanceOf(ValidationException.class);
  }

  @Test
  void toStringAndSecretNeverShowTheValue() {
    CodeVerifier v = CodeVerifier.of(RFC_VERIFIER);
    assertThat(v.toString()).doesNotContain(RFC_VERIFIER);
    assertThat(v.asSecret().toString()).doesNotContain(RFC_VERIFIER);
    assertThat(new Pkce(v, v.challenge(CodeChallengeMethod.S256)).toString())
        .doesNotContain(RFC_VERIFIER);
    assertThat(v.asSecret().reveal()).isEqualTo(RFC_VERIFIER);
  }

  @Test
  void equalityAndMatching() {
    CodeVerifier v = CodeVerifier.of(RFC_VERIFIER);
    assertThat(v)
        .isEqualTo(CodeVerifier.of(RFC_VERIFIER))
        .hasSameHashCodeAs(CodeVerifier.of(RFC_VERIFIER));
    assertThat(v).isNotEqualTo(CodeVerifier.generate());
    assertThat(v.matches(new CodeChallenge(RFC_CHALLENGE, CodeChallengeMethod.S256))).isTrue();
    assertThat(v.matches(new CodeChallenge("A".repeat(43), CodeChallengeMethod.S256))).isFalse();
  }

  @Test
  void challengeFollowsIdentityServerRules() {
    assertThatThrownBy(() -> new CodeChallenge("A".repeat(44), CodeChallengeMethod.S256))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("code_challenge");
    assertThatThrownBy(() -> new CodeChallenge("A".repeat(42), CodeChallengeMethod.PLAIN))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new CodeChallenge("A".repeat(43), null))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("code_challenge_method");
    assertThat(new CodeChallenge("A".repeat(100), CodeChallengeMethod.PLAIN).value()).hasSize(100);
  }

  @Test
  void pkceFacadePairsVerifierAndChallenge() {
    Pkce pkce = Pkce.s256();
    assertThat(pkce.verifier().matches(pkce.challenge())).isTrue();
    assertThat(pkce.challenge().method()).isEqualTo(CodeChallengeMethod.S256);
    assertThat(Pkce.generate(CodeChallengeMethod.PLAIN).challenge().method())
        .isEqualTo(CodeChallengeMethod.PLAIN);
    assertThatThrownBy(() -> new Pkce(CodeVerifier.generate(), pkce.challenge()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("code_challenge");
  }
}
