package io.github.fsonboard.apim.admin;

import io.github.fsonboard.apim.internal.ListBody;
import io.github.fsonboard.core.error.NotFoundException;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.internal.http.Calls;
import io.github.fsonboard.core.internal.paging.Paging;
import io.github.fsonboard.core.paging.Page;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Approval tasks in the Admin API ({@code /workflows}; scopes {@code apim:admin} or {@code
 * apim:api_workflow_view} to read, {@code apim:api_workflow_approve} to decide). Thread-safe.
 *
 * <pre>{@code
 * AdminWorkflowsClient wf = session.adminPortal().workflows();
 * for (WorkflowTask t : wf.stream(WorkflowType.SUBSCRIPTION_CREATION).toList()) {
 *   wf.decide(t.referenceId(), WorkflowDecision.APPROVED, "eIDAS certificate checked");
 * }
 * }</pre>
 *
 * <p>Server truth (carbon-apimgt {@code WorkflowsApiServiceImpl}, {@code WorkflowMappingUtil}, the
 * {@code *ApprovalWorkflowExecutor}s): only waiting tasks (status {@code CREATED}) are listed or
 * read, others are 404; a page's {@code count} is its own size and there is no total (the walk
 * follows {@code next}, empty on the last page); approval makes an application {@code APPROVED}, a
 * subscription {@code UNBLOCKED}, and registers the held keys (key state {@code COMPLETED});
 * rejection makes them {@code REJECTED}. While production key generation waits, the devportal's
 * generate-keys answers 200 with {@code keyState} {@code CREATED} and no consumer key ({@code
 * APIConsumerImpl.requestApprovalForApplicationRegistration}).
 */
public final class AdminWorkflowsClient {
  private static final int PAGE = 25;

  private final AdminService api;

  AdminWorkflowsClient(AdminService api) {
    this.api = api;
  }

  /**
   * Lists one page of waiting tasks.
   *
   * @param type only this kind, or null for all
   * @param limit page size, or null for the server's default (25)
   * @param offset where the page starts, or null for 0
   * @return the page
   */
  public Page<WorkflowTask> list(WorkflowType type, Integer limit, Integer offset) {
    if (type == WorkflowType.OTHER) {
      new Validation().add("type", "OTHER is not a type the server can filter by").throwIfInvalid();
    }
    return ListBody.page(
        Calls.execute(api.workflows(type == null ? null : "AM_" + type.name(), limit, offset)),
        offset,
        limit,
        AdminWorkflowsClient::task);
  }

  /**
   * Streams every waiting task of a kind, fetching pages only as the stream reaches them.
   *
   * @param type only this kind, or null for all
   * @return the tasks, oldest first as the server lists them
   */
  public Stream<WorkflowTask> stream(WorkflowType type) {
    return Paging.stream("workflow tasks", at -> list(type, PAGE, Paging.position(at, 0)));
  }

  /**
   * Reads one waiting task.
   *
   * @param referenceId the task's reference
   * @return the task, or empty when it no longer waits (or never existed)
   */
  public Optional<WorkflowTask> find(String referenceId) {
    Validation.requireNonBlank(referenceId, "referenceId");
    try {
      AdminService.WorkflowInfo w = Calls.execute(api.workflow(referenceId));
      return w == null ? Optional.empty() : Optional.of(task(w));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  /**
   * Approves or rejects a waiting task, with a comment that becomes its description. The server
   * completes a task again whenever asked, whatever its status ({@code
   * WorkflowsApiServiceImpl.workflowsUpdateWorkflowStatusPost} does not look): so this reads the
   * task first and sends nothing when it no longer waits. Safe to repeat.
   *
   * @param referenceId the task's reference
   * @param decision approve or reject
   * @param comment why (the TPP may read it), or null
   * @return {@link WorkflowOutcome#DECIDED}, or {@link WorkflowOutcome#NOT_PENDING} when nothing
   *     was sent
   */
  public WorkflowOutcome decide(String referenceId, WorkflowDecision decision, String comment) {
    Validation.requireNonBlank(referenceId, "referenceId");
    Validation.requireNonNull(decision, "decision");
    if (find(referenceId).isEmpty()) {
      return WorkflowOutcome.NOT_PENDING;
    }
    Calls.execute(
        api.updateWorkflowStatus(
            referenceId, new AdminService.WorkflowStatusUpdate(decision.name(), comment)));
    return WorkflowOutcome.DECIDED;
  }

  private static WorkflowTask task(AdminService.WorkflowInfo w) {
    Map<String, String> props = new LinkedHashMap<>();
    if (w.properties() != null) {
      for (Map.Entry<String, Object> e : w.properties().entrySet()) {
        if (e.getKey() != null && e.getValue() != null) {
          props.put(e.getKey(), String.valueOf(e.getValue()));
        }
      }
    }
    return WorkflowTask.of(
        w.referenceId(),
        w.workflowType(),
        w.workflowStatus(),
        w.createdTime(),
        w.description(),
        props);
  }
}
