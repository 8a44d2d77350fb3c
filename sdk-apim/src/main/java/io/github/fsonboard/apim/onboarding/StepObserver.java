package io.github.fsonboard.apim.onboarding;

import io.github.fsonboard.core.internal.observe.Listeners;
import io.github.fsonboard.core.observe.OnboardingStepEvent;
import io.github.fsonboard.core.observe.SdkListener;
import java.util.List;
import java.util.Locale;

/**
 * Passes each finished step of a run's {@link ProgressListener} on to the transport's {@link
 * SdkListener} too, so metrics see onboarding steps through the one progress mechanism.
 */
final class StepObserver {
  // Step names begin with one of these (TppRun, KeyManagerSetup, DcrOnboarding); the rest of the
  // name (user, application, API, policy) would make too many metric tag values.
  private static final List<String> KINDS =
      List.of(
          "sign up",
          "sign in",
          "application",
          "subscribe",
          "keys",
          "key manager",
          "disable Resident Key Manager",
          "check IS admin credentials",
          "register software");

  private StepObserver() {}

  /**
   * Returns a progress listener that also reports finished steps to {@code sdk}.
   *
   * @param progress the caller's listener
   * @param sdk the transport's listener
   * @return {@code progress} itself when nobody listens on the transport
   */
  static ProgressListener also(ProgressListener progress, SdkListener sdk) {
    if (sdk == SdkListener.NONE) {
      return progress;
    }
    ProgressListener toSdk =
        event -> {
          if (event.status() != StepStatus.STARTED) {
            Listeners.safely(() -> sdk.onOnboardingStep(convert(event)));
          }
        };
    return progress == null ? toSdk : progress.andThen(toSdk);
  }

  static OnboardingStepEvent convert(StepEvent event) {
    return new OnboardingStepEvent(
        kind(event.step()), event.step(), event.status().name(), event.elapsed());
  }

  /**
   * The step's kind as a metric tag: its known leading words in snake case, {@code other} when it
   * begins with none of them.
   */
  static String kind(String step) {
    for (String k : KINDS) {
      if (step.startsWith(k)) {
        return k.toLowerCase(Locale.ROOT).replace(' ', '_');
      }
    }
    return "other";
  }
}
