package io.github.fsonboard.core.cert;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWKSet;
import io.github.fsonboard.core.error.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Inputs built to exhaust parsers: deep nesting and many unterminated PEM markers. */
class HostileInputTest {
  @Test
  void deeplyNestedDerIsAValidationErrorNotAStackOverflow() {
    byte[] der = new byte[300_000];
    for (int i = 0; i < der.length; i += 2) {
      der[i] = 0x30; // SEQUENCE
      der[i + 1] = (byte) 0x80; // indefinite length
    }
    assertThatThrownBy(() -> Certificates.parse(der))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("malformed");
  }

  @Test
  void deeplyNestedJsonIsRefused() {
    assertThatThrownBy(() -> Jwks.parse("{\"keys\":" + "[".repeat(200_000)))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> Jwks.parse("{\"keys\":[" + "{\"a\":".repeat(100_000)))
        .isInstanceOf(ValidationException.class);
    String header =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                ("{\"alg\":\"RS256\",\"x\":" + "[".repeat(40_000))
                    .getBytes(StandardCharsets.UTF_8));
    JwtValidator validator = JwtValidator.builder(JwksSource.of(new JWKSet())).build();
    assertThatThrownBy(() -> validator.validate(header + ".e30.c2ln"))
        .isInstanceOf(InvalidJwtException.class);
  }

  @Test
  void manyUnterminatedPemMarkersAreCappedNotScannedQuadratically() {
    StringBuilder unterminated = new StringBuilder();
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 30_000; i++) {
      unterminated.append("-----BEGIN X").append(i % 7).append("-----");
      many.append("-----BEGIN X-----A-----END X-----");
    }
    assertThatThrownBy(() -> Certificates.parse(unterminated.toString()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("no complete PEM CERTIFICATE block");
    assertThatThrownBy(() -> Certificates.parse(many.toString()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("more than 64 PEM blocks");
    assertThatThrownBy(() -> Certificates.parse("-----BEGIN CERTIFICATE-----AAAA".repeat(10)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("no complete PEM CERTIFICATE block");
  }
}
