package io.github.fsonboard.apim.onboarding;

import io.github.fsonboard.core.error.FsOnboardException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An onboarding step failed. Says which step, and lists the steps finished before it, so the caller
 * knows what was done; running the same onboarding again completes the rest without duplicating
 * anything. The cause is the SDK exception the step hit (an {@link
 * io.github.fsonboard.core.error.ApiException}, a {@link
 * io.github.fsonboard.core.error.TransportException}, ...).
 */
public class OnboardingException extends FsOnboardException {
  private static final long serialVersionUID = 1L;

  /** The failed step's name. */
  private final String failedStep;

  /** Serializable copy of the finished steps. */
  private final List<StepEvent> steps;

  /**
   * Creates the exception.
   *
   * @param failedStep the step that failed
   * @param steps the steps finished so far, the failed one last
   * @param cause what the step hit
   */
  public OnboardingException(String failedStep, List<StepEvent> steps, Throwable cause) {
    super(message(failedStep, steps, cause), cause);
    this.failedStep = failedStep;
    this.steps = List.copyOf(steps);
  }

  private static String message(String failedStep, List<StepEvent> steps, Throwable cause) {
    String done =
        steps.stream()
            .filter(s -> s.status() != StepStatus.FAILED && s.status() != StepStatus.STARTED)
            .map(s -> s.step() + " " + s.status())
            .collect(Collectors.joining(", "));
    return "Onboarding step '"
        + failedStep
        + "' failed: "
        + cause.getMessage()
        + (done.isEmpty() ? "; nothing was done before it" : "; done before it: " + done)
        + ". Run again to complete the rest.";
  }

  /**
   * Returns the step that failed.
   *
   * @return its name
   */
  public String failedStep() {
    return failedStep;
  }

  /**
   * Returns every step finished before the failure, and the failed step last.
   *
   * @return an immutable list
   */
  public List<StepEvent> steps() {
    return steps;
  }
}
