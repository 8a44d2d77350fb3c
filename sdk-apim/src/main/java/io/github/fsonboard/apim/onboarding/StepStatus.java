package io.github.fsonboard.apim.onboarding;

/** What happened to one onboarding step. */
public enum StepStatus {
  /** The step began. */
  STARTED,
  /** The step was already done (found in the server's state) and nothing was changed. */
  SKIPPED,
  /** The step changed the server's state and finished. */
  DONE,
  /** The server accepted the step but an approval workflow holds it (HTTP 202). */
  PENDING,
  /** The step failed; later steps did not run. */
  FAILED
}
