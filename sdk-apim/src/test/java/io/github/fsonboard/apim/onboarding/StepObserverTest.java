package io.github.fsonboard.apim.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fsonboard.core.observe.OnboardingStepEvent;
import io.github.fsonboard.core.observe.SdkListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StepObserverTest {

  @ParameterizedTest
  @CsvSource({
    "sign up tpp@example.com, sign_up",
    "sign in tpp@example.com, sign_in",
    "application Accounts App, application",
    "subscribe AccountsAPI 1.0.0 (Gold), subscribe",
    "keys PRODUCTION (FSKM), keys",
    "key manager FSKM, key_manager",
    "register software sw-1 by FS DCR, register_software",
    "something new, other"
  })
  void theKindIsTheStepsKnownLeadingWords(String step, String kind) {
    assertThat(StepObserver.kind(step)).isEqualTo(kind);
  }

  @Test
  void finishedStepsReachBothListenersAndStartsOnlyTheProgressOne() {
    List<StepEvent> progress = new ArrayList<>();
    List<OnboardingStepEvent> sdk = new ArrayList<>();
    ProgressListener both =
        StepObserver.also(
            progress::add,
            new SdkListener() {
              @Override
              public void onOnboardingStep(OnboardingStepEvent event) {
                sdk.add(event);
              }
            });

    both.onEvent(new StepEvent("keys SANDBOX (FSKM)", StepStatus.STARTED, Duration.ZERO, ""));
    both.onEvent(new StepEvent("keys SANDBOX (FSKM)", StepStatus.DONE, Duration.ofMillis(5), ""));

    assertThat(progress).hasSize(2);
    assertThat(sdk)
        .containsExactly(
            new OnboardingStepEvent("keys", "keys SANDBOX (FSKM)", "DONE", Duration.ofMillis(5)));
  }

  @Test
  void withNobodyListeningOnTheTransportTheProgressListenerIsUsedAsIs() {
    ProgressListener mine = e -> {};

    assertThat(StepObserver.also(mine, SdkListener.NONE)).isSameAs(mine);
  }

  @Test
  void aThrowingSdkListenerDoesNotStopTheProgressListener() {
    List<StepEvent> progress = new ArrayList<>();
    ProgressListener both =
        StepObserver.also(
            progress::add,
            new SdkListener() {
              @Override
              public void onOnboardingStep(OnboardingStepEvent event) {
                throw new IllegalStateException("bug");
              }
            });

    both.onEvent(new StepEvent("sign in x", StepStatus.DONE, Duration.ZERO, ""));

    assertThat(progress).hasSize(1);
  }
}
