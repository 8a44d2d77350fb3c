package io.github.fsonboard.testkit.internal;

import static io.github.fsonboard.testkit.internal.Fields.str;

import io.github.fsonboard.testkit.IsVersion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * IS DCR v1.1 with WSO2's quirks: duplicate name is 400 {@code invalid_client_metadata}, an unknown
 * client is 401 with no body, another owner's client 403 with no body, GET by name uses the {@code
 * client_name} query parameter, a caller-chosen id/secret travels in {@code ext_param_client_id} /
 * {@code ext_param_client_secret}, fields {@code RegistrationRequestDTO} does not declare are
 * refused (IS 7.0) or dropped (IS 7.1), and PUT resets the flags it is not sent.
 */
public final class IsDcrRoutes {
  /** Where DCR v1.1 lives. */
  public static final String BASE = "/api/identity/oauth2/dcr/v1\\.1/register";

  /**
   * The JSON names identity-inbound-auth-oauth's {@code RegistrationRequestDTO} binds (dcr
   * endpoint, IS 7.x). {@code client_id} is not one of them: a chosen id goes in {@code
   * ext_param_client_id}. Nor is {@code jwks}: IS 7.0.26 and 7.0.259 take a client's keys by {@code
   * jwks_uri} only (RegistrationRequestDTO and UpdateRequestDTO), so keys by value are refused
   * (7.0) or dropped (7.1) like any undeclared member.
   */
  static final Set<String> REQUEST_FIELDS =
      Set.of(
          "redirect_uris",
          "client_name",
          "grant_types",
          "application_type",
          "jwks_uri",
          "url",
          "ext_param_client_id",
          "ext_param_client_secret",
          "contacts",
          "post_logout_redirect_uris",
          "request_uris",
          "response_types",
          "token_type_extension",
          "ext_token_type",
          "backchannel_logout_uri",
          "backchannel_logout_session_required",
          "ext_param_sp_template",
          "is_management_app",
          "ext_application_display_name",
          "ext_application_owner",
          "ext_application_token_lifetime",
          "ext_user_token_lifetime",
          "ext_refresh_token_lifetime",
          "ext_id_token_lifetime",
          "ext_pkce_mandatory",
          "ext_pkce_support_plain",
          "ext_public_client",
          "use_client_id_as_sub_claim_for_app_tokens",
          "omit_username_in_introspection_resp_for_app_tokens",
          "token_endpoint_auth_method",
          "token_endpoint_allow_reuse_pvt_key_jwt",
          "token_endpoint_auth_signing_alg",
          "sector_identifier_uri",
          "id_token_signed_response_alg",
          "id_token_encrypted_response_alg",
          "id_token_encrypted_response_enc",
          "request_object_signing_alg",
          "tls_client_auth_subject_dn",
          "require_pushed_authorization_requests",
          "require_signed_request_object",
          "tls_client_certificate_bound_access_tokens",
          "subject_type",
          "request_object_encryption_alg",
          "request_object_encryption_enc",
          "software_statement",
          "ext_allowed_audience");

  /**
   * The flags DCRMService.updateApplication sets from the PUT body's primitive booleans, so that a
   * PUT without them switches them off.
   */
  static final List<String> RESET_ON_PUT =
      List.of(
          "ext_pkce_mandatory",
          "ext_pkce_support_plain",
          "ext_public_client",
          "require_signed_request_object",
          "require_pushed_authorization_requests",
          "tls_client_certificate_bound_access_tokens");

  private final Context ctx;

  /**
   * Creates the routes.
   *
   * @param ctx the context
   */
  public IsDcrRoutes(Context ctx) {
    this.ctx = ctx;
  }

  /**
   * Registers the routes.
   *
   * @param router the IS router
   */
  public void register(Router router) {
    router.on("POST", BASE, (r, m) -> create(r));
    router.on("GET", BASE, (r, m) -> getByName(r));
    router.on("GET", BASE + "/([^/]+)", this::get);
    router.on("PUT", BASE + "/([^/]+)", this::update);
    router.on("DELETE", BASE + "/([^/]+)", this::delete);
  }

  /**
   * Requires IS admin Basic credentials or a bearer token holding the scope.
   *
   * @param ctx the context
   * @param r the request
   * @param scope the scope a bearer token needs
   * @return the caller's user name (or client id for application tokens)
   * @throws Halt 401 or 403 as the REST authentication valve answers them ({@link IsAuthValve})
   */
  static String requireIsAdmin(Context ctx, Request r, String scope) {
    String[] basic = r.basic();
    if (basic != null) {
      Store.User u = ctx.store.authenticate(basic[0], basic[1]);
      if (u == null) {
        throw new Halt(IsAuthValve.refuse(r, 401));
      }
      if (!u.isAdmin()) {
        throw new Halt(IsAuthValve.refuse(r, 403));
      }
      return u.username;
    }
    TokenRecord t = ctx.tokens.verify(r.bearer(), "is");
    if (t == null) {
      throw new Halt(IsAuthValve.refuse(r, 401));
    }
    if (!t.scopes().contains(scope)) {
      throw new Halt(IsAuthValve.refuse(r, 403));
    }
    return t.username() != null ? t.username() : t.clientId();
  }

  private Map<String, Object> body(Request r) {
    try {
      return Json.parseObject(r.bodyText());
    } catch (IllegalArgumentException e) {
      throw new Halt(Replies.dcrError(400, "invalid_client_metadata", "Invalid request body"));
    }
  }

  private Reply create(Request r) {
    String caller = requireIsAdmin(ctx, r, "internal_dcr_create");
    Map<String, Object> body = declaredFields(body(r));
    checkGrants(body);
    Store.Client client = createClient(ctx, body, caller);
    return Reply.json(201, view(client));
  }

  /**
   * Binds a request as the DTO does: IS 7.0 (strict Jackson) refuses the first undeclared field, IS
   * 7.1 collects it with {@code @JsonAnySetter} and, without an attribute filter, drops it.
   */
  private Map<String, Object> declaredFields(Map<String, Object> body) {
    Map<String, Object> kept = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : body.entrySet()) {
      if (REQUEST_FIELDS.contains(e.getKey())) {
        kept.put(e.getKey(), e.getValue());
      } else if (ctx.settings.isVersion() == IsVersion.V7_0) {
        throw new Halt(
            Replies.dcrError(400, "invalid_client_metadata", "Unrecognized field : " + e.getKey()));
      }
    }
    return kept;
  }

  /** DCRMService.validateGrantTypes: every grant must be one the server has a handler for. */
  private static void checkGrants(Map<String, Object> body) {
    for (String grant : Fields.strings(body, "grant_types")) {
      if (!IsOAuthRoutes.SERVER_GRANTS.contains(grant)) {
        throw new Halt(
            Replies.dcrError(
                400, "invalid_client_metadata", "'" + grant + "' grant type is not allowed."));
      }
    }
  }

  /**
   * Validates and stores an IS OAuth client (also used by APIM key generation through an IS key
   * manager).
   *
   * @param ctx the context
   * @param request DCR request fields
   * @param owner owner user name
   * @return the stored client
   * @throws Halt 400 in DCR shape on invalid metadata
   */
  static Store.Client createClient(Context ctx, Map<String, Object> request, String owner) {
    String name = str(request, "client_name");
    if (name == null || name.isBlank()) {
      throw new Halt(
          Replies.dcrError(400, "invalid_client_metadata", "Client Name is not present"));
    }
    requireNewName(ctx, name);
    Map<String, Object> meta = normalise(request);
    checkRedirects(meta);
    String id = str(request, "ext_param_client_id");
    meta.put("client_id", id != null ? id : ctx.store.clientCredential());
    String secret = str(request, "ext_param_client_secret");
    meta.put(
        "client_secret",
        Boolean.parseBoolean(String.valueOf(meta.get("ext_public_client")))
            ? null
            : secret != null ? secret : ctx.store.clientCredential());
    meta.put("client_secret_expires_at", 0L);
    meta.putIfAbsent("ext_application_owner", owner);
    Store.Client client = new Store.Client("is", meta, owner);
    ctx.store.clients.put(client.id(), client);
    return client;
  }

  /**
   * Refuses a client name an IS client already has, as IS DCRMService does.
   *
   * @param ctx the context
   * @param name the name
   * @throws Halt 400 {@code invalid_client_metadata} "Application with the name ... already exist
   *     in the system"
   */
  static void requireNewName(Context ctx, String name) {
    for (Store.Client c : ctx.store.clients.values()) {
      if ("is".equals(c.realm) && name.equals(c.metadata.get("client_name"))) {
        throw new Halt(
            Replies.dcrError(
                400,
                "invalid_client_metadata",
                "Application with the name " + name + " already exist in the system"));
      }
    }
  }

  private static Map<String, Object> normalise(Map<String, Object> request) {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("client_name", request.get("client_name"));
    meta.put("redirect_uris", Fields.strings(request, "redirect_uris"));
    meta.put(
        "grant_types",
        request.containsKey("grant_types")
            ? Fields.strings(request, "grant_types")
            : List.of("authorization_code", "implicit"));
    for (Map.Entry<String, Object> e : request.entrySet()) {
      if (!meta.containsKey(e.getKey())
          && !e.getKey().equals("client_id")
          && !e.getKey().equals("client_secret")
          && !e.getKey().startsWith("ext_param_")) {
        meta.put(e.getKey(), Fields.copy(e.getValue()));
      }
    }
    return meta;
  }

  private static void checkRedirects(Map<String, Object> meta) {
    List<String> grants = Fields.strings(meta, "grant_types");
    List<String> uris = Fields.strings(meta, "redirect_uris");
    if ((grants.contains("authorization_code") || grants.contains("implicit")) && uris.isEmpty()) {
      // DCRMService.validateRedirectionURI runs only for present URIs; the missing case is a
      // metadata error.
      throw new Halt(
          Replies.dcrError(
              400,
              "invalid_client_metadata",
              "Redirect URI is mandatory for the requested grants"));
    }
    for (String uri : uris) {
      if (!uri.startsWith("regexp=") && !uri.matches("[a-zA-Z][a-zA-Z0-9+.-]*://.+")) {
        throw new Halt(
            Replies.dcrError(400, "invalid_redirect_uri", "Invalid redirect URI: " + uri));
      }
    }
  }

  /**
   * The DCR response view of a client (request field spellings, as the server emits them).
   *
   * @param client the client
   * @return the view
   */
  static Map<String, Object> view(Store.Client client) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("client_id", client.id());
    out.put("client_secret", client.secret());
    out.put("client_secret_expires_at", client.metadata.get("client_secret_expires_at"));
    for (Map.Entry<String, Object> e : client.metadata.entrySet()) {
      out.putIfAbsent(e.getKey(), Fields.copy(e.getValue()));
    }
    return out;
  }

  /**
   * DCRMService.getApplicationById: an unknown client is a 401 with no body, another owner's a 403
   * with no body (DCRMEndpoint turns both DCRMClientExceptions into bare statuses). The admin
   * manages every client.
   */
  private Store.Client find(String id, String caller) {
    Store.Client c = ctx.store.clients.get(id);
    if (c == null || !"is".equals(c.realm)) {
      throw new Halt(Reply.empty(401));
    }
    Store.User user = ctx.store.user(caller);
    if (!caller.equalsIgnoreCase(c.owner) && (user == null || !user.isAdmin())) {
      throw new Halt(Reply.empty(403));
    }
    return c;
  }

  private Reply getByName(Request r) {
    requireIsAdmin(ctx, r, "internal_dcr_view");
    String name = r.queryParam("client_name");
    for (Store.Client c : ctx.store.clients.values()) {
      if ("is".equals(c.realm) && name != null && name.equals(c.metadata.get("client_name"))) {
        return Reply.json(200, view(c));
      }
    }
    return Reply.empty(401);
  }

  private Reply get(Request r, Matcher m) {
    String caller = requireIsAdmin(ctx, r, "internal_dcr_view");
    return Reply.json(200, view(find(m.group(1), caller)));
  }

  private Reply update(Request r, Matcher m) {
    String caller = requireIsAdmin(ctx, r, "internal_dcr_update");
    Store.Client c = find(m.group(1), caller);
    Map<String, Object> body = declaredFields(body(r));
    body.remove("ext_param_client_id");
    body.remove("ext_param_client_secret");
    checkGrants(body);
    putSemantics(c, body);
    String name = str(body, "client_name");
    if (name != null) {
      for (Store.Client other : ctx.store.clients.values()) {
        if (other != c
            && "is".equals(other.realm)
            && name.equals(other.metadata.get("client_name"))) {
          return Replies.dcrError(
              400,
              "invalid_client_metadata",
              "Application with the name " + name + " already exist in the system");
        }
      }
    }
    updateClient(c, body);
    // DCRMService.updateApplication sets the token binding type from
    // tls_client_certificate_bound_access_tokens (certificate or None), replacing a DPoP binding.
    Map<String, Object> app = ctx.store.isApplications.get(c.id());
    if (app != null) {
      app.remove("bindingType");
    }
    return Reply.json(200, view(c));
  }

  /**
   * DCRMService.updateApplication: the flags are primitive booleans in the PUT body, so an absent
   * one is written as false; empty grant types or redirect URIs leave the stored ones alone.
   */
  private static void putSemantics(Store.Client c, Map<String, Object> body) {
    for (String flag : RESET_ON_PUT) {
      body.putIfAbsent(flag, false);
    }
    for (String list : List.of("grant_types", "redirect_uris")) {
      if (Fields.strings(body, list).isEmpty()) {
        body.put(list, Fields.copy(c.metadata.get(list)));
      }
    }
  }

  /**
   * Applies a DCR update to a client: sent fields replace stored ones; id and secret stay unless a
   * new secret is given.
   *
   * @param c the client
   * @param body the update fields
   */
  static void updateClient(Store.Client c, Map<String, Object> body) {
    Map<String, Object> merged = new LinkedHashMap<>(c.metadata);
    for (Map.Entry<String, Object> e : body.entrySet()) {
      if (!e.getKey().equals("client_id")) {
        merged.put(e.getKey(), Fields.copy(e.getValue()));
      }
    }
    checkRedirects(merged);
    c.metadata.clear();
    c.metadata.putAll(merged);
  }

  private Reply delete(Request r, Matcher m) {
    String caller = requireIsAdmin(ctx, r, "internal_dcr_delete");
    Store.Client c = find(m.group(1), caller);
    ctx.store.clients.remove(c.id());
    return Reply.empty(204);
  }
}
