package io.github.fsonboard.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.error.ValidationException;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretTest {

  @Test
  void equalsComparesValues() {
    Secret a = Secret.of("s3cr3t-é");
    assertThat(a).isEqualTo(Secret.of("s3cr3t-é"));
    assertThat(a).isEqualTo(Secret.of("s3cr3t-é".toCharArray()));
    assertThat(a).isNotEqualTo(Secret.of("s3cr3t-e"));
    assertThat(a).isNotEqualTo(Secret.of("s3cr3t-é2"));
    assertThat(a).isNotEqualTo(Secret.of(""));
    assertThat(a).isNotEqualTo("s3cr3t-é");
    assertThat(a).isNotEqualTo(null);
    assertThat(a).isEqualTo(a);
    assertThat(Secret.of("")).isEqualTo(Secret.of(""));
  }

  @Test
  void hashCodeIsConsistentWithEquals() {
    assertThat(Secret.of("value").hashCode()).isEqualTo(Secret.of("value").hashCode());
    assertThat(Secret.of("value").hashCode()).isNotEqualTo(Secret.of("valuf").hashCode());
    assertThat(Secret.of("value").hashCode()).isNotEqualTo("value".hashCode());
  }

  @Test
  void toStringNeverShowsTheValue() {
    Secret s = Secret.of("hunter2");
    assertThat(s.toString()).isEqualTo("Secret[****]").doesNotContain("hunter2");
    assertThat(String.valueOf(s)).doesNotContain("hunter2");
  }

  @Test
  void clearWipesAndBlocksReveal() {
    char[] source = "top-secret".toCharArray();
    Secret s = Secret.of(source);
    java.util.Arrays.fill(source, 'x'); // the caller's copy does not alias the secret
    assertThat(s.reveal()).isEqualTo("top-secret");
    Secret same = Secret.of("top-secret");

    s.clear();

    assertThat(s.isCleared()).isTrue();
    assertThatThrownBy(s::reveal).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(s::revealChars).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(s::revealBytes).isInstanceOf(IllegalStateException.class);
    assertThat(s).isNotEqualTo(same);
    assertThat(same).isNotEqualTo(s);
    assertThat(s.hashCode()).isZero();
    assertThat(s.toString()).isEqualTo("Secret[****]");
    s.clear(); // idempotent
  }

  @Test
  void revealCopiesAreIndependent() {
    Secret s = Secret.of("abc");
    char[] copy = s.revealChars();
    copy[0] = 'z';
    assertThat(s.reveal()).isEqualTo("abc");
    assertThat(s.revealBytes()).isEqualTo("abc".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(s.length()).isEqualTo(3);
    assertThat(s.isEmpty()).isFalse();
    assertThat(Secret.of("").isEmpty()).isTrue();
  }

  @Test
  void nullHandling() {
    assertThatThrownBy(() -> Secret.of((String) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Secret.of((char[]) null)).isInstanceOf(NullPointerException.class);
    assertThat(Secret.ofNullable(null)).isNull();
    assertThat(Secret.ofNullable("a").reveal()).isEqualTo("a");
  }

  @Test
  void basicCredentials() {
    BasicCredentials c = BasicCredentials.of("admin", "pä:ss");
    assertThat(c.authorizationHeader())
        .isEqualTo(
            "Basic "
                + Base64.getEncoder()
                    .encodeToString(
                        "admin:pä:ss".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(c.toString()).doesNotContain("pä:ss");
    assertThatThrownBy(() -> BasicCredentials.of("a:b", "p"))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("username"));
    assertThatThrownBy(() -> BasicCredentials.of(" ", "p")).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new BasicCredentials("a", null))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("password"));
  }
}
