package io.github.fsonboard.core.pkce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.error.ValidationException;
import org.junit.jupiter.api.Test;

class StateNonceTest {
  @Test
  void generatedValuesAreLongRandomAndUrlSafe() {
    State a = State.generate();
    State b = State.generate();
    assertThat(a.value()).hasSize(43).matches("[A-Za-z0-9_-]+");
    assertThat(a).isNotEqualTo(b);
    assertThat(Nonce.generate().value()).hasSize(43).isNotEqualTo(Nonce.generate().value());
  }

  @Test
  void matchesComparesValues() {
    State s = State.of("abc");
    assertThat(s.matches("abc")).isTrue();
    assertThat(s.matches("abd")).isFalse();
    assertThat(s.matches(null)).isFalse();
    assertThat(s).isEqualTo(State.of("abc")).hasSameHashCodeAs(State.of("abc"));
    assertThat(Nonce.of("n-1").matches("n-1")).isTrue();
    assertThat(s.toString()).doesNotContain("abc");
  }

  @Test
  void ofRejectsEmptyControlAndOversizedValues() {
    for (String bad : new String[] {null, "", "a\nb", "x".repeat(513), "é"}) {
      assertThatThrownBy(() -> State.of(bad))
          .isInstanceOf(ValidationException.class)
          .extracting(e -> ((ValidationException) e).field())
          .isEqualTo("state");
      assertThatThrownBy(() -> Nonce.of(bad))
          .isInstanceOf(ValidationException.class)
          .extracting(e -> ((ValidationException) e).field())
          .isEqualTo("nonce");
    }
  }
}
