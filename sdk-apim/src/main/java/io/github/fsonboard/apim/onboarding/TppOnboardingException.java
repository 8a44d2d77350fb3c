package io.github.fsonboard.apim.onboarding;

import java.util.List;

/**
 * A TPP onboarding step failed. Besides the failed step and the finished steps, carries the partial
 * result: the ids and keys obtained before the failure. Running the same onboarding again completes
 * the rest without duplicates.
 */
public class TppOnboardingException extends OnboardingException {
  private static final long serialVersionUID = 1L;

  /** Not serialized: holds secrets and is only meaningful in the running JVM. */
  private final transient TppOnboardingResult partialResult;

  /**
   * Creates the exception.
   *
   * @param failedStep the step that failed
   * @param steps the steps finished so far, the failed one last
   * @param cause what the step hit
   * @param partialResult what was done before the failure
   */
  public TppOnboardingException(
      String failedStep,
      List<StepEvent> steps,
      Throwable cause,
      TppOnboardingResult partialResult) {
    super(failedStep, steps, cause);
    this.partialResult = partialResult;
  }

  /**
   * Returns what was done before the failure.
   *
   * @return the partial result, or null after deserialization
   */
  public TppOnboardingResult partialResult() {
    return partialResult;
  }
}
