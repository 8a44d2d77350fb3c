package io.github.fsonboard.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fsonboard.core.observe.ErrorKind;
import io.github.fsonboard.core.observe.HttpAttemptEvent;
import io.github.fsonboard.core.observe.OnboardingStepEvent;
import io.github.fsonboard.core.observe.RetryReason;
import io.github.fsonboard.core.observe.TokenFetchEvent;
import io.github.fsonboard.harness.PublicApiChecker;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MicrometerSdkListenerTest {
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final MicrometerSdkListener listener = new MicrometerSdkListener(registry, "sandbox");

  private static HttpAttemptEvent attempt(int n, int status, RetryReason reason) {
    return new HttpAttemptEvent(
        "GET",
        "/api/am/devportal/v3/applications/{applicationId}",
        status,
        Duration.ofMillis(20),
        n,
        reason,
        ErrorKind.ofStatus(status));
  }

  @Test
  void attemptsAreTimedPerRouteStatusAndErrorAndRetriesCounted() {
    listener.onHttpAttempt(attempt(1, 503, RetryReason.STATUS));
    listener.onHttpAttempt(attempt(2, 200, RetryReason.NONE));
    listener.onHttpAttempt(attempt(1, 200, RetryReason.NONE));

    var ok =
        registry
            .get(MicrometerSdkListener.HTTP_ATTEMPTS)
            .tags("target", "sandbox", "status", "200", "error", "NONE")
            .tag("route", "/api/am/devportal/v3/applications/{applicationId}")
            .timers();
    assertThat(ok.stream().mapToLong(t -> t.count()).sum()).isEqualTo(2);
    var failed =
        registry
            .get(MicrometerSdkListener.HTTP_ATTEMPTS)
            .tags("status", "503", "error", "SERVER_ERROR", "attempt", "first")
            .timer();
    assertThat(failed.count()).isEqualTo(1);
    assertThat(failed.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(20.0);
    assertThat(
            registry
                .get(MicrometerSdkListener.HTTP_RETRIES)
                .tags("reason", "STATUS", "method", "GET")
                .counter()
                .count())
        .isEqualTo(1.0);
  }

  @Test
  void anAttemptWithoutResponseIsTaggedWithItsErrorKind() {
    listener.onHttpAttempt(
        new HttpAttemptEvent(
            "POST", "/oauth2/token", 0, Duration.ofMillis(3), 1, RetryReason.NONE, ErrorKind.TLS));

    assertThat(
            registry
                .get(MicrometerSdkListener.HTTP_ATTEMPTS)
                .tags("status", "NONE", "error", "TLS")
                .timer()
                .count())
        .isEqualTo(1);
    assertThat(registry.find(MicrometerSdkListener.HTTP_RETRIES).meters()).isEmpty();
  }

  @Test
  void tokenFetchesAndStepsAreTimedWithLowCardinalityTags() {
    listener.onTokenFetch(new TokenFetchEvent(false, true, Duration.ofMillis(5), ""));
    listener.onTokenFetch(
        new TokenFetchEvent(true, false, Duration.ofMillis(5), "AuthenticationException"));
    listener.onOnboardingStep(
        new OnboardingStepEvent(
            "application", "application Accounts App", "DONE", Duration.ofMillis(40)));
    listener.onOnboardingStep(
        new OnboardingStepEvent(
            "application", "application Payments App", "DONE", Duration.ofMillis(40)));

    assertThat(
            registry
                .get(MicrometerSdkListener.TOKEN_FETCHES)
                .tags("refresh", "true", "outcome", "failure", "error", "AuthenticationException")
                .timer()
                .count())
        .isEqualTo(1);
    var steps = registry.get(MicrometerSdkListener.ONBOARDING_STEPS).timers();
    assertThat(steps).hasSize(1); // the application's name is not a tag
    assertThat(steps.iterator().next().count()).isEqualTo(2);
    assertThat(registry.getMeters())
        .flatExtracting(m -> m.getId().getTags())
        .noneMatch(t -> t.getValue().contains("Accounts App"));
  }

  @Test
  void everyMeterCarriesTheTarget() {
    listener.onHttpAttempt(attempt(1, 429, RetryReason.RATE_LIMITED));
    listener.onTokenFetch(new TokenFetchEvent(false, true, Duration.ZERO, ""));

    assertThat(registry.getMeters())
        .extracting(Meter::getId)
        .allSatisfy(id -> assertThat(id.getTag("target")).isEqualTo("sandbox"));
  }

  @Test
  void publicSignaturesNameNoInternalOrHttpLibraryType() {
    PublicApiChecker.assertCleanMainApi("io.github.fsonboard.micrometer");
  }
}
