package io.github.fsonboard.apim.backoffice;

import io.github.fsonboard.apim.admin.WorkflowTask;

/**
 * Finds the evidence for a pending task. The Admin API's task names the user, application and API
 * but carries no certificate (carbon-apimgt's approval executors store only names in the task's
 * properties), so the bank supplies where its certificates are read from: its onboarding records,
 * the Identity Server application of the TPP's client, or the API Manager key's {@code
 * sp_certificate}.
 */
@FunctionalInterface
public interface EvidenceSource {
  /**
   * Gathers the evidence for one task.
   *
   * @param task the task
   * @return the evidence; a null certificate makes the decision REFER
   */
  Evidence gather(WorkflowTask task);
}
