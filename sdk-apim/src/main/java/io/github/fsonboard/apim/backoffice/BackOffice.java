package io.github.fsonboard.apim.backoffice;

import io.github.fsonboard.apim.admin.AdminWorkflowsClient;
import io.github.fsonboard.apim.admin.WorkflowDecision;
import io.github.fsonboard.apim.admin.WorkflowOutcome;
import io.github.fsonboard.apim.admin.WorkflowTask;
import io.github.fsonboard.apim.admin.WorkflowType;
import io.github.fsonboard.core.error.FsOnboardException;
import io.github.fsonboard.core.error.Validation;
import java.util.ArrayList;
import java.util.List;

/**
 * Vets pending approval tasks and applies the decisions: {@link #review} is the dry run (reads
 * only), {@link #apply} sends approvals and rejections, leaves referrals pending, and reports per
 * task. Applying is idempotent: a task decided before is reported {@link
 * TaskResult.Outcome#ALREADY_DECIDED} and nothing is sent for it. Thread-safe.
 *
 * <pre>{@code
 * BackOffice office = BackOffice.of(session.adminPortal().workflows(), Vetting.of(policy), evidence);
 * List<VettingDecision> decisions = office.review(WorkflowType.SUBSCRIPTION_CREATION);
 * decisions.forEach(d -> System.out.println(BackOffice.describe(d)));
 * office.apply(decisions);
 * }</pre>
 */
public final class BackOffice {
  private final AdminWorkflowsClient workflows;
  private final Vetting vetting;
  private final EvidenceSource evidence;

  private BackOffice(AdminWorkflowsClient workflows, Vetting vetting, EvidenceSource evidence) {
    this.workflows = workflows;
    this.vetting = vetting;
    this.evidence = evidence;
  }

  /**
   * Creates a back office.
   *
   * @param workflows the Admin API's approval tasks
   * @param vetting the policy's evaluation
   * @param evidence where each task's evidence comes from
   * @return the back office
   */
  public static BackOffice of(
      AdminWorkflowsClient workflows, Vetting vetting, EvidenceSource evidence) {
    Validation.requireNonNull(workflows, "workflows");
    Validation.requireNonNull(vetting, "vetting");
    Validation.requireNonNull(evidence, "evidence");
    return new BackOffice(workflows, vetting, evidence);
  }

  /**
   * The dry run: lists the pending tasks of the given kinds and decides each, sending nothing.
   *
   * @param types the kinds to review; none reviews every kind
   * @return one decision per task
   */
  public List<VettingDecision> review(WorkflowType... types) {
    List<WorkflowTask> tasks = new ArrayList<>();
    if (types.length == 0) {
      tasks.addAll(workflows.stream(null).toList());
    } else {
      for (WorkflowType t : types) {
        tasks.addAll(workflows.stream(t).toList());
      }
    }
    List<VettingDecision> out = new ArrayList<>();
    for (WorkflowTask t : tasks) {
      out.add(vetting.evaluate(t, evidence.gather(t)));
    }
    return List.copyOf(out);
  }

  /**
   * Applies decisions, one task at a time; a failure on one task does not stop the others.
   *
   * @param decisions the decisions (e.g. from {@link #review})
   * @return what happened to each, in order
   */
  public List<TaskResult> apply(List<VettingDecision> decisions) {
    List<TaskResult> out = new ArrayList<>();
    for (VettingDecision d : decisions) {
      out.add(applyOne(d));
    }
    return List.copyOf(out);
  }

  private TaskResult applyOne(VettingDecision d) {
    if (d.verdict() == Verdict.REFER) {
      return new TaskResult(d, TaskResult.Outcome.REFERRED, null);
    }
    boolean approve = d.verdict() == Verdict.APPROVE;
    try {
      WorkflowOutcome o =
          workflows.decide(
              d.task().referenceId(),
              approve ? WorkflowDecision.APPROVED : WorkflowDecision.REJECTED,
              d.comment());
      if (o == WorkflowOutcome.NOT_PENDING) {
        return new TaskResult(d, TaskResult.Outcome.ALREADY_DECIDED, null);
      }
      return new TaskResult(
          d, approve ? TaskResult.Outcome.APPROVED : TaskResult.Outcome.REJECTED, null);
    } catch (FsOnboardException e) {
      return new TaskResult(d, TaskResult.Outcome.FAILED, e.getMessage());
    }
  }

  /**
   * One line for a decision, as a dry run prints it.
   *
   * @param d the decision
   * @return e.g. {@code REJECT SUBSCRIPTION_CREATION 5871… Subscription[…]: reasons}
   */
  public static String describe(VettingDecision d) {
    return d.verdict()
        + " "
        + d.task().type()
        + " "
        + d.task().referenceId()
        + " "
        + d.task().subject()
        + ": "
        + d.comment();
  }
}
