package io.github.fsonboard.core.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.error.Violation;
import org.junit.jupiter.api.Test;

/**
 * How an {@link OAuthTokenClient} is set up: every bad value at once (closing: {@link
 * OAuthClientOwnershipTest}).
 */
class OAuthTokenClientSetupTest {
  @Test
  void theBuilderReportsEveryBadValueAtOnce() {
    OAuthTokenClient.Builder b =
        OAuthTokenClient.builder().tokenEndpoint("ftp://is.bank.example/token").clock(null);

    assertThatThrownBy(b::build)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly("tokenEndpoint", "clock", "clientAuthentication"));
  }

  @Test
  void aMissingEndpointIsReportedOnce() {
    assertThatThrownBy(() -> OAuthTokenClient.builder().build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        new Violation("tokenEndpoint", "is required"),
                        new Violation("clientAuthentication", "is required")));
  }
}
