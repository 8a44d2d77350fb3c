package io.github.fsonboard.testkit.internal;

import static io.github.fsonboard.testkit.internal.Fields.map;
import static io.github.fsonboard.testkit.internal.Fields.str;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;

/**
 * Admin API v4 {@code /workflows}: the approval tasks the devportal's writes leave behind when an
 * approval workflow is on, and their completion as carbon-apimgt's approval executors do it.
 *
 * <p>Server truth (carbon-apimgt {@code WorkflowsApiServiceImpl}, {@code WorkflowMappingUtil}, the
 * {@code *ApprovalWorkflowExecutor}s): only tasks in status CREATED are listed or read; the list's
 * {@code workflowType} filter takes the short names ({@code APPLICATION_CREATION}) or the stored
 * {@code AM_} names; answers name the type without the {@code AM_} prefix; {@code count} is the
 * page's size (no total); {@code update-workflow-status} finds the task by its reference whatever
 * its status and echoes the request body with 200.
 */
public final class WorkflowRoutes {
  /** Self sign-up. */
  public static final String USER_SIGNUP = "AM_USER_SIGNUP";

  /** Application creation. */
  public static final String APPLICATION_CREATION = "AM_APPLICATION_CREATION";

  /** Subscription creation. */
  public static final String SUBSCRIPTION_CREATION = "AM_SUBSCRIPTION_CREATION";

  /** Production key generation. */
  public static final String REGISTRATION_PRODUCTION = "AM_APPLICATION_REGISTRATION_PRODUCTION";

  /** Sandbox key generation. */
  public static final String REGISTRATION_SANDBOX = "AM_APPLICATION_REGISTRATION_SANDBOX";

  private static final String WORKFLOWS = KeyManagerRoutes.BASE + "/workflows";
  private static final String[] VIEW = {"apim:admin", "apim:api_workflow_view"};
  private static final String[] APPROVE = {"apim:admin", "apim:api_workflow_approve"};

  private final Context ctx;

  /**
   * Creates the routes.
   *
   * @param ctx the context
   */
  public WorkflowRoutes(Context ctx) {
    this.ctx = ctx;
  }

  /**
   * Registers the routes.
   *
   * @param router the APIM router
   */
  public void register(Router router) {
    router.on("GET", WORKFLOWS, this::list);
    router.on("POST", WORKFLOWS + "/update-workflow-status", this::update);
    router.on("GET", WORKFLOWS + "/([^/]+)", this::get);
  }

  /**
   * Opens an approval task, as {@code WorkflowExecutor.execute} records it.
   *
   * @param ctx the context
   * @param type the stored type, e.g. {@link #APPLICATION_CREATION}
   * @param reference what the task holds (application, subscription or key mapping id)
   * @param description the executor's description
   * @param properties the executor's properties
   */
  public static void open(
      Context ctx,
      String type,
      String reference,
      String description,
      Map<String, Object> properties) {
    String now = Timestamp.from(ctx.store.clock.instant()).toString();
    Map<String, Object> wf = new LinkedHashMap<>();
    wf.put("referenceId", UUID.randomUUID().toString());
    wf.put("type", type);
    wf.put("status", "CREATED");
    wf.put("reference", reference);
    wf.put("createdTime", now);
    wf.put("updatedTime", now);
    wf.put("description", description);
    wf.put("properties", properties);
    ctx.store.workflows.put((String) wf.get("referenceId"), wf);
  }

  /**
   * Completes a task as its approval executor's {@code complete} does.
   *
   * @param ctx the context
   * @param wf the task
   * @param status APPROVED or REJECTED
   */
  public static void complete(Context ctx, Map<String, Object> wf, String status) {
    wf.put("status", status);
    wf.put("updatedTime", Timestamp.from(ctx.store.clock.instant()).toString());
    boolean approved = "APPROVED".equals(status);
    String reference = str(wf, "reference");
    switch (str(wf, "type")) {
      case APPLICATION_CREATION -> {
        // ApplicationCreationApprovalWorkflowExecutor.complete: APPROVED / REJECTED.
        Map<String, Object> app = ctx.store.applications.get(reference);
        if (app != null) {
          app.put("status", approved ? "APPROVED" : "REJECTED");
        }
      }
      case SUBSCRIPTION_CREATION -> {
        // SubscriptionCreationApprovalWorkflowExecutor.complete: UNBLOCKED / REJECTED.
        Map<String, Object> sub = ctx.store.subscriptions.get(reference);
        if (sub != null) {
          sub.put("status", approved ? "UNBLOCKED" : "REJECTED");
        }
      }
      case USER_SIGNUP -> {
        // UserSignUpApprovalWorkflowExecutor.complete: approval adds the sign-up roles
        // (Internal/subscriber); rejection deletes the user.
        Store.User user = ctx.store.user(reference);
        if (user != null && approved) {
          user.roles.add("Internal/subscriber");
        } else if (user != null) {
          ctx.store.users.remove(Context.lower(user.username));
        }
      }
      case REGISTRATION_PRODUCTION, REGISTRATION_SANDBOX ->
          KeyRoutes.completeRegistration(ctx, reference, approved);
      default -> {
        // no other type is opened by the emulator
      }
    }
  }

  /**
   * Completes every open task.
   *
   * @param ctx the context
   * @param status APPROVED or REJECTED
   * @return how many were completed
   */
  public static int completeAll(Context ctx, String status) {
    int n = 0;
    for (Map<String, Object> wf : new ArrayList<>(ctx.store.workflows.values())) {
      if ("CREATED".equals(wf.get("status"))) {
        complete(ctx, wf, status);
        n++;
      }
    }
    return n;
  }

  private Reply list(Request r, Matcher m) {
    ctx.requireApimToken(r, VIEW);
    int limit = DevportalRoutes.intParam(r, "limit", 25);
    int offset = DevportalRoutes.intParam(r, "offset", 0);
    String type = r.queryParam("workflowType");
    // WorkflowsApiServiceImpl.workflowsGet maps the short names to the stored AM_ ones; any other
    // value is used as given.
    String stored = type == null || type.startsWith("AM_") ? type : "AM_" + type;
    List<Map<String, Object>> open = new ArrayList<>();
    for (Map<String, Object> wf : ctx.store.workflows.values()) {
      if ("CREATED".equals(wf.get("status")) && (stored == null || stored.equals(wf.get("type")))) {
        open.add(wf);
      }
    }
    List<Object> page = new ArrayList<>();
    for (int i = offset; i < open.size() && page.size() < limit; i++) {
      page.add(view(open.get(i)));
    }
    // WorkflowMappingUtil.setPaginationParams: next/previous are "" when absent.
    String next =
        offset + limit < open.size()
            ? "/workflows?limit=" + limit + "&offset=" + (offset + limit)
            : "";
    String previous =
        offset > 0 ? "/workflows?limit=" + limit + "&offset=" + Math.max(0, offset - limit) : "";
    return Replies.apim(
        200, map("count", page.size(), "next", next, "previous", previous, "list", page));
  }

  private Reply get(Request r, Matcher m) {
    ctx.requireApimToken(r, VIEW);
    Map<String, Object> wf = ctx.store.workflows.get(m.group(1));
    if (wf == null || !"CREATED".equals(wf.get("status"))) {
      // APIAdminImpl.getworkflowReferenceByExternalWorkflowReferenceID looks only at CREATED ones.
      return notFound(m.group(1));
    }
    return Replies.apim(200, view(wf));
  }

  private Reply update(Request r, Matcher m) {
    ctx.requireApimToken(r, APPROVE);
    String ref = r.queryParam("workflowReferenceId");
    if (ref == null) {
      return Replies.apimError(400, 400, "Bad Request", "workflowReferenceId is empty");
    }
    Map<String, Object> wf = ctx.store.workflows.get(ref);
    if (wf == null) {
      return notFound(ref);
    }
    Map<String, Object> body = r.json();
    String status = str(body, "status");
    if (!"APPROVED".equals(status) && !"REJECTED".equals(status)) {
      return Replies.apimError(400, 400, "Bad Request", "Workflow status is not defined");
    }
    if (body.get("description") != null) {
      wf.put("description", body.get("description"));
    }
    // WorkflowsApiServiceImpl.workflowsUpdateWorkflowStatusPost does not look at the task's
    // current status: a second call completes it again. The SDK reads before it writes.
    complete(ctx, wf, status);
    return Replies.apim(200, body);
  }

  private static Reply notFound(String ref) {
    return Replies.apimError(
        404, 404, "Not Found", "Requested workflow with Id '" + ref + "' not found");
  }

  private static Map<String, Object> view(Map<String, Object> wf) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("workflowType", str(wf, "type").substring("AM_".length()));
    v.put("workflowStatus", wf.get("status"));
    v.put("createdTime", wf.get("createdTime"));
    v.put("updatedTime", wf.get("updatedTime"));
    v.put("referenceId", wf.get("referenceId"));
    v.put("properties", wf.get("properties"));
    v.put("description", wf.get("description"));
    return v;
  }
}
