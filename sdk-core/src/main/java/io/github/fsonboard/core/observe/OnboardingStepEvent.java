package io.github.fsonboard.core.observe;

import java.time.Duration;
import java.util.Objects;

/**
 * One finished onboarding step.
 *
 * @param kind what sort of step it was, from a small fixed set (e.g. {@code sign_up}, {@code
 *     application}, {@code subscription}, {@code keys}); a metric tag
 * @param step the step as reported to the onboarding's progress listener (names the user, the
 *     application or the API: too many values for a metric tag)
 * @param outcome {@code DONE}, {@code SKIPPED}, {@code PENDING} or {@code FAILED}
 * @param duration how long the step took
 */
public record OnboardingStepEvent(String kind, String step, String outcome, Duration duration) {

  /** Requires every reference. */
  public OnboardingStepEvent {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(duration, "duration");
  }
}
