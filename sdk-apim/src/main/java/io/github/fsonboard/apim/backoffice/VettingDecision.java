package io.github.fsonboard.apim.backoffice;

import io.github.fsonboard.apim.admin.WorkflowTask;
import java.util.List;

/**
 * The decision about one pending task, with every reason.
 *
 * @param task the task
 * @param verdict approve, reject or refer
 * @param reasons why, in the order found: for a rejection, what the TPP will read
 */
public record VettingDecision(WorkflowTask task, Verdict verdict, List<String> reasons) {

  /** Copies the reasons. */
  public VettingDecision {
    reasons = List.copyOf(reasons);
  }

  /**
   * The comment sent with the decision: the reasons, joined.
   *
   * @return the comment
   */
  public String comment() {
    return String.join("; ", reasons);
  }
}
