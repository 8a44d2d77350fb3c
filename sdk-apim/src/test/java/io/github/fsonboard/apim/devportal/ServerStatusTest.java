package io.github.fsonboard.apim.devportal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The server's state strings read into enums; nothing the server sends makes them throw. */
class ServerStatusTest {
  @Test
  void applicationStatesAreReadAndUnknownOnesAreUnknown() {
    assertThat(ApplicationStatus.of("CREATED")).isEqualTo(ApplicationStatus.CREATED);
    assertThat(ApplicationStatus.of("approved")).isEqualTo(ApplicationStatus.APPROVED);
    assertThat(ApplicationStatus.of("ARCHIVED")).isEqualTo(ApplicationStatus.UNKNOWN);
    assertThat(ApplicationStatus.of(null)).isEqualTo(ApplicationStatus.UNKNOWN);
    assertThat(ApplicationStatus.of(" ")).isEqualTo(ApplicationStatus.UNKNOWN);
  }

  @Test
  void subscriptionStatesAreReadAndTheSdksOwnValueIsNotAServerValue() {
    assertThat(SubscriptionStatus.of("ON_HOLD")).isEqualTo(SubscriptionStatus.ON_HOLD);
    assertThat(SubscriptionStatus.of("PROD_ONLY_BLOCKED"))
        .isEqualTo(SubscriptionStatus.PROD_ONLY_BLOCKED);
    assertThat(SubscriptionStatus.of("BLOCKED_BY_APPLICATION"))
        .isEqualTo(SubscriptionStatus.UNKNOWN);
    assertThat(SubscriptionStatus.of("SOMETHING_NEW")).isEqualTo(SubscriptionStatus.UNKNOWN);
  }
}
