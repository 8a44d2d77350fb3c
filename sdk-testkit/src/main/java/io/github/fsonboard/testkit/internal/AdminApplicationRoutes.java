package io.github.fsonboard.testkit.internal;

import static io.github.fsonboard.testkit.internal.Fields.map;
import static io.github.fsonboard.testkit.internal.Fields.str;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Admin API v4 {@code /applications}: every user's applications for the bank, as carbon-apimgt's
 * admin {@code ApplicationsApiServiceImpl} serves them.
 */
public final class AdminApplicationRoutes {
  private static final String APPS = KeyManagerRoutes.BASE + "/applications";
  private static final String[] LIST_SCOPES = {
    "apim:admin", "apim:app_owner_change", "apim:app_import_export"
  };
  private static final String[] DELETE_SCOPES = {"apim:admin", "apim:app_import_export"};
  private static final String[] OWNER_SCOPES = {"apim:admin", "apim:app_owner_change"};

  private final Context ctx;

  /**
   * Creates the routes.
   *
   * @param ctx the context
   */
  public AdminApplicationRoutes(Context ctx) {
    this.ctx = ctx;
  }

  /**
   * Registers the routes.
   *
   * @param router the APIM router
   */
  public void register(Router router) {
    router.on("GET", APPS, (r, m) -> list(r));
    router.on("DELETE", APPS + "/([^/]+)", this::delete);
    router.on("POST", APPS + "/([^/]+)/change-owner", this::changeOwner);
  }

  /**
   * ApplicationsApiServiceImpl.applicationsGet: {@code user} (the creator; every user when empty)
   * and {@code name} filter through APIAdminImpl.getApplicationsWithPagination, sorted by name,
   * limit 25 and offset 0 by default; the ApplicationList has count, list, next and previous (no
   * pagination object), each item ApplicationInfo {applicationId, name, owner, status, groupId}.
   */
  private Reply list(Request r) {
    ctx.requireApimToken(r, LIST_SCOPES);
    String user = r.queryParam("user");
    String name = r.queryParam("name");
    List<Map<String, Object>> matched = new ArrayList<>();
    for (Map<String, Object> app : ctx.store.applications.values()) {
      if (user != null && !user.isEmpty() && !user.equalsIgnoreCase(str(app, "owner"))) {
        continue;
      }
      if (name != null
          && !str(app, "name").toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT))) {
        continue;
      }
      matched.add(app);
    }
    matched.sort(Comparator.comparing(a -> str(a, "name").toLowerCase(Locale.ROOT)));
    List<Object> infos = new ArrayList<>();
    for (Map<String, Object> app : matched) {
      infos.add(
          map(
              "applicationId", app.get("applicationId"),
              "name", app.get("name"),
              "owner", app.get("owner"),
              "status", app.get("status"),
              "groupId", ""));
    }
    Map<String, Object> page =
        DevportalRoutes.page(infos, r, KeyManagerRoutes.BASE, "/applications");
    @SuppressWarnings("unchecked")
    Map<String, Object> pagination = (Map<String, Object>) page.get("pagination");
    return Replies.apim(
        200,
        map(
            "count", page.get("count"),
            "list", page.get("list"),
            "next", pagination.get("next"),
            "previous", pagination.get("previous")));
  }

  /**
   * ApplicationsApiServiceImpl.applicationsApplicationIdDelete: APIConsumer.removeApplication with
   * the application's own owner, then 200 without a body; an unknown id is
   * RestApiUtil.handleResourceNotFoundError, 404.
   */
  private Reply delete(Request r, Matcher m) {
    ctx.requireApimToken(r, DELETE_SCOPES);
    String id = m.group(1);
    if (!ctx.store.applications.containsKey(id)) {
      return notFound(id);
    }
    DevportalRoutes.removeApplication(ctx, id);
    return Reply.empty(200);
  }

  /**
   * ApplicationsApiServiceImpl.applicationsApplicationIdChangeOwnerPost: APIConsumer
   * .updateApplicationOwner(owner, ...), 200 without a body; any failure (an unknown application or
   * new owner) goes through RestApiUtil.handleInternalServerError, 500 "Error while updating
   * application owner {id}".
   */
  private Reply changeOwner(Request r, Matcher m) {
    ctx.requireApimToken(r, OWNER_SCOPES);
    String id = m.group(1);
    String owner = r.queryParam("owner");
    if (owner == null || owner.isBlank()) {
      // JAX-RS @NotNull on the required query parameter: bean validation answers 400.
      return Replies.apimError(400, 400, "Bad Request", "owner is required");
    }
    Map<String, Object> app = ctx.store.applications.get(id);
    Store.User user = ctx.store.user(owner);
    if (app == null || user == null) {
      return Replies.apimError(
          500, 500, "Internal server error", "Error while updating application owner " + id);
    }
    app.put("owner", user.username);
    return Reply.empty(200);
  }

  private static Reply notFound(String id) {
    return Replies.apimError(
        404, 404, "Not Found", "Requested application with Id '" + id + "' not found");
  }
}
