package io.github.fsonboard.testkit.internal;

import static io.github.fsonboard.testkit.internal.Fields.map;
import static io.github.fsonboard.testkit.internal.Fields.str;

import io.github.fsonboard.core.internal.json.JsonNumbers;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;

/**
 * Devportal v3 application keys: generate-keys through a named key manager, oauth-keys read and
 * update, regenerate-secret and clean-up. Keys made through a non-resident key manager are IS OAuth
 * clients, so their consumer key and secret work at the IS token endpoint.
 */
public final class KeyRoutes {
  private static final String APPS = DevportalRoutes.BASE + "/applications/([^/]+)";

  private final Context ctx;

  /**
   * Creates the routes.
   *
   * @param ctx the context
   */
  public KeyRoutes(Context ctx) {
    this.ctx = ctx;
  }

  /**
   * Registers the routes.
   *
   * @param router the APIM router
   */
  public void register(Router router) {
    router.on("POST", APPS + "/generate-keys", this::generate);
    router.on("GET", APPS + "/oauth-keys", this::list);
    router.on("GET", APPS + "/oauth-keys/([^/]+)", this::get);
    router.on("PUT", APPS + "/oauth-keys/([^/]+)", this::update);
    router.on("POST", APPS + "/oauth-keys/([^/]+)/regenerate-secret", this::regenerate);
    router.on("POST", APPS + "/oauth-keys/([^/]+)/clean-up", this::cleanUp);
  }

  /**
   * The key manager generate-keys names. carbon-apimgt {@code
   * ApplicationsApiServiceImpl.applicationsApplicationIdGenerateKeysPost}: an unknown or disabled
   * one is 400, code 901403 "Key Manager not Registered".
   */
  private Map<String, Object> keyManager(String nameOrId) {
    String wanted = nameOrId == null || nameOrId.isBlank() ? KeyManagerRoutes.RESIDENT : nameOrId;
    for (Map<String, Object> km : ctx.store.keyManagers.values()) {
      if ((wanted.equals(km.get("name")) || wanted.equals(km.get("id")))
          && Boolean.TRUE.equals(km.get("enabled"))) {
        return km;
      }
    }
    throw new Halt(
        Replies.apimError(400, 901403, "Key Manager not Registered", "Key Manager not Registered"));
  }

  /**
   * Whether the IS key-manager connector's admin credentials work at IS. apim-km-wso2is {@code
   * WSO2IS7KeyManager} calls IS with {@code Username}/{@code Password} only when it registers or
   * reads a client (creating the key manager never calls IS, wso2-contracts §9b).
   */
  private static boolean connectorSignsIn(Context ctx, Map<String, Object> km) {
    Map<String, Object> conf = Fields.obj(km, "additionalProperties");
    if (!conf.containsKey("Username")) {
      return true; // not an IS 7 connector (the resident key manager)
    }
    Store.User u =
        ctx.store.authenticate(
            String.valueOf(conf.get("Username")), String.valueOf(conf.get("Password")));
    return u != null && u.isAdmin();
  }

  /**
   * Whether key listings show a mapping: carbon-apimgt {@code
   * AbstractAPIManager.getApplicationKeys} (behind {@code APIConsumerImpl
   * .getApplicationKeysOfApplication}) leaves out keys of disabled key managers and silently drops
   * a key whose {@code retrieveApplication} fails (client gone); a mapping with no consumer key yet
   * (state CREATED while its registration awaits approval or after the key manager failed, state
   * REJECTED after a rejection) is listed as the DAO holds it, without asking the key manager.
   *
   * @param ctx the context
   * @param mapping the stored mapping
   * @return true when listed
   */
  static boolean visible(Context ctx, Map<String, Object> mapping) {
    Map<String, Object> km = ctx.store.keyManagers.get(str(mapping, "keyManagerId"));
    String consumerKey = str(mapping, "consumerKey");
    return km != null
        && Boolean.TRUE.equals(km.get("enabled"))
        && (consumerKey == null || ctx.store.clients.get(consumerKey) != null);
  }

  private Reply generate(Request r, Matcher m) {
    TokenRecord t = ctx.requireApimToken(r, DevportalRoutes.APP_SCOPES);
    Map<String, Object> app = DevportalRoutes.ownedApp(ctx, m.group(1), Context.owner(t));
    Map<String, Object> body = r.json();
    String keyType = str(body, "keyType");
    if (!"PRODUCTION".equals(keyType) && !"SANDBOX".equals(keyType)) {
      return Replies.apimError(400, 400, "Bad Request", "Invalid keyType " + keyType);
    }
    if (!(body.get("grantTypesToBeSupported") instanceof List<?>)) {
      return Replies.apimError(400, 400, "Bad Request", "grantTypesToBeSupported is required");
    }
    if ("CREATED".equals(app.get("status")) || "REJECTED".equals(app.get("status"))) {
      // carbon-apimgt APIConsumerImpl.requestApprovalForApplicationRegistration (APIM 4.6+, PR
      // #13436) refuses a CREATED or REJECTED application (UPDATE_PENDING/UPDATE_REJECTED still get
      // keys) with ExceptionCodes.APPLICATION_INACTIVE; the body is that code's own 400, 900309
      // "Application is not active", not the exception's text.
      return Replies.apimError(
          400, 900309, "Application is not active", "Application is not active");
    }
    Map<String, Object> km = keyManager(str(body, "keyManager"));
    for (Map<String, Object> existing : ctx.store.keyMappings.values()) {
      if (app.get("applicationId").equals(existing.get("applicationId"))
          && keyType.equals(existing.get("keyType"))
          && km.get("id").equals(existing.get("keyManagerId"))) {
        // carbon-apimgt APIConsumerImpl (ExceptionCodes.KEY_MAPPING_ALREADY_EXIST): also when the
        // listing does not show the mapping (disabled key manager, IS unreachable, failed create).
        return Replies.apimError(
            409, 901409, "Key Mappings already exists", "Key Mappings already exists");
      }
    }
    List<String> grants = Fields.strings(body, "grantTypesToBeSupported");
    Map<String, Object> props = Fields.obj(body, "additionalProperties");
    validateProperties(
        str(km, "type"), props, body.containsKey("additionalProperties"), ctx.store.clock);
    String callback = str(body, "callbackUrl");
    if (ctx.settings.keyApproval().contains(keyType)) {
      return pendingRegistration(Context.owner(t), app, km, body);
    }
    return issue(ctx, Context.owner(t), app, km, body, null);
  }

  /**
   * Holds a key generation for approval. carbon-apimgt {@code
   * APIConsumerImpl.requestApprovalForApplicationRegistration} runs the registration executor,
   * whose {@code AbstractApplicationRegistrationWorkflowExecutor.execute} stores the key mapping
   * (state CREATED) without calling the key manager, and answers 200 with {@code keyState} CREATED
   * and no consumer key or secret; {@code ApplicationRegistrationApprovalWorkflowExecutor.execute}
   * names the task by keyType, applicationName, userName and applicationTier.
   */
  private Reply pendingRegistration(
      String owner, Map<String, Object> app, Map<String, Object> km, Map<String, Object> body) {
    String keyType = str(body, "keyType");
    Map<String, Object> mapping =
        unregistered(app, km, keyType, Fields.obj(body, "additionalProperties"));
    mapping.put("owner", owner);
    mapping.put("request", body);
    ctx.store.keyMappings.put((String) mapping.get("keyMappingId"), mapping);
    WorkflowRoutes.open(
        ctx,
        "AM_APPLICATION_REGISTRATION_" + keyType,
        (String) mapping.get("keyMappingId"),
        "Approve request to create "
            + keyType
            + " keys for "
            + app.get("name")
            + " from application creator - "
            + owner
            + " with throttling tier - "
            + app.get("throttlingPolicy"),
        map(
            "keyType",
            keyType,
            "applicationName",
            app.get("name"),
            "userName",
            owner,
            "applicationTier",
            app.get("throttlingPolicy")));
    return Replies.apim(200, keyView(ctx, mapping));
  }

  /**
   * Completes a held key generation: {@code
   * ApplicationRegistrationApprovalWorkflowExecutor.complete} registers the client with the key
   * manager on approval (state COMPLETED); a rejection leaves the mapping REJECTED, no client.
   *
   * @param ctx the context
   * @param keyMappingId the held mapping
   * @param approved whether the task was approved
   */
  static void completeRegistration(Context ctx, String keyMappingId, boolean approved) {
    Map<String, Object> mapping = ctx.store.keyMappings.get(keyMappingId);
    if (mapping == null) {
      return;
    }
    if (!approved) {
      mapping.put("keyState", "REJECTED");
      return;
    }
    Map<String, Object> app = ctx.store.applications.get(str(mapping, "applicationId"));
    Map<String, Object> km = ctx.store.keyManagers.get(str(mapping, "keyManagerId"));
    if (app != null && km != null) {
      issue(ctx, str(mapping, "owner"), app, km, Fields.obj(mapping, "request"), mapping);
    }
  }

  /** A key mapping with no client behind it yet (state CREATED). */
  private static Map<String, Object> unregistered(
      Map<String, Object> app, Map<String, Object> km, String keyType, Map<String, Object> props) {
    Map<String, Object> mapping = new LinkedHashMap<>();
    mapping.put("keyMappingId", UUID.randomUUID().toString());
    mapping.put("applicationId", app.get("applicationId"));
    mapping.put("keyManagerId", km.get("id"));
    mapping.put("keyManager", km.get("name"));
    mapping.put("consumerKey", null);
    mapping.put("keyType", keyType);
    mapping.put("keyState", "CREATED");
    mapping.put("mode", "CREATED");
    mapping.put("additionalProperties", props);
    return mapping;
  }

  private static Reply issue(
      Context ctx,
      String owner,
      Map<String, Object> app,
      Map<String, Object> km,
      Map<String, Object> body,
      Map<String, Object> held) {
    String keyType = str(body, "keyType");
    List<String> grants = Fields.strings(body, "grantTypesToBeSupported");
    Map<String, Object> props = Fields.obj(body, "additionalProperties");
    String callback = str(body, "callbackUrl");
    boolean resident = "default".equals(km.get("type"));
    if (!resident && !connectorSignsIn(ctx, km)) {
      // carbon-apimgt APIConsumerImpl.requestApprovalForApplicationRegistration commits the key
      // mapping before the key manager registers the client; the connector's failed IS call comes
      // back as 500, code 900967 "General Error", and the mapping stays (wso2-contracts §9b).
      Map<String, Object> orphan = unregistered(app, km, keyType, props);
      ctx.store.keyMappings.put((String) orphan.get("keyMappingId"), orphan);
      return Replies.apimError(500, 900967, "General Error", "General Error");
    }
    // apim-km-wso2is WSO2IS7KeyManager.createApplication names the IS client
    // <user>_<application UUID>_<keyType> (OAuthApplicationInfo.getApplicationUUID, not the
    // application's display name); FS FSKeyManagerImpl.createApplication keeps that name (it calls
    // super.createApplication and only reads the generated name back).
    Map<String, Object> dcr =
        dcrRequest(owner + "_" + app.get("applicationId") + "_" + keyType, grants, callback, props);
    Store.Client client;
    if (resident) {
      dcr.put("client_id", ctx.store.clientCredential());
      dcr.put("client_secret", ctx.store.clientCredential());
      client = new Store.Client("apim", dcr, owner);
      ctx.store.clients.put(client.id(), client);
    } else {
      try {
        client = IsDcrRoutes.createClient(ctx, dcr, owner);
      } catch (Halt halt) {
        return Replies.apimError(
            400,
            400,
            "Bad Request",
            "Error while creating the OAuth application: "
                + new String(halt.reply().body(), StandardCharsets.UTF_8));
      }
    }
    if (!resident
        && "fsKeyManager".equals(km.get("type"))
        && "true".equals(String.valueOf(props.get("regulatory")))) {
      // FS FSKeyManagerImpl.createApplication pushes sp_certificate to the IS application, on
      // create only: a later oauth-keys PUT changes the APIM property, not this (§9).
      IsApplicationRoutes.application(ctx, client).put("certificate", str(props, "sp_certificate"));
    }
    Map<String, Object> mapping = held != null ? held : unregistered(app, km, keyType, props);
    mapping.put("consumerKey", client.id());
    mapping.put("keyState", "COMPLETED");
    ctx.store.keyMappings.put((String) mapping.get("keyMappingId"), mapping);
    Map<String, Object> view = keyView(ctx, mapping);
    boolean regulatory = Boolean.parseBoolean(String.valueOf(props.get("regulatory")));
    if (!regulatory && grants.contains("client_credentials")) {
      List<String> scopes = Fields.strings(body, "scopes");
      TokenRecord token =
          ctx.tokens.issue(
              client.realm,
              resident ? ctx.apimBase + "/oauth2/token" : ctx.isIssuer(),
              client.id(),
              null,
              scopes.isEmpty() ? List.of("default") : scopes,
              "client_credentials",
              false,
              null);
      view.put(
          "token",
          map(
              "accessToken",
              token.accessToken(),
              "tokenScopes",
              token.scopes(),
              "validityTime",
              ctx.tokens.lifetime().toSeconds()));
    }
    return Replies.apim(200, view);
  }

  private static Map<String, Object> dcrRequest(
      String name, List<String> grants, String callback, Map<String, Object> props) {
    Map<String, Object> dcr = new LinkedHashMap<>();
    dcr.put("client_name", name);
    dcr.put(
        "redirect_uris", callback == null || callback.isBlank() ? List.of() : List.of(callback));
    dcr.put("grant_types", grants);
    for (Map.Entry<String, Object> e : props.entrySet()) {
      dcr.put(e.getKey(), e.getValue());
    }
    return dcr;
  }

  /**
   * The fsKeyManager and default key manager checks on application properties.
   *
   * <p>Mirrors FS {@code FSKeyManagerImpl.validateOAuthAppCreationProperties} and {@code
   * FSKeyManagerUtil} (wso2-contracts §9): values are read as text ({@code String.valueOf} of what
   * Jackson parsed, so a JSON {@code 3600.0} is the text {@code "3600.0"}); lifetimes go through
   * {@code Long.parseLong}; the flags must be exactly {@code "true"}/{@code "false"} (blank and
   * {@code "N/A"} skipped); {@code regulatory} is required only when properties are sent; the
   * certificate is checked only for a regulatory application.
   *
   * @param type key manager type
   * @param props the additionalProperties sent
   * @param sent whether the request carried {@code additionalProperties} at all
   * @param clock the server's clock, for the certificate's validity
   * @throws Halt 400 900970 / 400 901407 / 500 900953 with WSO2's codes
   */
  static void validateProperties(
      String type, Map<String, Object> props, boolean sent, java.time.Clock clock) {
    if ("fsKeyManager".equals(type) && sent && props.get("regulatory") == null) {
      throw new Halt(
          Replies.apimError(
              400,
              901407,
              "Required application properties are missing",
              "Required application properties are missing"));
    }
    for (Map.Entry<String, Object> e : props.entrySet()) {
      String key = e.getKey();
      String value = String.valueOf(e.getValue());
      if (value.isBlank() || value.equals("N/A")) {
        continue;
      }
      if (FLAGS.contains(key)) {
        if (!value.equals("true") && !value.equals("false")) {
          throw invalid("Application configuration values cannot have negative values.");
        }
      } else if (key.startsWith("ext_") && key.endsWith("_lifetime")) {
        long seconds;
        try {
          seconds = Long.parseLong(value);
        } catch (NumberFormatException ex) {
          throw invalid("Application configuration values cannot have string values.");
        }
        if (seconds < 0) {
          throw invalid("Application configuration values cannot have negative values.");
        }
      }
    }
    if ("fsKeyManager".equals(type) && "true".equals(String.valueOf(props.get("regulatory")))) {
      checkCertificate(props.get("sp_certificate"), clock);
    }
  }

  private static final List<String> FLAGS =
      List.of("ext_pkce_mandatory", "ext_pkce_support_plain", "ext_public_client");

  private static final List<String> LIFETIMES =
      List.of(
          "ext_application_token_lifetime",
          "ext_user_token_lifetime",
          "ext_refresh_token_lifetime",
          "ext_id_token_lifetime");

  /**
   * carbon-apimgt ExceptionCodes.INVALID_APPLICATION_ADDITIONAL_PROPERTIES: 400, 900970, the
   * description "Invalid additional properties. %s" filled with FS's own text (which says "negative
   * values" for a flag that is not "true"/"false", as FS does).
   */
  private static Halt invalid(String detail) {
    return new Halt(
        Replies.apimError(
            400,
            900970,
            "Invalid application additional properties",
            "Invalid additional properties. " + detail));
  }

  /** FS reports every certificate failure as a key-management error: HTTP 500, code 900953. */
  private static Halt keyManagementError() {
    return new Halt(Replies.apimError(500, 900953, "Key Management Error", "Key Management Error"));
  }

  /**
   * FS {@code CertificateUtils.parseCertificate}: PEM, PEM with escaped {@code \\n} or bare base64;
   * then the expiry check. A blank certificate fails earlier as a generic 500.
   */
  private static void checkCertificate(Object value, java.time.Clock clock) {
    String pem = value == null ? null : value.toString();
    if (pem == null || pem.isBlank()) {
      throw new Halt(Replies.apimError(500, 900967, "General Error", "General Error"));
    }
    X509Certificate cert;
    try {
      String b64 =
          pem.replaceAll("-----(BEGIN|END) CERTIFICATE-----", "")
              .replace("\\n", "")
              .replaceAll("\\s", "");
      byte[] der = Base64.getDecoder().decode(b64);
      cert =
          (X509Certificate)
              CertificateFactory.getInstance("X.509")
                  .generateCertificate(new ByteArrayInputStream(der));
    } catch (CertificateException | IllegalArgumentException e) {
      throw keyManagementError();
    }
    try {
      cert.checkValidity(Date.from(clock.instant()));
    } catch (CertificateExpiredException | CertificateNotYetValidException e) {
      throw keyManagementError();
    }
  }

  /**
   * The properties a key listing shows for a key of a non-resident key manager: rebuilt from the IS
   * application (apim-km-wso2is {@code WSO2IS7KeyManager.buildDTOFromClientInfo}): the four
   * lifetimes as JSON numbers, {@code 0} when unset, the three flags as JSON booleans; then FS
   * ({@code FSKeyManagerImpl.retrieveApplication}) adds {@code regulatory} and {@code
   * sp_certificate} as strings. Any other key the caller sent is gone.
   */
  private static Map<String, Object> serverShaped(
      Map<String, Object> isClient, Map<String, Object> stored) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String key : LIFETIMES) {
      Object v = isClient.get(key);
      Long seconds = JsonNumbers.asLong(v);
      out.put(key, seconds == null ? 0L : seconds);
    }
    for (String key : FLAGS) {
      out.put(key, "true".equals(String.valueOf(isClient.get(key))));
    }
    for (String key : List.of("regulatory", "sp_certificate")) {
      if (stored.get(key) != null) {
        out.put(key, String.valueOf(stored.get(key)));
      }
    }
    return out;
  }

  /**
   * The ApplicationKey view of a key mapping. A mapping with no client behind it is what
   * carbon-apimgt {@code ApplicationKeyMappingUtil.fromApplicationKeyToDTO(APIKey)} makes of the
   * bare DAO row: key mapping id, key manager, key type and {@code keyState}; no consumer key or
   * secret, grant types, callback URL or properties (those come from the key manager's {@code
   * retrieveApplication}, which is never called without a consumer key).
   *
   * @param ctx the context
   * @param mapping the stored mapping
   * @return the view
   */
  static Map<String, Object> keyView(Context ctx, Map<String, Object> mapping) {
    String consumerKey = str(mapping, "consumerKey");
    Store.Client client = consumerKey == null ? null : ctx.store.clients.get(consumerKey);
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("keyMappingId", mapping.get("keyMappingId"));
    v.put("keyManager", mapping.get("keyManager"));
    v.put("consumerKey", mapping.get("consumerKey"));
    v.put("consumerSecret", client == null ? null : client.secret());
    v.put("supportedGrantTypes", client == null ? null : client.grantTypes());
    List<String> uris =
        client == null ? List.of() : Fields.strings(client.metadata, "redirect_uris");
    v.put("callbackUrl", uris.isEmpty() ? null : uris.get(0));
    v.put("keyState", mapping.get("keyState"));
    v.put("keyType", mapping.get("keyType"));
    v.put("mode", mapping.get("mode"));
    v.put("groupId", null);
    v.put("token", null);
    Map<String, Object> stored = Fields.obj(mapping, "additionalProperties");
    Map<String, Object> km = ctx.store.keyManagers.get(str(mapping, "keyManagerId"));
    boolean resident = km == null || "default".equals(km.get("type"));
    v.put(
        "additionalProperties",
        client == null ? null : resident ? stored : serverShaped(client.metadata, stored));
    return v;
  }

  /**
   * Removes a key mapping and its OAuth client.
   *
   * @param ctx the context
   * @param mapping the mapping
   */
  static void removeMapping(Context ctx, Map<String, Object> mapping) {
    ctx.store.keyMappings.remove(str(mapping, "keyMappingId"));
    if (str(mapping, "consumerKey") != null) {
      ctx.store.clients.remove(str(mapping, "consumerKey"));
    }
  }

  private Map<String, Object> mapping(Request r, Matcher m) {
    TokenRecord t = ctx.requireApimToken(r, DevportalRoutes.APP_SCOPES);
    DevportalRoutes.ownedApp(ctx, m.group(1), Context.owner(t));
    Map<String, Object> mapping = ctx.store.keyMappings.get(m.group(2));
    if (mapping == null || !m.group(1).equals(mapping.get("applicationId"))) {
      throw new Halt(
          Replies.apimError(
              404,
              404,
              "Not Found",
              "Requested key mapping with Id '" + m.group(2) + "' not found"));
    }
    return mapping;
  }

  private Reply list(Request r, Matcher m) {
    TokenRecord t = ctx.requireApimToken(r, DevportalRoutes.APP_SCOPES);
    DevportalRoutes.ownedApp(ctx, m.group(1), Context.owner(t));
    List<Object> list = new ArrayList<>();
    for (Map<String, Object> mapping : ctx.store.keyMappings.values()) {
      if (m.group(1).equals(mapping.get("applicationId")) && visible(ctx, mapping)) {
        list.add(keyView(ctx, mapping));
      }
    }
    return Replies.apim(200, map("count", list.size(), "list", list));
  }

  private Reply get(Request r, Matcher m) {
    return Replies.apim(200, keyView(ctx, mapping(r, m)));
  }

  private Reply update(Request r, Matcher m) {
    Map<String, Object> mapping = mapping(r, m);
    Map<String, Object> body = r.json();
    Map<String, Object> km = ctx.store.keyManagers.get(str(mapping, "keyManagerId"));
    Map<String, Object> props =
        body.containsKey("additionalProperties")
            ? Fields.obj(body, "additionalProperties")
            : Fields.obj(mapping, "additionalProperties");
    validateProperties(
        km == null ? null : str(km, "type"),
        props,
        body.containsKey("additionalProperties"),
        ctx.store.clock);
    Store.Client client = ctx.store.clients.get(String.valueOf(mapping.get("consumerKey")));
    if (client == null) {
      return Replies.apimError(500, 900967, "General Error", "General Error");
    }
    Map<String, Object> update = new LinkedHashMap<>(props);
    if (body.get("supportedGrantTypes") instanceof List<?>) {
      update.put("grant_types", Fields.strings(body, "supportedGrantTypes"));
    }
    if (body.containsKey("callbackUrl")) {
      String cb = str(body, "callbackUrl");
      update.put("redirect_uris", cb == null || cb.isBlank() ? List.of() : List.of(cb));
    }
    try {
      IsDcrRoutes.updateClient(client, update);
    } catch (Halt halt) {
      return Replies.apimError(
          400, 400, "Bad Request", "Error while updating the OAuth application");
    }
    mapping.put("additionalProperties", props);
    return Replies.apim(200, keyView(ctx, mapping));
  }

  private Reply regenerate(Request r, Matcher m) {
    Map<String, Object> mapping = mapping(r, m);
    Store.Client client = ctx.store.clients.get(String.valueOf(mapping.get("consumerKey")));
    if (client == null) {
      return Replies.apimError(500, 900967, "General Error", "General Error");
    }
    client.metadata.put("client_secret", ctx.store.clientCredential());
    return Replies.apim(200, map("consumerKey", client.id(), "consumerSecret", client.secret()));
  }

  private Reply cleanUp(Request r, Matcher m) {
    removeMapping(ctx, mapping(r, m));
    return Reply.empty(200);
  }
}
