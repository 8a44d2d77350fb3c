package io.github.fsonboard.testkit.internal;

import static io.github.fsonboard.testkit.internal.Fields.map;
import static io.github.fsonboard.testkit.internal.Fields.str;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;

/**
 * IS 7 management APIs: SCIM2 Users and Me, Roles v2, API resources, OAuth2 scopes, self sign-up
 * and application authorized APIs.
 */
public final class IsManagementRoutes {
  private static final String SCIM = "application/scim+json";
  private static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
  private static final String ROLE_SCHEMA = "urn:ietf:params:scim:schemas:extension:2.0:Role";
  private static final String LIST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
  private static final String API_RES = "/api/server/v1/api-resources";

  /** charon's ResponseCodeConstants.INVALID_FILTER, capitalised unlike RFC 7644's invalidFilter. */
  private static final String INVALID_FILTER = "InvalidFilter";

  private static final java.util.regex.Pattern REMOVE_BY_VALUE =
      java.util.regex.Pattern.compile("(\\w+)\\[value eq \"((?:[^\"\\\\]|\\\\.)*)\"\\]");
  private static final String SCOPES = "/api/identity/oauth2/v1\\.0/scopes";

  private final Context ctx;

  /**
   * Creates the routes.
   *
   * @param ctx the context
   */
  public IsManagementRoutes(Context ctx) {
    this.ctx = ctx;
  }

  /**
   * Registers the routes.
   *
   * @param router the IS router
   */
  public void register(Router router) {
    router.on(
        "POST",
        "(?:/t/[^/]+)?/api/identity/user/v1\\.0/me",
        (r, m) -> ApimAuthRoutes.signUp(ctx, r));
    router.on("POST", "/scim2/Users", (r, m) -> createUser(r));
    router.on("GET", "/scim2/Users", (r, m) -> listUsers(r));
    router.on("GET", "/scim2/Users/([^/]+)", this::getUser);
    router.on("DELETE", "/scim2/Users/([^/]+)", this::deleteUser);
    router.on("GET", "/scim2/Me", (r, m) -> me(r));
    router.on("POST", "/scim2/v2/Roles", (r, m) -> createRole(r));
    router.on("GET", "/scim2/v2/Roles", (r, m) -> listRoles(r));
    router.on("POST", "/scim2/v2/Roles/\\.search", (r, m) -> listRoles(r));
    router.on("GET", "/scim2/v2/Roles/([^/.][^/]*)", this::getRole);
    router.on("PATCH", "/scim2/v2/Roles/([^/.][^/]*)", this::patchRole);
    router.on("DELETE", "/scim2/v2/Roles/([^/.][^/]*)", this::deleteRole);
    router.on("POST", API_RES, (r, m) -> createApiResource(r));
    router.on("GET", API_RES, (r, m) -> listApiResources(r));
    router.on("GET", API_RES + "/([^/]+)", this::getApiResource);
    router.on("PATCH", API_RES + "/([^/]+)", this::patchApiResource);
    router.on("DELETE", API_RES + "/([^/]+)", this::deleteApiResource);
    router.on("DELETE", API_RES + "/([^/]+)/scopes/([^/]+)", this::deleteApiResourceScope);
    router.on("POST", SCOPES, (r, m) -> createScope(r));
    router.on("GET", SCOPES, (r, m) -> listScopes(r));
    router.on("GET", SCOPES + "/name/([^/]+)", this::getScope);
    router.on("HEAD", SCOPES + "/name/([^/]+)", this::headScope);
    router.on("PUT", SCOPES + "/name/([^/]+)", this::updateScope);
    router.on("DELETE", SCOPES + "/name/([^/]+)", this::deleteScope);
    router.on("POST", "/api/server/v1/applications/([^/]+)/authorized-apis", this::authorizeApi);
    router.on("GET", "/api/server/v1/applications/([^/]+)/authorized-apis", this::authorizedApis);
  }

  /** The REST valves answer refused calls in each API family's own shape ({@link IsAuthValve}). */
  private String admin(Request r, String scope) {
    return IsDcrRoutes.requireIsAdmin(ctx, r, scope);
  }

  private Map<String, Object> jsonBody(Request r, boolean scim) {
    try {
      return Json.parseObject(r.bodyText());
    } catch (IllegalArgumentException e) {
      throw new Halt(
          scim
              ? Replies.scimError(400, "invalidSyntax", "Request is unparsable")
              : Replies.isError(400, "60001", "Invalid request", "Malformed request body"));
    }
  }

  // ---- SCIM users --------------------------------------------------------------------------

  private Map<String, Object> userView(Store.User u) {
    Map<String, Object> v = new LinkedHashMap<>(Fields.copy(u.attributes));
    v.remove("password");
    // charon lists the core schema and each extension schema the resource carries.
    List<Object> schemas = new ArrayList<>(List.of(USER_SCHEMA));
    for (String ext : List.of(ScimClaims.ENTERPRISE, ScimClaims.WSO2)) {
      if (v.containsKey(ext)) {
        schemas.add(ext);
      }
    }
    v.put("schemas", schemas);
    v.put("id", u.id);
    v.put("userName", u.username);
    List<Object> roles = new ArrayList<>();
    u.roles.forEach(role -> roles.add(map("display", role, "value", role)));
    v.put("roles", roles);
    v.put("meta", map("resourceType", "User", "location", ctx.isBase + "/scim2/Users/" + u.id));
    return v;
  }

  private Reply createUser(Request r) {
    admin(r, "internal_user_mgt_create");
    Map<String, Object> body = jsonBody(r, true);
    String name = str(body, "userName");
    String password = str(body, "password");
    if (name == null || name.isBlank()) {
      return Replies.scimError(400, "invalidValue", "Required attribute userName is missing");
    }
    if (ctx.store.user(name) != null) {
      // charon's ConflictException carries no scimType (it sets one only for 400s).
      return Replies.scimError(
          409, null, "User with the name: " + name + " already exists in the system.");
    }
    Store.User u =
        new Store.User(UUID.randomUUID().toString(), name, password == null ? "" : password);
    u.attributes = Fields.copy(body);
    u.attributes.remove("password");
    u.attributes.remove("schemas");
    u.roles.add("Internal/everyone");
    ctx.store.users.put(Context.lower(name), u);
    return Reply.typed(201, SCIM, Json.write(userView(u)))
        .withHeader("Location", ctx.isBase + "/scim2/Users/" + u.id);
  }

  private Reply listUsers(Request r) {
    admin(r, "internal_user_mgt_list");
    String filter = r.queryParam("filter");
    String wanted = null;
    if (filter != null) {
      Matcher m =
          java.util.regex.Pattern.compile("(?i)userName\\s+eq\\s+\"?([^\"]+)\"?")
              .matcher(filter.trim());
      if (!m.matches()) {
        return Replies.scimError(400, INVALID_FILTER, "Unsupported filter " + filter);
      }
      wanted = m.group(1);
    }
    List<Object> resources = new ArrayList<>();
    for (Store.User u : ctx.store.users.values()) {
      if (wanted == null || u.username.equalsIgnoreCase(wanted)) {
        resources.add(userView(u));
      }
    }
    Map<String, Object> body =
        map(
            "totalResults",
            resources.size(),
            "startIndex",
            1,
            "itemsPerPage",
            resources.size(),
            "schemas",
            List.of(LIST_SCHEMA));
    if (!resources.isEmpty()) {
      body.put("Resources", resources);
    }
    return Reply.typed(200, SCIM, Json.write(body));
  }

  private Store.User userById(String id) {
    for (Store.User u : ctx.store.users.values()) {
      if (u.id.equals(id)) {
        return u;
      }
    }
    throw new Halt(Replies.scimError(404, null, "Specified resource; User does not exist."));
  }

  private Reply getUser(Request r, Matcher m) {
    admin(r, "internal_user_mgt_view");
    return Reply.typed(200, SCIM, Json.write(userView(userById(m.group(1)))));
  }

  private Reply deleteUser(Request r, Matcher m) {
    admin(r, "internal_user_mgt_delete");
    Store.User u = userById(m.group(1));
    ctx.store.users.remove(Context.lower(u.username));
    return Reply.empty(204);
  }

  private Reply me(Request r) {
    TokenRecord t = ctx.tokens.verify(r.bearer(), null);
    Store.User u = null;
    if (t != null && t.username() != null) {
      u = ctx.store.user(t.username());
    } else if (r.basic() != null) {
      u = ctx.store.authenticate(r.basic()[0], r.basic()[1]);
    }
    if (u == null) {
      return IsAuthValve.refuse(r, 401);
    }
    return Reply.typed(200, SCIM, Json.write(userView(u)));
  }

  // ---- Roles v2 ----------------------------------------------------------------------------

  private Reply createRole(Request r) {
    admin(r, "internal_role_mgt_create");
    Map<String, Object> body = jsonBody(r, true);
    String name = str(body, "displayName");
    if (name == null || name.isBlank()) {
      return Replies.scimError(400, "invalidValue", "Role name is required");
    }
    Map<String, Object> audience = Fields.obj(body, "audience");
    if (!audience.isEmpty()
        && !List.of("application", "organization")
            .contains(String.valueOf(audience.get("type")).toLowerCase(java.util.Locale.ROOT))) {
      return Replies.scimError(400, "invalidValue", "Invalid audience type");
    }
    for (Map<String, Object> role : ctx.store.roles.values()) {
      if (name.equals(role.get("displayName"))
          && String.valueOf(Fields.obj(role, "audience").get("value"))
              .equals(String.valueOf(audience.get("value")))) {
        // RoleV2Manager: the same charon ConflictException, no scimType.
        return Replies.scimError(
            409, null, "Role with name: " + name + " already exists in the system.");
      }
    }
    String id = UUID.randomUUID().toString();
    Map<String, Object> role = new LinkedHashMap<>();
    role.put("schemas", List.of(ROLE_SCHEMA));
    role.put("id", id);
    role.put("displayName", name);
    if (!audience.isEmpty()) {
      role.put("audience", audience);
    }
    role.put("users", Fields.copy(body.getOrDefault("users", List.of())));
    role.put("permissions", Fields.copy(body.getOrDefault("permissions", List.of())));
    role.put("meta", map("resourceType", "Role", "location", ctx.isBase + "/scim2/v2/Roles/" + id));
    ctx.store.roles.put(id, role);
    // IS answers a creation with the role's identity only (RolePostResponseObjectV2).
    Map<String, Object> created = Fields.copy(role);
    created.remove("users");
    created.remove("permissions");
    return Reply.typed(201, SCIM, Json.write(created))
        .withHeader("Location", ctx.isBase + "/scim2/v2/Roles/" + id);
  }

  private Reply listRoles(Request r) {
    admin(r, "internal_role_mgt_view");
    String filter = r.queryParam("filter");
    if ("POST".equals(r.method())) {
      filter = str(jsonBody(r, true), "filter");
    }
    String wanted = null;
    if (filter != null) {
      Matcher m =
          java.util.regex.Pattern.compile("(?i)displayName\\s+eq\\s+\"?([^\"]+)\"?")
              .matcher(filter.trim());
      if (!m.matches()) {
        return Replies.scimError(400, INVALID_FILTER, "Unsupported filter " + filter);
      }
      wanted = m.group(1);
    }
    List<Object> resources = new ArrayList<>();
    for (Map<String, Object> role : ctx.store.roles.values()) {
      if (wanted == null || wanted.equals(role.get("displayName"))) {
        resources.add(Fields.copy(role));
      }
    }
    Map<String, Object> body =
        map(
            "schemas",
            List.of(LIST_SCHEMA),
            "totalResults",
            resources.size(),
            "startIndex",
            1,
            "itemsPerPage",
            resources.size());
    body.put("Resources", resources);
    return Reply.typed(200, SCIM, Json.write(body));
  }

  private Map<String, Object> role(String id) {
    Map<String, Object> role = ctx.store.roles.get(id);
    if (role == null) {
      throw new Halt(Replies.scimError(404, null, "A role with the id: " + id + " is not found."));
    }
    return role;
  }

  private Reply getRole(Request r, Matcher m) {
    admin(r, "internal_role_mgt_view");
    return Reply.typed(200, SCIM, Json.write(role(m.group(1))));
  }

  @SuppressWarnings("unchecked")
  private Reply patchRole(Request r, Matcher m) {
    admin(r, "internal_role_mgt_update");
    Map<String, Object> role = role(m.group(1));
    Map<String, Object> body = jsonBody(r, true);
    Object ops = body.get("Operations");
    if (!(ops instanceof List<?> list)) {
      return Replies.scimError(400, "invalidSyntax", "Operations are required");
    }
    for (Object o : list) {
      Map<String, Object> op = o instanceof Map<?, ?> om ? (Map<String, Object>) om : Map.of();
      String kind = String.valueOf(op.get("op")).toLowerCase(java.util.Locale.ROOT);
      Object value = op.get("value");
      String path = str(op, "path");
      if ("remove".equals(kind)) {
        // SCIMRoleManagerV2.patchRole: a remove names one member by attr[value eq "x"]; a remove
        // carrying a value list is refused.
        Matcher f = path == null ? null : REMOVE_BY_VALUE.matcher(path);
        if (f == null || !f.matches()) {
          return Replies.scimError(
              400, "invalidSyntax", "Remove supports only a path of the form attr[value eq \"x\"]");
        }
        String target = f.group(2).replace("\\\"", "\"").replace("\\\\", "\\");
        List<Object> current =
            new ArrayList<>(role.get(f.group(1)) instanceof List<?> l ? l : List.of());
        current.removeIf(
            item -> item instanceof Map<?, ?> im && target.equals(String.valueOf(im.get("value"))));
        role.put(f.group(1), Fields.copy(current));
        continue;
      }
      Map<String, Object> values =
          value instanceof Map<?, ?> vm && path == null
              ? (Map<String, Object>) vm
              : path != null ? map(path, value) : Map.of();
      for (Map.Entry<String, Object> e : values.entrySet()) {
        if (e.getKey().equals("displayName")) {
          role.put("displayName", e.getValue());
          continue;
        }
        List<Object> current =
            new ArrayList<>(role.get(e.getKey()) instanceof List<?> l ? l : List.of());
        List<Object> given = e.getValue() instanceof List<?> l ? new ArrayList<>(l) : List.of();
        switch (kind) {
          case "add" -> {
            for (Object g : given) {
              if (!current.contains(g)) {
                current.add(g);
              }
            }
          }
          case "replace" -> current = new ArrayList<>(given);
          default -> {
            return Replies.scimError(400, "invalidSyntax", "Unknown operation " + kind);
          }
        }
        role.put(e.getKey(), Fields.copy(current));
      }
    }
    return Reply.typed(200, SCIM, Json.write(role));
  }

  private Reply deleteRole(Request r, Matcher m) {
    admin(r, "internal_role_mgt_delete");
    role(m.group(1));
    ctx.store.roles.remove(m.group(1));
    return Reply.empty(204);
  }

  // ---- API resources -----------------------------------------------------------------------

  private Map<String, Object> apiResourceView(Map<String, Object> res, boolean full) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("id", res.get("id"));
    v.put("name", res.get("name"));
    if (full) {
      v.put("description", res.get("description"));
    }
    v.put("identifier", res.get("identifier"));
    v.put("type", "BUSINESS");
    v.put("requiresAuthorization", res.get("requiresAuthorization"));
    if (full) {
      v.put("scopes", Fields.copy(res.get("scopes")));
      v.put("subscribedApplications", List.of());
    }
    v.put("properties", List.of());
    v.put("self", "/api/server/v1/api-resources/" + res.get("id"));
    return v;
  }

  private List<Object> scopesOf(List<?> given) {
    List<Object> out = new ArrayList<>();
    for (Object o : given) {
      if (o instanceof Map<?, ?> s && s.get("name") != null) {
        out.add(
            map(
                "id",
                UUID.randomUUID().toString(),
                "name",
                s.get("name"),
                "displayName",
                s.get("displayName") != null ? s.get("displayName") : s.get("name"),
                "description",
                s.get("description") != null ? s.get("description") : ""));
      } else {
        throw new Halt(
            Replies.isError(
                400, "API-RESOURCE-60001", "Invalid request", "Scope name is required"));
      }
    }
    return out;
  }

  private boolean scopeTaken(String name) {
    for (Map<String, Object> res : ctx.store.apiResources.values()) {
      for (Object s : (List<?>) res.get("scopes")) {
        if (name.equals(((Map<?, ?>) s).get("name"))) {
          return true;
        }
      }
    }
    return false;
  }

  private Reply createApiResource(Request r) {
    admin(r, "internal_api_resource_create");
    Map<String, Object> body = jsonBody(r, false);
    if (!Fields.has(body, "name") || !Fields.has(body, "identifier")) {
      return Replies.isError(
          400, "API-RESOURCE-60001", "Invalid request", "name and identifier are required");
    }
    for (Map<String, Object> res : ctx.store.apiResources.values()) {
      if (body.get("identifier").equals(res.get("identifier"))) {
        return Replies.isError(
            409,
            "API-RESOURCE-60003",
            "API resource already exists",
            "API resource with identifier " + body.get("identifier") + " already exists");
      }
    }
    List<Object> scopes = scopesOf(body.get("scopes") instanceof List<?> l ? l : List.of());
    for (Object s : scopes) {
      String name = String.valueOf(((Map<?, ?>) s).get("name"));
      if (scopeTaken(name)) {
        return Replies.isError(
            409, "API-RESOURCE-60004", "Scope already exists", "Scope " + name + " already exists");
      }
    }
    String id = UUID.randomUUID().toString();
    Map<String, Object> res = new LinkedHashMap<>();
    res.put("id", id);
    res.put("name", body.get("name"));
    res.put("description", body.getOrDefault("description", ""));
    res.put("identifier", body.get("identifier"));
    res.put("requiresAuthorization", body.getOrDefault("requiresAuthorization", true));
    res.put("scopes", scopes);
    ctx.store.apiResources.put(id, res);
    return Reply.json(201, apiResourceView(res, true))
        .withHeader("Location", ctx.isBase + API_RES + "/" + id);
  }

  /**
   * ServerAPIResourceManagementService.getAPIResources: the list key is {@code apiResources}, the
   * page size defaults to 10, and paging runs on base64 {@code before}/{@code after} cursors handed
   * out in {@code links}; asking for both at once is 400 API-RESOURCE-60011.
   */
  private Reply listApiResources(Request r) {
    admin(r, "internal_api_resource_view");
    String before = r.queryParam("before");
    String after = r.queryParam("after");
    if (before != null && after != null) {
      return Replies.isError(
          400,
          "API-RESOURCE-60011",
          "Invalid pagination parameters",
          "Both 'before' and 'after' parameters cannot be specified at the same time.");
    }
    int limit;
    try {
      limit = r.queryParam("limit") == null ? 10 : Integer.parseInt(r.queryParam("limit"));
    } catch (NumberFormatException e) {
      limit = -1;
    }
    if (limit < 1) {
      return Replies.isError(
          400, "API-RESOURCE-60001", "Invalid request", "limit must be a positive number");
    }
    String filter = r.queryParam("filter");
    String wanted = null;
    if (filter != null) {
      Matcher m =
          java.util.regex.Pattern.compile("(?i)identifier\\s+eq\\s+(.+)").matcher(filter.trim());
      if (!m.matches()) {
        return Replies.isError(
            400, "API-RESOURCE-60002", "Invalid filter", "Unsupported filter " + filter);
      }
      wanted = m.group(1).trim();
    }
    List<Map<String, Object>> all = new ArrayList<>();
    for (Map<String, Object> res : ctx.store.apiResources.values()) {
      if (wanted == null || wanted.equals(res.get("identifier"))) {
        all.add(res);
      }
    }
    int from = 0;
    int to = all.size();
    if (after != null) {
      from = cursorIndex(all, after) + 1;
      to = Math.min(all.size(), from + limit);
    } else if (before != null) {
      to = cursorIndex(all, before);
      from = Math.max(0, to - limit);
    } else {
      to = Math.min(all.size(), limit);
    }
    List<Object> page = new ArrayList<>();
    for (Map<String, Object> res : all.subList(from, Math.max(from, to))) {
      page.add(apiResourceView(res, false));
    }
    List<Object> links = new ArrayList<>();
    String base = API_RES + "?limit=" + limit + (filter == null ? "" : "&filter=" + enc(filter));
    if (from > 0 && to > from) {
      links.add(map("href", base + "&before=" + cursor(all.get(from)), "rel", "previous"));
    }
    if (to < all.size() && to > from) {
      links.add(map("href", base + "&after=" + cursor(all.get(to - 1)), "rel", "next"));
    }
    return Reply.json(200, map("totalResults", page.size(), "links", links, "apiResources", page));
  }

  private static String cursor(Map<String, Object> res) {
    return java.util.Base64.getEncoder()
        .encodeToString(String.valueOf(res.get("id")).getBytes(StandardCharsets.UTF_8));
  }

  private static int cursorIndex(List<Map<String, Object>> all, String cursor) {
    String id;
    try {
      id = new String(java.util.Base64.getDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new Halt(
          Replies.isError(400, "API-RESOURCE-60001", "Invalid request", "Invalid cursor"));
    }
    for (int i = 0; i < all.size(); i++) {
      if (id.equals(all.get(i).get("id"))) {
        return i;
      }
    }
    throw new Halt(Replies.isError(400, "API-RESOURCE-60001", "Invalid request", "Invalid cursor"));
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private Map<String, Object> apiResource(String id) {
    Map<String, Object> res = ctx.store.apiResources.get(id);
    if (res == null) {
      throw new Halt(
          Replies.isError(
              404,
              "API-RESOURCE-60002",
              "API resource not found",
              "API resource " + id + " not found"));
    }
    return res;
  }

  private Reply getApiResource(Request r, Matcher m) {
    admin(r, "internal_api_resource_view");
    return Reply.json(200, apiResourceView(apiResource(m.group(1)), true));
  }

  @SuppressWarnings("unchecked")
  private Reply patchApiResource(Request r, Matcher m) {
    admin(r, "internal_api_resource_update");
    Map<String, Object> res = apiResource(m.group(1));
    Map<String, Object> body = jsonBody(r, false);
    if (!Fields.strings(body, "removedScopes").isEmpty()) {
      // ApiResourcesApiServiceImpl.patchAPIResource: removing scopes by PATCH is not implemented;
      // DELETE /api-resources/{id}/scopes/{name} removes one.
      return Replies.isError(
          501,
          "API-RESOURCE-60006",
          "Not implemented",
          "Removing scopes is not supported. Use DELETE /api-resources/{id}/scopes/{name}.");
    }
    List<Object> added = scopesOf(body.get("addedScopes") instanceof List<?> l ? l : List.of());
    for (Object s : added) {
      String name = String.valueOf(((Map<?, ?>) s).get("name"));
      if (scopeTaken(name)) {
        return Replies.isError(
            409, "API-RESOURCE-60004", "Scope already exists", "Scope " + name + " already exists");
      }
    }
    if (body.containsKey("name")) {
      res.put("name", body.get("name"));
    }
    if (body.containsKey("description")) {
      res.put("description", body.get("description"));
    }
    ((List<Object>) res.get("scopes")).addAll(added);
    return Reply.empty(204);
  }

  /** APIResourceManagementService.deleteAPIScopeByScopeName: removes one scope, 204. */
  @SuppressWarnings("unchecked")
  private Reply deleteApiResourceScope(Request r, Matcher m) {
    admin(r, "internal_api_resource_delete");
    Map<String, Object> res = apiResource(m.group(1));
    ((List<Object>) res.get("scopes"))
        .removeIf(s -> m.group(2).equals(((Map<?, ?>) s).get("name")));
    return Reply.empty(204);
  }

  private Reply deleteApiResource(Request r, Matcher m) {
    admin(r, "internal_api_resource_delete");
    ctx.store.apiResources.remove(m.group(1));
    return Reply.empty(204);
  }

  // ---- OAuth2 scopes -----------------------------------------------------------------------

  private Reply createScope(Request r) {
    admin(r, "internal_oauth_scope_create");
    Map<String, Object> body = jsonBody(r, false);
    String name = str(body, "name");
    if (name == null || name.isBlank() || !Fields.has(body, "displayName")) {
      return Replies.isError(400, "41001", "Bad Request", "name and displayName are required");
    }
    if (ctx.store.scopes.containsKey(name)) {
      return Replies.isError(
          409, "41004", "Conflict", "Scope with name " + name + " already exists in the system");
    }
    Map<String, Object> scope =
        map(
            "name",
            name,
            "displayName",
            body.get("displayName"),
            "description",
            body.getOrDefault("description", ""),
            "bindings",
            Fields.strings(body, "bindings"));
    ctx.store.scopes.put(name, scope);
    return Reply.json(201, Fields.copy(scope))
        .withHeader("Location", ctx.isBase + "/api/identity/oauth2/v1.0/scopes/name/" + name);
  }

  private Reply listScopes(Request r) {
    admin(r, "internal_oauth_scope_view");
    return Reply.json(
        200, new ArrayList<>(Fields.copy(new ArrayList<>(ctx.store.scopes.values()))));
  }

  private Map<String, Object> scope(String name) {
    Map<String, Object> s = ctx.store.scopes.get(name);
    if (s == null) {
      throw new Halt(Replies.isError(404, "41003", "Not Found", "Scope " + name + " is not found"));
    }
    return s;
  }

  private Reply getScope(Request r, Matcher m) {
    admin(r, "internal_oauth_scope_view");
    return Reply.json(200, Fields.copy(scope(m.group(1))));
  }

  private Reply headScope(Request r, Matcher m) {
    admin(r, "internal_oauth_scope_view");
    return Reply.empty(ctx.store.scopes.containsKey(m.group(1)) ? 200 : 404);
  }

  private Reply updateScope(Request r, Matcher m) {
    admin(r, "internal_oauth_scope_update");
    Map<String, Object> s = scope(m.group(1));
    Map<String, Object> body = jsonBody(r, false);
    if (!Fields.has(body, "displayName")) {
      return Replies.isError(400, "41001", "Bad Request", "displayName is required");
    }
    s.put("displayName", body.get("displayName"));
    s.put("description", body.getOrDefault("description", ""));
    s.put("bindings", Fields.strings(body, "bindings"));
    return Reply.json(200, Fields.copy(s));
  }

  private Reply deleteScope(Request r, Matcher m) {
    admin(r, "internal_oauth_scope_delete");
    scope(m.group(1));
    ctx.store.scopes.remove(m.group(1));
    return Reply.empty(204);
  }

  // ---- authorized APIs ---------------------------------------------------------------------

  /**
   * ApplicationManagementService.addAuthorizedAPI (ServerApplicationManagementService): 200 with no
   * body; an unknown API resource is APP-60507, a scope the resource does not have APP-60508, and
   * authorizing an API twice 409 APP-60509.
   */
  private Reply authorizeApi(Request r, Matcher m) {
    admin(r, "internal_application_mgt_update");
    Map<String, Object> body = jsonBody(r, false);
    String id = str(body, "id");
    Map<String, Object> res = id == null ? null : ctx.store.apiResources.get(id);
    if (res == null) {
      return Replies.isError(
          400, "APP-60507", "Invalid API resource", "API resource " + id + " is not found");
    }
    List<String> known = new ArrayList<>();
    for (Object s : (List<?>) res.get("scopes")) {
      known.add(String.valueOf(((Map<?, ?>) s).get("name")));
    }
    for (String scope : Fields.strings(body, "scopes")) {
      if (!known.contains(scope)) {
        return Replies.isError(
            400, "APP-60508", "Invalid scope", "Scope " + scope + " is not found in " + id);
      }
    }
    List<Map<String, Object>> apis =
        ctx.store.authorizedApis.computeIfAbsent(m.group(1), k -> new ArrayList<>());
    for (Map<String, Object> api : apis) {
      if (id.equals(api.get("id"))) {
        return Replies.isError(
            409,
            "APP-60509",
            "API already authorized",
            "API resource " + id + " is already authorized for the application");
      }
    }
    apis.add(
        map(
            "id",
            id,
            "policyIdentifier",
            body.getOrDefault("policyIdentifier", "RBAC"),
            "scopes",
            Fields.strings(body, "scopes")));
    return Reply.empty(200);
  }

  private Reply authorizedApis(Request r, Matcher m) {
    admin(r, "internal_application_mgt_view");
    return Reply.json(
        200,
        new ArrayList<>(Fields.copy(ctx.store.authorizedApis.getOrDefault(m.group(1), List.of()))));
  }
}
