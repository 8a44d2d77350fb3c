package io.github.fsonboard.core.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.auth.SigningKey;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.error.Violation;
import io.github.fsonboard.harness.TestPki;
import org.junit.jupiter.api.Test;

/**
 * How a {@link PushedAuthorizationClient} is set up: every bad value at once (closing: {@link
 * OAuthClientOwnershipTest}).
 */
class PushedAuthorizationClientSetupTest {
  @Test
  void theBuilderReportsEveryBadValueAtOnce() {
    SigningKey rs256 = new SigningKey(TestPki.rsaKeys().getPrivate(), "k", "RS256");
    PushedAuthorizationClient.Builder b =
        PushedAuthorizationClient.builder()
            .endpoint("ftp://is.bank.example/par")
            .clock(null)
            .signRequestObjects(rs256, " ");

    assertThatThrownBy(b::build)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly(
                        "endpoint",
                        "clock",
                        "clientAuthentication",
                        "aud",
                        "signingKey.algorithm"));
  }

  @Test
  void aMissingEndpointIsReportedOnce() {
    assertThatThrownBy(() -> PushedAuthorizationClient.builder().build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        new Violation("endpoint", "is required"),
                        new Violation("clientAuthentication", "is required")));
  }
}
