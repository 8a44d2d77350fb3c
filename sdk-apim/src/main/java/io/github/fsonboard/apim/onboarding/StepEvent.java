package io.github.fsonboard.apim.onboarding;

import java.time.Duration;
import java.util.Objects;

/**
 * A progress report for one step, sent to a {@link ProgressListener}.
 *
 * @param step the step's name, e.g. {@code "subscribe AccountsAPI 1.0.0"}
 * @param status what happened
 * @param elapsed time since the step started (zero for {@link StepStatus#STARTED})
 * @param detail a short human explanation (never a secret), or an empty string
 */
public record StepEvent(String step, StepStatus status, Duration elapsed, String detail) {
  /** Validates the components. */
  public StepEvent {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(status, "status");
    elapsed = elapsed == null ? Duration.ZERO : elapsed;
    detail = detail == null ? "" : detail;
  }
}
