package io.github.fsonboard.apim.admin;

import io.github.fsonboard.apim.devportal.Page;
import io.github.fsonboard.apim.devportal.Pagination;
import io.github.fsonboard.core.error.NotFoundException;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.internal.http.Calls;
import io.github.fsonboard.core.internal.http.PageGuard;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Approval tasks in the Admin API ({@code /workflows}; scopes {@code apim:admin} or {@code
 * apim:api_workflow_view} to read, {@code apim:api_workflow_approve} to decide). Thread-safe.
 *
 * <pre>{@code
 * AdminWorkflowsClient wf = session.adminPortal().workflows();
 * for (WorkflowTask t : wf.pending(WorkflowType.SUBSCRIPTION_CREATION)) {
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
    AdminService.WorkflowList l =
        Calls.execute(api.workflows(type == null ? null : "AM_" + type.name(), limit, offset));
    List<WorkflowTask> tasks = new ArrayList<>();
    if (l != null && l.list() != null) {
      for (AdminService.WorkflowInfo w : l.list()) {
        if (w != null) {
          tasks.add(task(w));
        }
      }
    }
    String next = l == null ? null : l.next();
    String previous = l == null ? null : l.previous();
    return new Page<>(
        tasks.size(),
        tasks,
        new Pagination(offset == null ? 0 : offset, limit, null, next, previous));
  }

  /**
   * Lists every waiting task of a kind, page by page.
   *
   * @param type only this kind, or null for all
   * @return the tasks, oldest first as the server lists them
   */
  public List<WorkflowTask> pending(WorkflowType type) {
    PageGuard guard = new PageGuard("workflow tasks");
    List<WorkflowTask> all = new ArrayList<>();
    int offset = 0;
    while (true) {
      Page<WorkflowTask> page = list(type, PAGE, offset);
      all.addAll(page.list());
      if (!page.hasNext() || page.list().isEmpty()) {
        return List.copyOf(all);
      }
      offset += page.list().size();
      guard.next(offset, page.list().size());
    }
  }

  /**
   * Reads one waiting task.
   *
   * @param referenceId the task's reference
   * @return the task, or empty when it no longer waits (or never existed)
   */
  public Optional<WorkflowTask> get(String referenceId) {
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
    if (get(referenceId).isEmpty()) {
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
