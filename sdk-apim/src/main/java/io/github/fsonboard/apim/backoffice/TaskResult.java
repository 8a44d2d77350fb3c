package io.github.fsonboard.apim.backoffice;

/**
 * What applying one decision did.
 *
 * @param decision the decision
 * @param outcome what happened
 * @param detail the server's or the SDK's words, or null
 */
public record TaskResult(VettingDecision decision, Outcome outcome, String detail) {

  /** What happened to one task. */
  public enum Outcome {
    /** Approved now. */
    APPROVED,
    /** Rejected now, with the reasons as the comment. */
    REJECTED,
    /** Referred: left pending for a person, nothing sent. */
    REFERRED,
    /** The task no longer waited (decided earlier): nothing sent. */
    ALREADY_DECIDED,
    /** The server refused or could not be reached; the task may still wait. */
    FAILED
  }
}
