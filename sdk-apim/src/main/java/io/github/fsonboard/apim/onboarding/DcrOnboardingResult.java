package io.github.fsonboard.apim.onboarding;

import io.github.fsonboard.apim.fsdcr.ClientRegistration;
import java.util.List;

/**
 * What a {@link DcrOnboarding} run found or made.
 *
 * @param registration the client
 * @param created true when this run registered it, false when it resumed an existing one
 * @param steps the finished steps, in order
 */
public record DcrOnboardingResult(
    ClientRegistration registration, boolean created, List<StepEvent> steps) {
  /** Copies the steps. */
  public DcrOnboardingResult {
    steps = List.copyOf(steps);
  }
}
