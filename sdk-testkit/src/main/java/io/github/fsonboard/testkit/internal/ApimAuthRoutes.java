package io.github.fsonboard.testkit.internal;

import static io.github.fsonboard.testkit.internal.Fields.map;
import static io.github.fsonboard.testkit.internal.Fields.str;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * APIM sign-in for its REST APIs: client registration v0.17 and the token endpoint (password and
 * refresh_token grants), plus the self sign-up endpoint (which APIM proxies to its user store).
 */
public final class ApimAuthRoutes {
  private final Context ctx;

  /**
   * Creates the routes.
   *
   * @param ctx the context
   */
  public ApimAuthRoutes(Context ctx) {
    this.ctx = ctx;
  }

  /**
   * Registers the routes.
   *
   * @param router the APIM router
   */
  public void register(Router router) {
    router.on("POST", "/client-registration/v0\\.17/register", (r, m) -> registerClient(r));
    router.on("POST", "/oauth2/token", (r, m) -> token(r));
    router.on("POST", "/oauth2/revoke", (r, m) -> revoke(r));
    router.on("POST", "(?:/t/[^/]+)?/api/identity/user/v1\\.0/me", (r, m) -> signUp(ctx, r));
  }

  private Reply registerClient(Request r) {
    String[] basic = r.basic();
    Store.User user = basic == null ? null : ctx.store.authenticate(basic[0], basic[1]);
    if (user == null) {
      return Replies.apimError(401, 401, "Unauthorized", "The user is not authorized");
    }
    Map<String, Object> body = r.json();
    String clientName = str(body, "clientName");
    if (clientName == null || clientName.isBlank()) {
      return Replies.apimError(400, 400, "Bad Request", "Application name cannot be empty");
    }
    String owner = str(body, "owner");
    if (owner != null && !owner.equalsIgnoreCase(user.username) && !user.isAdmin()) {
      return Replies.apimError(
          403,
          403,
          "Forbidden",
          "User " + user.username + " cannot create an application for " + owner);
    }
    String appOwner = owner != null ? owner : user.username;
    String key = Context.lower(appOwner) + "\n" + clientName;
    String existingId = ctx.store.restClientsByName.get(key);
    Store.Client client;
    if (existingId != null) {
      if (ctx.settings.reRegistrationForbidden()) {
        return Replies.apimError(
            403, 403, "Forbidden", "Application with name " + clientName + " already exists");
      }
      client = ctx.store.clients.get(existingId);
    } else {
      Map<String, Object> meta = new LinkedHashMap<>();
      meta.put("client_id", ctx.store.clientCredential());
      meta.put("client_secret", ctx.store.clientCredential());
      meta.put("client_name", clientName);
      meta.put("grant_types", Context.splitScopes(str(body, "grantType")));
      meta.put("callback_url", str(body, "callbackUrl"));
      meta.put("application_uuid", UUID.randomUUID().toString());
      meta.put("saas", body.get("saasApp"));
      client = new Store.Client("apim", meta, appOwner);
      ctx.store.clients.put(client.id(), client);
      ctx.store.restClientsByName.put(key, client.id());
    }
    Map<String, Object> m = client.metadata;
    Map<String, Object> jsonString =
        map(
            "grant_types", String.join(" ", client.grantTypes()),
            "client_name", m.get("client_name"),
            "redirect_uris", m.get("callback_url"));
    return Reply.json(
        200,
        map(
            "clientId", client.id(),
            "clientName", m.get("client_name"),
            "callBackURL", m.get("callback_url"),
            "clientSecret", client.secret(),
            "isSaasApplication", Boolean.parseBoolean(String.valueOf(m.get("saas"))),
            "appOwner", client.owner,
            "jsonString", Json.write(jsonString),
            "jsonAppAttribute", "{}",
            "applicationUUID", m.get("application_uuid"),
            "tokenType", "JWT"));
  }

  private Store.Client authenticateClient(Request r, Map<String, String> form) {
    String[] basic = r.basic();
    String id = basic != null ? basic[0] : form.get("client_id");
    String secret = basic != null ? basic[1] : form.get("client_secret");
    Store.Client client = id == null ? null : ctx.store.clients.get(id);
    if (client == null
        || !"apim".equals(client.realm)
        || secret == null
        || !secret.equals(client.secret())) {
      return null;
    }
    return client;
  }

  private Reply token(Request r) {
    Map<String, String> form = r.form();
    Store.Client client = authenticateClient(r, form);
    if (client == null) {
      return Replies.oauthError(401, "invalid_client", "Client Authentication failed.");
    }
    String grant = form.get("grant_type");
    if (grant == null) {
      return Replies.oauthError(400, "invalid_request", "Missing grant_type parameter value");
    }
    if (!grant.equals("password")
        && !grant.equals("refresh_token")
        && !grant.equals("client_credentials")) {
      return Replies.oauthError(400, "unsupported_grant_type", "Unsupported grant_type value");
    }
    if (!client.grantTypes().contains(grant)) {
      return Replies.oauthError(
          400,
          "unauthorized_client",
          "The authenticated client is not authorized to use this authorization grant type");
    }
    Store.User user;
    List<String> requested;
    if (grant.equals("password")) {
      user = ctx.store.authenticate(form.get("username"), form.get("password"));
      if (user == null) {
        return Replies.oauthError(
            400, "invalid_grant", "Authentication failed for " + form.get("username"));
      }
      requested = Context.splitScopes(form.get("scope"));
    } else if (grant.equals("client_credentials")) {
      user = ctx.store.user(client.owner);
      requested = Context.splitScopes(form.get("scope"));
    } else {
      String jti = ctx.store.refreshTokens.get(form.getOrDefault("refresh_token", ""));
      TokenRecord old = jti == null ? null : ctx.store.tokens.get(jti);
      if (old == null || !old.clientId().equals(client.id())) {
        return Replies.oauthError(400, "invalid_grant", "Persisted access token data not found");
      }
      ctx.store.refreshTokens.remove(form.get("refresh_token"));
      ctx.store.tokens.remove(jti);
      user = ctx.store.user(old.username());
      requested = form.get("scope") == null ? old.scopes() : Context.splitScopes(form.get("scope"));
    }
    List<String> allowed = user == null ? List.of() : Context.allowedApimScopes(user);
    List<String> granted = new ArrayList<>();
    for (String s : requested) {
      if (allowed.contains(s) || s.equals("openid")) {
        granted.add(s);
      }
    }
    if (granted.isEmpty()) {
      granted.add("default");
    }
    TokenRecord t =
        ctx.tokens.issue(
            "apim",
            ctx.apimBase + "/oauth2/token",
            client.id(),
            user == null ? null : user.username,
            granted,
            grant,
            !grant.equals("client_credentials"),
            null);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("access_token", t.accessToken());
    if (t.refreshToken() != null) {
      body.put("refresh_token", t.refreshToken());
    }
    body.put("scope", String.join(" ", granted));
    body.put("token_type", "Bearer");
    body.put("expires_in", ctx.tokens.lifetime().toSeconds());
    return Reply.json(200, body).withHeader("Cache-Control", "no-store");
  }

  private Reply revoke(Request r) {
    Map<String, String> form = r.form();
    Store.Client client = authenticateClient(r, form);
    if (client == null) {
      return Replies.oauthError(401, "unauthorized_client", "Client Authentication failed.");
    }
    IsOAuthRoutes.revokeToken(ctx, client, form.get("token"));
    return Reply.empty(200);
  }

  /** The role IS self-registration gives every self-signed-up user. */
  static final String SELF_SIGNUP_ROLE = "Internal/selfsignup";

  /**
   * Opens the sign-up's approval task as carbon-apimgt does: {@code
   * UserPostSelfRegistrationHandler} sets the user name as the workflow reference and email,
   * firstName, organization and country from the user's claims (when set); {@code
   * UserSignUpApprovalWorkflowExecutor.execute} adds tenantAwareUserName and tenantDomain and its
   * description.
   */
  private static void openSignUpTask(Context ctx, Store.User u) {
    Map<String, Object> props = new LinkedHashMap<>();
    String[][] claims = {
      {"email", "http://wso2.org/claims/emailaddress"},
      {"firstName", "http://wso2.org/claims/givenname"},
      {"organization", "http://wso2.org/claims/organization"},
      {"country", "http://wso2.org/claims/country"}
    };
    for (String[] c : claims) {
      Object value = ScimClaims.get(u.attributes, c[1]);
      if (value != null && !String.valueOf(value).isBlank()) {
        props.put(c[0], String.valueOf(value));
      }
    }
    props.put("tenantAwareUserName", u.username);
    props.put("tenantDomain", "carbon.super");
    WorkflowRoutes.open(
        ctx,
        WorkflowRoutes.USER_SIGNUP,
        u.username,
        "Approve APIStore signup request done by "
            + u.username
            + " from the tenant domain carbon.super",
        props);
  }

  /**
   * Self sign-up ({@code POST /api/identity/user/v1.0/me}), shared by both servers.
   *
   * @param ctx the context
   * @param r the request
   * @return the reply
   */
  @SuppressWarnings("unchecked")
  public static Reply signUp(Context ctx, Request r) {
    // WSO2 secures this resource: it needs HTTP Basic credentials of an existing account (its
    // samples use the admin). The REST authentication valve refuses others with a JSON body.
    String[] basic = r.basic();
    if (basic == null || ctx.store.authenticate(basic[0], basic[1]) == null) {
      return IsAuthValve.refuse(r, 401);
    }
    Map<String, Object> body;
    try {
      body = Json.parseObject(r.bodyText());
    } catch (IllegalArgumentException e) {
      return Replies.isError(400, "20049", "Bad Request", "Invalid request body");
    }
    if (!ctx.settings.selfSignUpEnabled()) {
      // identity-governance UserSelfRegistrationManager.registerUser checks the tenant's
      // SelfRegistration.Enable first: IdentityRecoveryConstants ERROR_CODE_DISABLE_SELF_SIGN_UP,
      // which MeApiServiceImpl.mePost answers as a 400 carrying that code and message.
      return Replies.isError(400, "20021", "Bad Request", "Self sign up feature is disabled");
    }
    Map<String, Object> user = Fields.obj(body, "user");
    String username = str(user, "username");
    String password = str(user, "password");
    if (username == null || username.isBlank() || password == null || password.isEmpty()) {
      return Replies.isError(400, "20049", "Bad Request", "Username and password are required");
    }
    if (ctx.store.user(username) != null) {
      return Replies.isError(
          409,
          "20030",
          "Conflict",
          "User " + username + " already exists in the system. Please use a different username.");
    }
    Store.User u = new Store.User(UUID.randomUUID().toString(), username, password);
    // The self-registration gives Internal/selfsignup; carbon-apimgt
    // UserPostSelfRegistrationHandler then runs the AM_USER_SIGNUP executor, whose simple variant
    // adds Internal/subscriber at once and whose approval variant only on approval.
    u.roles.add(ctx.settings.signUpApproval() ? SELF_SIGNUP_ROLE : "Internal/subscriber");
    u.roles.add("Internal/everyone");
    Object claims = user.get("claims");
    if (claims instanceof List<?> list) {
      for (Object c : list) {
        if (c instanceof Map<?, ?> cm) {
          Map<String, Object> claim = (Map<String, Object>) cm;
          // IS keeps the claims in its user store; SCIM2 reads them back under SCIM names.
          ScimClaims.put(u.attributes, String.valueOf(claim.get("uri")), claim.get("value"));
        }
      }
    }
    ctx.store.users.put(Context.lower(username), u);
    if (ctx.settings.signUpApproval()) {
      openSignUpTask(ctx, u);
    }
    // identity-governance MeApiServiceImpl.mePost: the body depends on the configuration.
    return switch (ctx.settings.signUpResponse()) {
      case EMPTY -> Reply.empty(201);
      case RECOVERY_ID -> Reply.typed(201, "text/plain", UUID.randomUUID().toString());
      case DETAILED ->
          Reply.json(
              201,
              map(
                  "code", "USR-02007",
                  "message", "Successful user self registration.",
                  "notificationChannel", "NONE",
                  "userId", u.id));
    };
  }
}
