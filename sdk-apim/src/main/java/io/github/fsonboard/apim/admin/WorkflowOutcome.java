package io.github.fsonboard.apim.admin;

/** What deciding an approval task did. */
public enum WorkflowOutcome {
  /** The decision was sent and the server accepted it. */
  DECIDED,
  /**
   * The task no longer waits (decided before, or cleaned up with its application): nothing was
   * sent, because the server would complete it again (see {@link AdminWorkflowsClient#decide}).
   */
  NOT_PENDING
}
