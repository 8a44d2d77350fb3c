package io.github.fsonboard.apim.fsdcr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.error.Violation;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * How an {@link FsDcrClient} is set up: every bad value at once. It always runs on the caller's
 * mutual TLS transport and owns nothing, so it has nothing to close.
 */
class FsDcrClientSetupTest {

  @Test
  void theBuilderReportsEveryBadValueAtOnce() {
    FsDcrClient.Builder b =
        FsDcrClient.builder()
            .baseUrl("https://user:pw@gw.example/open-banking/v3.3")
            .tokenEndpoint("gw.example/oauth2/token")
            .requestLifetime(Duration.ZERO)
            .clock(null);

    assertThatThrownBy(b::build)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.violations())
                  .extracting(Violation::field)
                  .containsExactly(
                      "baseUrl",
                      "tokenEndpoint",
                      "clock",
                      "transport",
                      "signingKey",
                      "requestLifetime");
              assertThat(e.getMessage()).doesNotContain("pw@");
            });
  }

  @Test
  void ownsNothingToClose() {
    assertThat(AutoCloseable.class.isAssignableFrom(FsDcrClient.class)).isFalse();
  }
}
