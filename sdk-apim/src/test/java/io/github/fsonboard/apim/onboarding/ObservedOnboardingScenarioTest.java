package io.github.fsonboard.apim.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fsonboard.apim.ApiManager;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.observe.HttpAttemptEvent;
import io.github.fsonboard.core.observe.OnboardingStepEvent;
import io.github.fsonboard.core.observe.SdkListener;
import io.github.fsonboard.core.observe.TokenFetchEvent;
import io.github.fsonboard.testkit.Wso2Emulator;
import io.github.fsonboard.testkit.Wso2EmulatorExtension;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A whole onboarding as an {@link SdkListener} on the transport sees it. */
class ObservedOnboardingScenarioTest {
  @RegisterExtension static Wso2EmulatorExtension wso2 = new Wso2EmulatorExtension();

  private final List<HttpAttemptEvent> attempts = new CopyOnWriteArrayList<>();
  private final List<TokenFetchEvent> tokens = new CopyOnWriteArrayList<>();
  private final List<OnboardingStepEvent> steps = new CopyOnWriteArrayList<>();
  private final List<StepEvent> progress = new CopyOnWriteArrayList<>();

  private final SdkListener recording =
      new SdkListener() {
        @Override
        public void onHttpAttempt(HttpAttemptEvent event) {
          attempts.add(event);
        }

        @Override
        public void onTokenFetch(TokenFetchEvent event) {
          tokens.add(event);
        }

        @Override
        public void onOnboardingStep(OnboardingStepEvent event) {
          steps.add(event);
        }
      };

  @Test
  void stepsTokenFetchesAndAttemptsReachTheListenerWithoutIdsOrSecrets(Wso2Emulator e) {
    Emulated.fsKeyManager(e, TppOnboardingScenarioTest.KM);
    String user = Emulated.unique("obs") + "@example.com";
    HttpConfig http = Emulated.http(e).toBuilder().listener(recording).build();
    try (ApiManager apim = ApiManager.builder().baseUrl(e.apimBaseUrl()).httpConfig(http).build()) {
      TppOnboardingScenarioTest.tpp(apim, e, user, "Observed App").build().run(progress::add);
    }

    // Every finished step the progress listener heard, in order, with a low-cardinality kind.
    assertThat(steps)
        .extracting(OnboardingStepEvent::step)
        .containsExactlyElementsOf(
            progress.stream()
                .filter(p -> p.status() != StepStatus.STARTED)
                .map(StepEvent::step)
                .toList());
    assertThat(steps)
        .extracting(OnboardingStepEvent::kind)
        .containsExactly(
            "sign_up", "sign_in", "application", "subscribe", "subscribe", "keys", "keys");
    assertThat(steps).extracting(OnboardingStepEvent::outcome).containsOnly("DONE");

    assertThat(tokens).isNotEmpty().allSatisfy(t -> assertThat(t.success()).isTrue());
    assertThat(attempts).isNotEmpty();
    assertThat(attempts)
        .extracting(HttpAttemptEvent::route)
        .anySatisfy(r -> assertThat(r).contains("{applicationId}"))
        .noneSatisfy(r -> assertThat(r).contains(user))
        .allSatisfy(r -> assertThat(r).doesNotContain("?"));
    String all = attempts.toString() + tokens + steps.stream().map(s -> s.kind()).toList();
    assertThat(all).doesNotContain(e.adminPassword()).doesNotContain("Tpp-pass-1!");
  }
}
