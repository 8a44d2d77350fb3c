package io.github.fsonboard.testkit.internal;

import static io.github.fsonboard.testkit.internal.Fields.map;
import static io.github.fsonboard.testkit.internal.Fields.str;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;

/**
 * Devportal v3: key managers, APIs, throttling policies, applications and subscriptions. Keys live
 * in {@link KeyRoutes}.
 */
public final class DevportalRoutes {
  /** Where devportal v3 lives. */
  public static final String BASE = "/api/am/devportal/v3";

  static final String[] APP_SCOPES = {"apim:subscribe", "apim:app_manage"};
  private static final String[] SUB_SCOPES = {"apim:subscribe", "apim:sub_manage"};

  private final Context ctx;

  /**
   * Creates the routes.
   *
   * @param ctx the context
   */
  public DevportalRoutes(Context ctx) {
    this.ctx = ctx;
  }

  /**
   * Registers the routes.
   *
   * @param router the APIM router
   */
  public void register(Router router) {
    router.on("GET", BASE + "/key-managers", (r, m) -> keyManagers(r));
    router.on("GET", BASE + "/apis", (r, m) -> apis(r));
    router.on("GET", BASE + "/apis/([^/]+)", this::api);
    router.on("GET", BASE + "/throttling-policies/(application|subscription)", this::policies);
    router.on("GET", BASE + "/applications", (r, m) -> listApps(r));
    router.on("POST", BASE + "/applications", (r, m) -> createApp(r));
    router.on("GET", BASE + "/applications/([^/]+)", this::getApp);
    router.on("PUT", BASE + "/applications/([^/]+)", this::updateApp);
    router.on("DELETE", BASE + "/applications/([^/]+)", this::deleteApp);
    router.on("GET", BASE + "/subscriptions", (r, m) -> listSubs(r));
    router.on("POST", BASE + "/subscriptions", (r, m) -> createSub(r));
    router.on("GET", BASE + "/subscriptions/([^/]+)", this::getSub);
    router.on("DELETE", BASE + "/subscriptions/([^/]+)", this::deleteSub);
  }

  // ---- key managers ------------------------------------------------------------------------

  private Reply keyManagers(Request r) {
    ctx.requireApimToken(r, "apim:subscribe");
    List<Object> list = new ArrayList<>();
    for (Map<String, Object> km : ctx.store.keyManagers.values()) {
      if (!Boolean.TRUE.equals(km.get("enabled"))) {
        continue;
      }
      Map<String, Object> info = new LinkedHashMap<>();
      info.put("id", km.get("id"));
      info.put("name", km.get("name"));
      info.put("type", km.get("type"));
      info.put("displayName", km.get("displayName"));
      info.put("description", km.get("description"));
      info.put("enabled", true);
      info.put("availableGrantTypes", km.getOrDefault("availableGrantTypes", List.of()));
      info.put(
          "tokenEndpoint",
          km.get("displayTokenEndpoint") instanceof String s && !s.isEmpty()
              ? s
              : km.get("tokenEndpoint"));
      info.put(
          "revokeEndpoint",
          km.get("displayRevokeEndpoint") instanceof String s && !s.isEmpty()
              ? s
              : km.get("revokeEndpoint"));
      info.put("userInfoEndpoint", km.get("userInfoEndpoint"));
      info.put("enableTokenGeneration", km.getOrDefault("enableTokenGeneration", true));
      info.put("enableTokenEncryption", km.getOrDefault("enableTokenEncryption", false));
      info.put("enableTokenHashing", km.getOrDefault("enableTokenHashing", false));
      info.put("enableOAuthAppCreation", km.getOrDefault("enableOAuthAppCreation", true));
      info.put("enableMapOAuthConsumerApps", km.getOrDefault("enableMapOAuthConsumerApps", false));
      info.put("applicationConfiguration", applicationConfiguration(str(km, "type")));
      info.put("alias", km.getOrDefault("alias", ""));
      info.put("additionalProperties", map());
      info.put("tokenType", km.getOrDefault("tokenType", "DIRECT"));
      list.add(info);
    }
    return Replies.apim(200, map("count", list.size(), "list", list));
  }

  private static Map<String, Object> config(
      String name,
      String label,
      String type,
      boolean required,
      Object dflt,
      List<?> values,
      String tooltip) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("name", name);
    c.put("label", label);
    c.put("type", type);
    c.put("required", required);
    c.put("mask", false);
    c.put("multiple", false);
    c.put("tooltip", tooltip);
    c.put("default", dflt);
    c.put("values", values);
    return c;
  }

  /**
   * The application configuration a key manager type asks for.
   *
   * @param type the key manager type
   * @return the configuration entries
   */
  static List<Object> applicationConfiguration(String type) {
    List<Object> out = new ArrayList<>();
    String[][] lifetimes = {
      {"ext_application_token_lifetime", "Application Access Token Expiry Time "},
      {"ext_user_token_lifetime", "User Access Token Expiry Time "},
      {"ext_refresh_token_lifetime", "Refresh Token Expiry Time "},
      {"ext_id_token_lifetime", "Id Token Expiry Time"}
    };
    for (String[] l : lifetimes) {
      out.add(config(l[0], l[1], "input", false, "N/A", List.of(), "Type token expiry time"));
    }
    out.add(
        config(
            "ext_pkce_mandatory",
            "Enable PKCE",
            "checkbox",
            false,
            false,
            List.of(),
            "Enable PKCE"));
    out.add(
        config(
            "ext_pkce_support_plain",
            "Support PKCE Plain text",
            "checkbox",
            false,
            false,
            List.of(),
            "S256 is recommended, plain text too can be used."));
    out.add(
        config(
            "ext_public_client",
            "Public client",
            "checkbox",
            false,
            false,
            List.of(),
            "Allow authentication without the client secret."));
    if ("fsKeyManager".equals(type)) {
      out.add(
          config(
              "regulatory",
              "Regulatory Application",
              "select",
              true,
              "true",
              List.of("true", "false"),
              "Is this a regulatory application"));
      out.add(
          config(
              "sp_certificate",
              "Application Certificate",
              "input",
              false,
              "",
              List.of(),
              "Application certificate (PEM)"));
    }
    return out;
  }

  // ---- APIs and policies -------------------------------------------------------------------

  private Reply apis(Request r) {
    String query = r.queryParam("query");
    List<Object> matches = new ArrayList<>();
    for (Map<String, Object> api : ctx.store.apis.values()) {
      if (apiMatches(api, query)) {
        matches.add(Fields.copy(api));
      }
    }
    return Replies.apim(200, page(matches, r, "/apis"));
  }

  private static boolean apiMatches(Map<String, Object> api, String query) {
    if (query == null || query.isBlank()) {
      return true;
    }
    String q = query.trim();
    String field = "name";
    int colon = q.indexOf(':');
    if (colon > 0) {
      field = q.substring(0, colon);
      q = q.substring(colon + 1);
    }
    Object value = api.get(field);
    return value != null
        && String.valueOf(value).toLowerCase(Locale.ROOT).contains(q.toLowerCase(Locale.ROOT));
  }

  private Reply api(Request r, Matcher m) {
    Map<String, Object> api = ctx.store.apis.get(m.group(1));
    if (api == null) {
      return Replies.apimError(
          404, 404, "Not Found", "Requested API with Id '" + m.group(1) + "' not found");
    }
    Map<String, Object> full = Fields.copy(api);
    full.remove("throttlingPolicies");
    List<Object> tiers = new ArrayList<>();
    for (String tier : Fields.strings(api, "throttlingPolicies")) {
      tiers.add(map("tierName", tier, "tierPlan", "FREE"));
    }
    full.put("tiers", tiers);
    full.put("isDefaultVersion", false);
    full.put("transport", List.of("http", "https"));
    return Replies.apim(200, full);
  }

  private Reply policies(Request r, Matcher m) {
    List<Object> list = new ArrayList<>(Fields.copy(ctx.store.policies.get(m.group(1))));
    return Replies.apim(200, page(list, r, "/throttling-policies/" + m.group(1)));
  }

  /**
   * Applies limit/offset and builds {@code {count, list, pagination}}.
   *
   * @param all all items
   * @param r the request (limit, offset)
   * @param path the list path for next/previous links
   * @return the page object
   */
  static Map<String, Object> page(List<Object> all, Request r, String path) {
    return page(all, r, BASE, path);
  }

  /**
   * Applies limit/offset and builds {@code {count, list, pagination}} for another REST API.
   *
   * @param all all items
   * @param r the request (limit, offset)
   * @param base the API's base path, e.g. {@code /api/am/publisher/v4}
   * @param path the list path for next/previous links
   * @return the page object
   */
  static Map<String, Object> page(List<Object> all, Request r, String base, String path) {
    int limit = intParam(r, "limit", 25);
    int offset = intParam(r, "offset", 0);
    List<Object> slice =
        offset >= all.size()
            ? List.of()
            : all.subList(offset, Math.min(all.size(), offset + limit));
    String next =
        offset + limit < all.size()
            ? base + path + "?limit=" + limit + "&offset=" + (offset + limit)
            : "";
    String previous =
        offset > 0
            ? base + path + "?limit=" + limit + "&offset=" + Math.max(0, offset - limit)
            : "";
    return map(
        "count",
        slice.size(),
        "list",
        new ArrayList<>(slice),
        "pagination",
        map(
            "offset",
            offset,
            "limit",
            limit,
            "total",
            all.size(),
            "next",
            next,
            "previous",
            previous));
  }

  /** A non-negative integer query parameter; anything else is APIM's 400. */
  static int intParam(Request r, String name, int dflt) {
    String v = r.queryParam(name);
    if (v == null) {
      return dflt;
    }
    try {
      int i = Integer.parseInt(v);
      if (i < 0) {
        throw new NumberFormatException();
      }
      return i;
    } catch (NumberFormatException e) {
      throw new Halt(Replies.apimError(400, 400, "Bad Request", "Invalid " + name + " " + v));
    }
  }

  // ---- applications ------------------------------------------------------------------------

  /**
   * Finds an application the caller owns.
   *
   * @param ctx the context
   * @param id the application id
   * @param owner the caller
   * @return the application
   * @throws Halt 404 when missing, 403 when owned by someone else (WSO2's
   *     RestApiUtil.handleAuthorizationFailure)
   */
  static Map<String, Object> ownedApp(Context ctx, String id, String owner) {
    Map<String, Object> app = ctx.store.applications.get(id);
    if (app == null) {
      throw new Halt(
          Replies.apimError(
              404, 404, "Not Found", "Requested application with Id '" + id + "' not found"));
    }
    if (owner == null || !owner.equalsIgnoreCase(str(app, "owner"))) {
      throw new Halt(Replies.forbidden("application", id));
    }
    return app;
  }

  private boolean nameTaken(String owner, String name, Object exceptId) {
    for (Map<String, Object> app : ctx.store.applications.values()) {
      if (owner.equalsIgnoreCase(str(app, "owner"))
          && name.equalsIgnoreCase(str(app, "name"))
          && !app.get("applicationId").equals(exceptId)) {
        return true;
      }
    }
    return false;
  }

  private void validateApp(Map<String, Object> body) {
    if (!Fields.has(body, "name")) {
      throw new Halt(Replies.apimError(400, 400, "Bad Request", "Application name is required"));
    }
    String policy = str(body, "throttlingPolicy");
    if (policy == null || policy.isBlank()) {
      throw new Halt(Replies.apimError(400, 400, "Bad Request", "Throttling tier cannot be null"));
    }
    boolean known =
        ctx.store.policies.get("application").stream().anyMatch(p -> policy.equals(p.get("name")));
    if (!known) {
      throw new Halt(
          Replies.apimError(
              400, 400, "Bad Request", "Specified throttling policy " + policy + " is invalid"));
    }
    Object tokenType = body.get("tokenType");
    if (tokenType != null && !List.of("JWT", "OAUTH").contains(tokenType)) {
      throw new Halt(Replies.apimError(400, 400, "Bad Request", "Invalid token type " + tokenType));
    }
  }

  private Reply createApp(Request r) {
    TokenRecord t = ctx.requireApimToken(r, APP_SCOPES);
    Map<String, Object> body = r.json();
    validateApp(body);
    String name = str(body, "name");
    if (nameTaken(Context.owner(t), name, null)) {
      // carbon-apimgt ApplicationsApiServiceImpl.applicationsPost: a resource-already-exists cause
      // becomes RestApiUtil.handleResourceAlreadyExistsError → 409 "Resource Already Exists" with
      // the REST layer's own description (the exception's text never reaches the response).
      return resourceAlreadyExists("An application already exists with name " + name);
    }
    Map<String, Object> app = new LinkedHashMap<>();
    app.put("applicationId", UUID.randomUUID().toString());
    app.put("name", name);
    app.put("throttlingPolicy", body.get("throttlingPolicy"));
    app.put("description", body.getOrDefault("description", ""));
    // carbon-apimgt ApplicationsApiServiceImpl.applicationsPost forces JWT whatever is sent.
    app.put("tokenType", "JWT");
    app.put("status", ctx.settings.applicationApproval() ? "CREATED" : "APPROVED");
    app.put("groups", Fields.strings(body, "groups"));
    app.put("subscriptionCount", 0);
    app.put("keys", List.of());
    app.put("attributes", Fields.obj(body, "attributes"));
    app.put("subscriptionScopes", List.of());
    app.put("owner", Context.owner(t));
    app.put("hashEnabled", false);
    ctx.store.applications.put((String) app.get("applicationId"), app);
    if (ctx.settings.applicationApproval()) {
      // ApplicationCreationApprovalWorkflowExecutor.execute: the task's description and properties.
      WorkflowRoutes.open(
          ctx,
          WorkflowRoutes.APPLICATION_CREATION,
          (String) app.get("applicationId"),
          "Approve application "
              + name
              + " creation request from application creator -"
              + Context.owner(t)
              + " with throttling tier - "
              + app.get("throttlingPolicy"),
          map(
              "applicationName",
              name,
              "userName",
              Context.owner(t),
              "applicationTier",
              app.get("throttlingPolicy")));
    }
    String location = ctx.apimBase + BASE + "/applications/" + app.get("applicationId");
    // carbon-apimgt ApplicationsApiServiceImpl.applicationsPost answers 201 even when an approval
    // workflow holds the application: pending shows as status CREATED (approved: APPROVED).
    return Replies.apim(201, appView(app)).withHeader("Location", location);
  }

  private Map<String, Object> appView(Map<String, Object> app) {
    Map<String, Object> view = Fields.copy(app);
    view.put("subscriptionCount", subscriptionCount(str(app, "applicationId")));
    List<Object> keys = new ArrayList<>();
    for (Map<String, Object> km : ctx.store.keyMappings.values()) {
      if (app.get("applicationId").equals(km.get("applicationId")) && KeyRoutes.visible(ctx, km)) {
        keys.add(KeyRoutes.keyView(ctx, km));
      }
    }
    view.put("keys", keys);
    return view;
  }

  private int subscriptionCount(String appId) {
    int n = 0;
    for (Map<String, Object> s : ctx.store.subscriptions.values()) {
      if (appId.equals(s.get("applicationId"))) {
        n++;
      }
    }
    return n;
  }

  private Reply listApps(Request r) {
    TokenRecord t = ctx.requireApimToken(r, APP_SCOPES);
    String query = r.queryParam("query");
    List<Object> list = new ArrayList<>();
    for (Map<String, Object> app : ctx.store.applications.values()) {
      if (!Context.owner(t).equalsIgnoreCase(str(app, "owner"))) {
        continue;
      }
      if (query != null
          && !str(app, "name").toLowerCase(Locale.ROOT).contains(query.toLowerCase(Locale.ROOT))) {
        continue;
      }
      Map<String, Object> info = new LinkedHashMap<>();
      for (String k :
          List.of("applicationId", "name", "throttlingPolicy", "description", "status", "groups")) {
        info.put(k, Fields.copy(app.get(k)));
      }
      info.put("subscriptionCount", subscriptionCount(str(app, "applicationId")));
      info.put("attributes", Fields.copy(app.get("attributes")));
      info.put("owner", app.get("owner"));
      list.add(info);
    }
    return Replies.apim(200, page(list, r, "/applications"));
  }

  private Reply getApp(Request r, Matcher m) {
    TokenRecord t = ctx.requireApimToken(r, APP_SCOPES);
    return Replies.apim(200, appView(ownedApp(ctx, m.group(1), Context.owner(t))));
  }

  private Reply updateApp(Request r, Matcher m) {
    TokenRecord t = ctx.requireApimToken(r, APP_SCOPES);
    Map<String, Object> app = ownedApp(ctx, m.group(1), Context.owner(t));
    Map<String, Object> body = r.json();
    validateApp(body);
    String name = str(body, "name");
    if (nameTaken(Context.owner(t), name, app.get("applicationId"))) {
      return Replies.apimError(
          409, 409, "Conflict", "A duplicate application already exists by the name - " + name);
    }
    app.put("name", name);
    app.put("throttlingPolicy", body.get("throttlingPolicy"));
    app.put("description", body.getOrDefault("description", app.get("description")));
    app.put("tokenType", body.getOrDefault("tokenType", app.get("tokenType")));
    app.put("groups", Fields.strings(body, "groups"));
    app.put("attributes", Fields.obj(body, "attributes"));
    return Replies.apim(200, appView(app));
  }

  private Reply deleteApp(Request r, Matcher m) {
    TokenRecord t = ctx.requireApimToken(r, APP_SCOPES);
    Map<String, Object> app = ownedApp(ctx, m.group(1), Context.owner(t));
    removeApplication(ctx, str(app, "applicationId"));
    return Reply.empty(200);
  }

  /**
   * Removes an application with its subscriptions and key mappings (devportal and admin delete).
   *
   * @param ctx the context
   * @param id the application id
   */
  static void removeApplication(Context ctx, String id) {
    // carbon-apimgt APIConsumerImpl.removeApplication cleans up the application's pending approval
    // tasks (each executor's cleanUpPendingTask deletes the workflow request).
    java.util.Set<String> held = new java.util.HashSet<>(java.util.Set.of(id));
    for (Map<String, Object> s : ctx.store.subscriptions.values()) {
      if (id.equals(s.get("applicationId"))) {
        held.add(str(s, "subscriptionId"));
      }
    }
    for (Map<String, Object> km : ctx.store.keyMappings.values()) {
      if (id.equals(km.get("applicationId"))) {
        held.add(str(km, "keyMappingId"));
      }
    }
    ctx.store.workflows.values().removeIf(wf -> held.contains(str(wf, "reference")));
    ctx.store.subscriptions.values().removeIf(s -> id.equals(s.get("applicationId")));
    List<Map<String, Object>> mappings = new ArrayList<>();
    for (Map<String, Object> km : ctx.store.keyMappings.values()) {
      if (id.equals(km.get("applicationId"))) {
        mappings.add(km);
      }
    }
    for (Map<String, Object> km : mappings) {
      KeyRoutes.removeMapping(ctx, km);
    }
    ctx.store.applications.remove(id);
  }

  // ---- subscriptions -----------------------------------------------------------------------

  private Map<String, Object> subView(Map<String, Object> sub) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("subscriptionId", sub.get("subscriptionId"));
    view.put("applicationId", sub.get("applicationId"));
    view.put("apiId", sub.get("apiId"));
    Map<String, Object> api = ctx.store.apis.get(str(sub, "apiId"));
    if (api != null) {
      view.put("apiInfo", Fields.copy(api));
    }
    Map<String, Object> app = ctx.store.applications.get(str(sub, "applicationId"));
    if (app != null) {
      Map<String, Object> info = new LinkedHashMap<>();
      for (String k :
          List.of(
              "applicationId",
              "name",
              "throttlingPolicy",
              "description",
              "status",
              "groups",
              "attributes",
              "owner")) {
        info.put(k, Fields.copy(app.get(k)));
      }
      info.put("subscriptionCount", subscriptionCount(str(app, "applicationId")));
      view.put("applicationInfo", info);
    }
    view.put("throttlingPolicy", sub.get("throttlingPolicy"));
    view.put("requestedThrottlingPolicy", sub.get("requestedThrottlingPolicy"));
    view.put("status", sub.get("status"));
    return view;
  }

  private Reply createSub(Request r) {
    TokenRecord t = ctx.requireApimToken(r, SUB_SCOPES);
    Map<String, Object> body = r.json();
    String appId = str(body, "applicationId");
    String apiId = str(body, "apiId");
    String policy = str(body, "throttlingPolicy");
    if (appId == null || apiId == null || policy == null) {
      return Replies.apimError(
          400, 400, "Bad Request", "applicationId, apiId and throttlingPolicy are required");
    }
    ownedApp(ctx, appId, Context.owner(t));
    Map<String, Object> api = ctx.store.apis.get(apiId);
    if (api == null) {
      return Replies.apimError(
          404, 404, "Not Found", "Requested API with Id '" + apiId + "' not found");
    }
    if (!Fields.strings(api, "throttlingPolicies").contains(policy)) {
      return Replies.apimError(
          400,
          400,
          "Bad Request",
          "Tier "
              + policy
              + " is not allowed for API "
              + api.get("name")
              + "-"
              + api.get("version")
              + ". Only "
              + api.get("throttlingPolicies")
              + " Tiers are allowed.");
    }
    for (Map<String, Object> s : ctx.store.subscriptions.values()) {
      if (appId.equals(s.get("applicationId")) && apiId.equals(s.get("apiId"))) {
        // carbon-apimgt SubscriptionsApiServiceImpl.subscriptionsPost: an existing subscription
        // (ON_HOLD and REJECTED ones too) throws SubscriptionAlreadyExistingException →
        // RestApiUtil.handleResourceAlreadyExistsError, 409 "Resource Already Exists", naming the
        // API and application by their ids.
        return resourceAlreadyExists(
            "Specified subscription already exists for API "
                + apiId
                + ", for application "
                + appId);
      }
    }
    Map<String, Object> sub = new LinkedHashMap<>();
    sub.put("subscriptionId", UUID.randomUUID().toString());
    sub.put("applicationId", appId);
    sub.put("apiId", apiId);
    sub.put("throttlingPolicy", policy);
    sub.put("requestedThrottlingPolicy", body.getOrDefault("requestedThrottlingPolicy", policy));
    sub.put("status", ctx.settings.subscriptionApproval() ? "ON_HOLD" : "UNBLOCKED");
    ctx.store.subscriptions.put((String) sub.get("subscriptionId"), sub);
    if (ctx.settings.subscriptionApproval()) {
      // SubscriptionCreationApprovalWorkflowExecutor.execute: the task's description and
      // properties.
      Map<String, Object> app = ctx.store.applications.get(appId);
      WorkflowRoutes.open(
          ctx,
          WorkflowRoutes.SUBSCRIPTION_CREATION,
          (String) sub.get("subscriptionId"),
          "Approve API "
              + api.get("name")
              + " - "
              + api.get("version")
              + " subscription creation request from subscriber - "
              + Context.owner(t)
              + " for the application - "
              + app.get("name"),
          map(
              "apiName",
              api.get("name"),
              "apiVersion",
              api.get("version"),
              "subscriber",
              Context.owner(t),
              "applicationName",
              app.get("name")));
    }
    String location = ctx.apimBase + BASE + "/subscriptions/" + sub.get("subscriptionId");
    // carbon-apimgt SubscriptionsApiServiceImpl.subscriptionsPost answers 201 even when approval
    // is pending: the subscription's status says ON_HOLD (approved: UNBLOCKED).
    return Replies.apim(201, subView(sub)).withHeader("Location", location);
  }

  private static Reply resourceAlreadyExists(String description) {
    return Replies.apimError(409, 409, "Resource Already Exists", description);
  }

  private Reply listSubs(Request r) {
    TokenRecord t = ctx.requireApimToken(r, SUB_SCOPES);
    String appId = r.queryParam("applicationId");
    String apiId = r.queryParam("apiId");
    if (appId == null && apiId == null) {
      return Replies.apimError(
          400, 400, "Bad Request", "Either applicationId or apiId should be available");
    }
    if (appId != null) {
      ownedApp(ctx, appId, Context.owner(t));
    }
    List<Object> list = new ArrayList<>();
    for (Map<String, Object> s : ctx.store.subscriptions.values()) {
      Map<String, Object> app = ctx.store.applications.get(str(s, "applicationId"));
      if (app == null || !Context.owner(t).equalsIgnoreCase(str(app, "owner"))) {
        continue;
      }
      if ((appId == null || appId.equals(s.get("applicationId")))
          && (apiId == null || apiId.equals(s.get("apiId")))) {
        list.add(subView(s));
      }
    }
    return Replies.apim(200, page(list, r, "/subscriptions"));
  }

  private Map<String, Object> ownedSub(String id, String owner) {
    Map<String, Object> s = ctx.store.subscriptions.get(id);
    Map<String, Object> app =
        s == null ? null : ctx.store.applications.get(str(s, "applicationId"));
    if (app == null) {
      throw new Halt(
          Replies.apimError(
              404, 404, "Not Found", "Requested subscription with Id '" + id + "' not found"));
    }
    if (!owner.equalsIgnoreCase(str(app, "owner"))) {
      throw new Halt(Replies.forbidden("subscription", id));
    }
    return s;
  }

  private Reply getSub(Request r, Matcher m) {
    TokenRecord t = ctx.requireApimToken(r, SUB_SCOPES);
    return Replies.apim(200, subView(ownedSub(m.group(1), Context.owner(t))));
  }

  private Reply deleteSub(Request r, Matcher m) {
    TokenRecord t = ctx.requireApimToken(r, SUB_SCOPES);
    ownedSub(m.group(1), Context.owner(t));
    ctx.store.subscriptions.remove(m.group(1));
    return Reply.empty(200);
  }
}
