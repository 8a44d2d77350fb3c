package io.github.fsonboard.testkit.internal;

import static io.github.fsonboard.testkit.internal.Fields.map;
import static io.github.fsonboard.testkit.internal.Fields.str;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;

/** Admin API v4 {@code /key-managers}: list, get, create, update, delete, discover. */
public final class KeyManagerRoutes {
  /** Where admin API v4 lives. */
  public static final String BASE = "/api/am/admin/v4";

  /** The name of the built-in key manager. */
  public static final String RESIDENT = "Resident Key Manager";

  /** What WSO2 returns in place of a secret. */
  public static final String MASK = "*****";

  /** fsKeyManager connector values that must be present, in WSO2's validation order. */
  static final List<String> FS_REQUIRED =
      List.of("Username", "Password", "api_resource_management_endpoint", "is7_roles_endpoint");

  /** Key manager types with a connector in APIM 4.x (plus FS's fsKeyManager). */
  static final List<String> CONNECTOR_TYPES =
      List.of(
          "default",
          "fsKeyManager",
          "WSO2-IS",
          "WSO2-IS-7",
          "KeyCloak",
          "Okta",
          "Auth0",
          "PingFederate",
          "ForgeRock",
          "AzureAD");

  private static final String[] SCOPES = {"apim:admin", "apim:admin_operations"};

  private final Context ctx;

  /**
   * Creates the routes.
   *
   * @param ctx the context
   */
  public KeyManagerRoutes(Context ctx) {
    this.ctx = ctx;
  }

  /**
   * Seeds the Resident Key Manager (enabled), as a fresh APIM has it.
   *
   * @param ctx the context
   */
  public static void seedResident(Context ctx) {
    String base = ctx.apimBase;
    Map<String, Object> km = new LinkedHashMap<>();
    km.put("id", UUID.randomUUID().toString());
    km.put("name", RESIDENT);
    km.put("displayName", RESIDENT);
    km.put("type", "default");
    km.put("description", "This is Resident Key Manager");
    km.put("wellKnownEndpoint", "");
    km.put("introspectionEndpoint", base + "/oauth2/introspect");
    km.put("clientRegistrationEndpoint", base + "/keymanager-operations/dcr/register");
    km.put("tokenEndpoint", base + "/oauth2/token");
    km.put("displayTokenEndpoint", "");
    km.put("revokeEndpoint", base + "/oauth2/revoke");
    km.put("displayRevokeEndpoint", "");
    km.put("userInfoEndpoint", base + "/keymanager-operations/user-info/claims/generate");
    km.put("authorizeEndpoint", base + "/oauth2/authorize");
    km.put("certificates", map("type", "JWKS", "value", base + "/oauth2/jwks"));
    km.put("issuer", base + "/oauth2/token");
    km.put("alias", "");
    km.put("scopeManagementEndpoint", base + "/api/identity/oauth2/v1.0/scopes");
    km.put(
        "availableGrantTypes",
        List.of(
            "refresh_token",
            "password",
            "client_credentials",
            "authorization_code",
            "urn:ietf:params:oauth:grant-type:jwt-bearer"));
    km.put("enableTokenGeneration", true);
    km.put("enableTokenEncryption", false);
    km.put("enableTokenHashing", false);
    km.put("enableMapOAuthConsumerApps", false);
    km.put("enableOAuthAppCreation", true);
    km.put("enableSelfValidationJWT", true);
    km.put("claimMapping", List.of());
    km.put("consumerKeyClaim", "azp");
    km.put("scopesClaim", "scope");
    km.put("tokenValidation", List.of());
    km.put("enabled", true);
    km.put("additionalProperties", new LinkedHashMap<>());
    km.put("permissions", map("permissionType", "PUBLIC", "roles", List.of()));
    km.put("tokenType", "DIRECT");
    km.put("allowedOrganizations", List.of("ALL"));
    ctx.store.keyManagers.put((String) km.get("id"), km);
  }

  /**
   * An fsKeyManager as a bank admin creates it in the Admin Portal (APIM admin API v4 body): the IS
   * 7 endpoints, the connector's IS admin credentials and roles creation on.
   *
   * @param isBase the Identity Server base URL
   * @param name the key manager name
   * @param isAdminUser the connector's IS admin user
   * @param isAdminPassword the connector's IS admin password
   * @return a mutable create body
   */
  public static Map<String, Object> fsKeyManagerBody(
      String isBase, String name, String isAdminUser, String isAdminPassword) {
    Map<String, Object> km = new LinkedHashMap<>();
    km.put("name", name);
    km.put("displayName", name);
    km.put("type", "fsKeyManager");
    km.put("description", "FS key manager " + name);
    km.put("wellKnownEndpoint", isBase + "/oauth2/token/.well-known/openid-configuration");
    km.put("introspectionEndpoint", isBase + "/oauth2/introspect");
    km.put("clientRegistrationEndpoint", isBase + "/api/identity/oauth2/dcr/v1.1/register");
    km.put("tokenEndpoint", isBase + "/oauth2/token");
    km.put("displayTokenEndpoint", isBase + "/oauth2/token");
    km.put("revokeEndpoint", isBase + "/oauth2/revoke");
    km.put("displayRevokeEndpoint", isBase + "/oauth2/revoke");
    km.put("userInfoEndpoint", isBase + "/scim2/Me");
    km.put("authorizeEndpoint", isBase + "/oauth2/authorize");
    km.put("certificates", map("type", "JWKS", "value", isBase + "/oauth2/jwks"));
    km.put("issuer", isBase + "/oauth2/token");
    km.put("scopeManagementEndpoint", isBase + "/api/identity/oauth2/v1.0/scopes");
    km.put(
        "availableGrantTypes",
        new ArrayList<>(
            List.of(
                "refresh_token",
                "client_credentials",
                "authorization_code",
                "urn:ietf:params:oauth:grant-type:jwt-bearer")));
    km.put("enableTokenGeneration", true);
    km.put("enableTokenEncryption", false);
    km.put("enableTokenHashing", false);
    km.put("enableMapOAuthConsumerApps", true);
    km.put("enableOAuthAppCreation", true);
    km.put("enableSelfValidationJWT", true);
    km.put("claimMapping", new ArrayList<>());
    km.put("consumerKeyClaim", "azp");
    km.put("scopesClaim", "scope");
    km.put("tokenValidation", new ArrayList<>());
    km.put("enabled", true);
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("Username", isAdminUser);
    props.put("Password", isAdminPassword);
    props.put("api_resource_management_endpoint", isBase + "/api/server/v1/api-resources");
    props.put("is7_roles_endpoint", isBase + "/scim2/v2/Roles");
    props.put("enable_roles_creation", true);
    km.put("additionalProperties", props);
    km.put("permissions", map("permissionType", "PUBLIC", "roles", new ArrayList<>()));
    km.put("tokenType", "DIRECT");
    km.put("allowedOrganizations", new ArrayList<>(List.of("ALL")));
    return km;
  }

  /**
   * Seeds an fsKeyManager as if the bank admin had created it, connected with the emulator's admin
   * credentials ({@code Fixture.Builder#fsKeyManager}).
   *
   * @param ctx the context
   * @param name the key manager name
   * @param isAdminUser the connector's IS admin user
   * @param isAdminPassword the connector's IS admin password
   */
  public static void seedFsKeyManager(
      Context ctx, String name, String isAdminUser, String isAdminPassword) {
    Map<String, Object> km = fsKeyManagerBody(ctx.isBase, name, isAdminUser, isAdminPassword);
    km.put("id", UUID.randomUUID().toString());
    ctx.store.keyManagers.put((String) km.get("id"), km);
  }

  /**
   * Registers the routes.
   *
   * @param router the APIM router
   */
  public void register(Router router) {
    router.on("GET", BASE + "/key-managers", (r, m) -> list(r));
    router.on("POST", BASE + "/key-managers", (r, m) -> create(r));
    router.on("POST", BASE + "/key-managers/discover", (r, m) -> discover(r));
    router.on("GET", BASE + "/key-managers/([^/]+)", this::get);
    router.on("PUT", BASE + "/key-managers/([^/]+)", this::update);
    router.on("DELETE", BASE + "/key-managers/([^/]+)", this::delete);
  }

  private Reply list(Request r) {
    ctx.requireApimToken(r, SCOPES);
    List<Object> list = new ArrayList<>();
    for (Map<String, Object> km : ctx.store.keyManagers.values()) {
      list.add(
          map(
              "id", km.get("id"),
              "name", km.get("name"),
              "type", km.get("type"),
              "description", km.get("description"),
              "enabled", km.get("enabled"),
              "tokenType", km.get("tokenType")));
    }
    return Replies.apim(200, map("count", list.size(), "list", list));
  }

  private Map<String, Object> find(String id) {
    Map<String, Object> km = ctx.store.keyManagers.get(id);
    if (km == null) {
      throw new Halt(
          Replies.apimError(
              404, 901411, "Key Manager not Found", "Key Manager not found for id " + id));
    }
    return km;
  }

  private Reply get(Request r, Matcher m) {
    ctx.requireApimToken(r, SCOPES);
    return Replies.apim(200, masked(find(m.group(1))));
  }

  /**
   * Returns a copy with secrets replaced by {@value #MASK}.
   *
   * @param km the stored key manager
   * @return the masked copy
   */
  static Map<String, Object> masked(Map<String, Object> km) {
    Map<String, Object> copy = Fields.copy(km);
    Map<String, Object> props = Fields.obj(copy, "additionalProperties");
    if (props.containsKey("Password")) {
      props.put("Password", MASK);
    }
    copy.put("additionalProperties", props);
    return copy;
  }

  private void validate(Map<String, Object> body) {
    if (!Fields.has(body, "name")) {
      throw new Halt(
          Replies.apimError(
              400, 901404, "Key Manager name cannot be empty", "Key Manager name cannot be empty"));
    }
    if (!Fields.has(body, "type")) {
      throw new Halt(
          Replies.apimError(
              400, 901400, "Key Manager Type not configured", "Key Manager Type not configured"));
    }
    String type = str(body, "type");
    if (!CONNECTOR_TYPES.contains(type)) {
      throw new Halt(
          Replies.apimError(
              400,
              901400,
              "Key Manager Type not configured",
              "Key Manager Type " + type + " is invalid."));
    }
    Object tokenType = body.get("tokenType");
    if (tokenType != null && !List.of("EXCHANGED", "DIRECT", "BOTH").contains(tokenType)) {
      throw new Halt(Replies.apimError(400, 400, "Bad Request", "Invalid tokenType " + tokenType));
    }
    if ("fsKeyManager".equals(type)) {
      Map<String, Object> props = Fields.obj(body, "additionalProperties");
      List<String> missing = new ArrayList<>();
      for (String key : FS_REQUIRED) {
        Object v = props.get(key);
        if (v == null || String.valueOf(v).isBlank()) {
          missing.add(key);
        }
      }
      if (!missing.isEmpty()) {
        throw new Halt(
            Replies.apimError(
                400,
                901401,
                "Required Key Manager configuration missing",
                "Key Manager Configuration value for "
                    + String.join(",", missing)
                    + " is/are required"));
      }
    }
  }

  private Map<String, Object> byName(String name) {
    for (Map<String, Object> km : ctx.store.keyManagers.values()) {
      if (name.equals(km.get("name"))) {
        return km;
      }
    }
    return null;
  }

  private Reply create(Request r) {
    ctx.requireApimToken(r, SCOPES);
    Map<String, Object> body = r.json();
    validate(body);
    String name = str(body, "name");
    if (byName(name) != null) {
      // carbon-apimgt ExceptionCodes.KEY_MANAGER_ALREADY_EXIST: the body carries the code's own
      // message and description (RestApiUtil.getErrorDTO), never the exception's text.
      return Replies.apimError(
          409, 901402, "Key Manager Already Exists", "Key Manager Already Exists");
    }
    Map<String, Object> km = Fields.copy(body);
    km.put("id", UUID.randomUUID().toString());
    km.putIfAbsent("displayName", name);
    km.putIfAbsent("enabled", true);
    km.putIfAbsent("tokenType", "DIRECT");
    km.putIfAbsent("additionalProperties", new LinkedHashMap<>());
    if (km.get("permissions") == null) {
      km.put("permissions", map("permissionType", "PUBLIC", "roles", List.of()));
    }
    ctx.store.keyManagers.put((String) km.get("id"), km);
    return Replies.apim(201, masked(km))
        .withHeader("Location", ctx.apimBase + BASE + "/key-managers/" + km.get("id"));
  }

  private Reply update(Request r, Matcher m) {
    ctx.requireApimToken(r, SCOPES);
    Map<String, Object> stored = find(m.group(1));
    Map<String, Object> body = r.json();
    Map<String, Object> props = Fields.obj(body, "additionalProperties");
    Map<String, Object> storedProps = Fields.obj(stored, "additionalProperties");
    for (Map.Entry<String, Object> e : props.entrySet()) {
      if (MASK.equals(e.getValue()) && storedProps.containsKey(e.getKey())) {
        e.setValue(storedProps.get(e.getKey()));
      }
    }
    body.put("additionalProperties", props);
    validate(body);
    if (!String.valueOf(stored.get("name")).equals(body.get("name"))) {
      // carbon-apimgt KeyManagersApiServiceImpl.keyManagersKeyManagerIdPut: no key manager, the
      // resident one included, can be renamed; RestApiUtil.handleBadRequest → 400, code 400
      // "Bad Request" with this description. It is checked before any update, so a rename to
      // another key manager's name is this 400 too, never a 901402.
      return Replies.apimError(400, 400, "Bad Request", "Key Manager name couldn't able to change");
    }
    Map<String, Object> updated = Fields.copy(body);
    updated.put("id", stored.get("id"));
    updated.putIfAbsent("enabled", true);
    updated.putIfAbsent("tokenType", "DIRECT");
    stored.clear();
    stored.putAll(updated);
    return Replies.apim(200, masked(stored));
  }

  private Reply delete(Request r, Matcher m) {
    ctx.requireApimToken(r, SCOPES);
    Map<String, Object> km = find(m.group(1));
    boolean inUse =
        ctx.store.keyMappings.values().stream()
            .anyMatch(mapping -> m.group(1).equals(mapping.get("keyManagerId")));
    if (inUse || ("default".equals(km.get("type")) && RESIDENT.equals(km.get("name")))) {
      // carbon-apimgt APIAdminImpl.deleteKeyManagerConfigurationById: the resident key manager,
      // or one that an application's keys use → ExceptionCodes.KEY_MANAGER_DELETE_FAILED
      // (412, 902015, "Key Manager Delete error", "Error while deleting the Key Manager. %s").
      return Replies.apimError(
          412,
          902015,
          "Key Manager Delete error",
          "Error while deleting the Key Manager. Key Manager "
              + km.get("name")
              + " is in use by applications or APIs, or is the Resident Key Manager");
    }
    ctx.store.keyManagers.remove(m.group(1));
    return Reply.empty(200);
  }

  private Reply discover(Request r) {
    ctx.requireApimToken(r, SCOPES);
    Map<String, String> form = r.multipart();
    String url = form.get("url");
    String type = form.get("type");
    if (url == null || !url.equals(ctx.isBase + IsOAuthRoutes.DISCOVERY)) {
      return Replies.apim(200, map("valid", false));
    }
    Map<String, Object> doc = IsOAuthRoutes.discoveryDocument(ctx);
    Map<String, Object> km = new LinkedHashMap<>();
    // The form carries no name: like APIM, omit it (and an absent type) instead of sending "".
    if (type != null && !type.isBlank()) {
      km.put("type", type);
    }
    km.put("wellKnownEndpoint", url);
    km.put("introspectionEndpoint", doc.get("introspection_endpoint"));
    km.put("clientRegistrationEndpoint", doc.get("registration_endpoint"));
    km.put("tokenEndpoint", doc.get("token_endpoint"));
    km.put("displayTokenEndpoint", doc.get("token_endpoint"));
    km.put("revokeEndpoint", doc.get("revocation_endpoint"));
    km.put("displayRevokeEndpoint", doc.get("revocation_endpoint"));
    km.put("userInfoEndpoint", doc.get("userinfo_endpoint"));
    km.put("authorizeEndpoint", doc.get("authorization_endpoint"));
    km.put("certificates", map("type", "JWKS", "value", doc.get("jwks_uri")));
    km.put("issuer", doc.get("issuer"));
    km.put("scopeManagementEndpoint", ctx.isBase + "/api/identity/oauth2/v1.0/scopes");
    km.put("availableGrantTypes", doc.get("grant_types_supported"));
    km.put("enableTokenGeneration", true);
    km.put("enableMapOAuthConsumerApps", true);
    km.put("enableOAuthAppCreation", true);
    km.put("enableSelfValidationJWT", true);
    km.put("additionalProperties", new LinkedHashMap<>());
    return Replies.apim(200, map("valid", true, "value", km));
  }
}
