package io.github.fsonboard.apim.admin;

/** What an operator decides about an approval task ({@code update-workflow-status}). */
public enum WorkflowDecision {
  /** Approve: the held resource moves on (application APPROVED, subscription UNBLOCKED, keys). */
  APPROVED,
  /** Reject: the held resource is REJECTED; the comment becomes the task's description. */
  REJECTED
}
