package io.github.fsonboard.apim.backoffice;

/** What vetting concluded about a pending task. */
public enum Verdict {
  /** Every check passed: approve. */
  APPROVE,
  /** A check failed: reject, with the reasons the TPP will read. */
  REJECT,
  /** Nothing failed but something needs a person's eyes: leave the task pending. */
  REFER
}
