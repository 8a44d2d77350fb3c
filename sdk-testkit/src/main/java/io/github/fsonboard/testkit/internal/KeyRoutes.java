package io.github.fsonboard.testkit.internal;

import static io.github.fsonboard.testkit.internal.Fields.map;
import static io.github.fsonboard.testkit.internal.Fields.str;

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

  private Map<String, Object> keyManager(String nameOrId) {
    String wanted = nameOrId == null || nameOrId.isBlank() ? KeyManagerRoutes.RESIDENT : nameOrId;
    for (Map<String, Object> km : ctx.store.keyManagers.values()) {
      if (wanted.equals(km.get("name")) || wanted.equals(km.get("id"))) {
        return km;
      }
    }
    throw new Halt(
        Replies.apimError(
            404, 901411, "Key Manager not Found", "Key Manager " + wanted + " not found"));
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
    Map<String, Object> km = keyManager(str(body, "keyManager"));
    if (!Boolean.TRUE.equals(km.get("enabled"))) {
      return Replies.apimError(
          400,
          901406,
          "Key Manager is not enabled in the system",
          "Key Manager " + km.get("name") + " is not enabled in the system");
    }
    for (Map<String, Object> existing : ctx.store.keyMappings.values()) {
      if (app.get("applicationId").equals(existing.get("applicationId"))
          && keyType.equals(existing.get("keyType"))
          && km.get("id").equals(existing.get("keyManagerId"))) {
        return Replies.apimError(
            409,
            409,
            "Conflict",
            "Key Mappings already exists for application "
                + app.get("name")
                + " and key type "
                + keyType
                + " in key manager "
                + km.get("name"));
      }
    }
    List<String> grants = Fields.strings(body, "grantTypesToBeSupported");
    Map<String, Object> props = Fields.obj(body, "additionalProperties");
    validateProperties(str(km, "type"), props);
    String callback = str(body, "callbackUrl");
    boolean resident = "default".equals(km.get("type"));
    Map<String, Object> dcr =
        dcrRequest(
            Context.owner(t) + "_" + app.get("name") + "_" + keyType, grants, callback, props);
    Store.Client client;
    if (resident) {
      dcr.put("client_id", ctx.store.clientCredential());
      dcr.put("client_secret", ctx.store.clientCredential());
      client = new Store.Client("apim", dcr, Context.owner(t));
      ctx.store.clients.put(client.id(), client);
    } else {
      try {
        client = IsDcrRoutes.createClient(ctx, dcr, Context.owner(t));
      } catch (Halt halt) {
        return Replies.apimError(
            400,
            400,
            "Bad Request",
            "Error while creating the OAuth application: "
                + new String(halt.reply().body(), StandardCharsets.UTF_8));
      }
    }
    Map<String, Object> mapping = new LinkedHashMap<>();
    mapping.put("keyMappingId", UUID.randomUUID().toString());
    mapping.put("applicationId", app.get("applicationId"));
    mapping.put("keyManagerId", km.get("id"));
    mapping.put("keyManager", km.get("name"));
    mapping.put("consumerKey", client.id());
    mapping.put("keyType", keyType);
    mapping.put("keyState", "COMPLETED");
    mapping.put("mode", "CREATED");
    mapping.put("additionalProperties", props);
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
              false);
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
   * @param type key manager type
   * @param props the additionalProperties sent
   * @throws Halt 400 with WSO2's messages
   */
  static void validateProperties(String type, Map<String, Object> props) {
    if ("fsKeyManager".equals(type) && props.get("regulatory") == null) {
      throw new Halt(
          Replies.apimError(
              400,
              901407,
              "Required application properties are missing",
              "Missing required properties to create/update oauth application"));
    }
    for (Map.Entry<String, Object> e : props.entrySet()) {
      String key = e.getKey();
      String value = String.valueOf(e.getValue());
      if (List.of("ext_pkce_mandatory", "ext_pkce_support_plain", "ext_public_client")
          .contains(key)) {
        if (!value.equals("true") && !value.equals("false")) {
          throw invalid("Application configuration values cannot have negative values.");
        }
      } else if (key.startsWith("ext_")
          && key.endsWith("_lifetime")
          && !value.isBlank()
          && !value.equals("N/A")) {
        try {
          if (Long.parseLong(value) < 0) {
            throw invalid("Application configuration values cannot have negative values.");
          }
        } catch (NumberFormatException ex) {
          throw invalid("Application configuration values cannot have string values.");
        }
      }
    }
    if ("fsKeyManager".equals(type)
        && Boolean.parseBoolean(String.valueOf(props.get("regulatory")))) {
      checkCertificate(str(props, "sp_certificate"));
    }
  }

  private static Halt invalid(String message) {
    return new Halt(
        Replies.apimError(400, 900967, "Invalid application additional properties", message));
  }

  private static void checkCertificate(String pem) {
    if (pem == null || pem.isBlank()) {
      throw invalid("Certificate is not provided for a regulatory application");
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
      throw invalid("Invalid certificate content");
    }
    try {
      cert.checkValidity(new Date());
    } catch (CertificateExpiredException | CertificateNotYetValidException e) {
      throw invalid("Certificate is expired");
    }
  }

  /**
   * The ApplicationKey view of a key mapping.
   *
   * @param ctx the context
   * @param mapping the stored mapping
   * @return the view
   */
  static Map<String, Object> keyView(Context ctx, Map<String, Object> mapping) {
    Store.Client client = ctx.store.clients.get(str(mapping, "consumerKey"));
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("keyMappingId", mapping.get("keyMappingId"));
    v.put("keyManager", mapping.get("keyManager"));
    v.put("consumerKey", mapping.get("consumerKey"));
    v.put("consumerSecret", client == null ? null : client.secret());
    v.put("supportedGrantTypes", client == null ? List.of() : client.grantTypes());
    List<String> uris =
        client == null ? List.of() : Fields.strings(client.metadata, "redirect_uris");
    v.put("callbackUrl", uris.isEmpty() ? null : uris.get(0));
    v.put("keyState", mapping.get("keyState"));
    v.put("keyType", mapping.get("keyType"));
    v.put("mode", mapping.get("mode"));
    v.put("groupId", null);
    v.put("token", null);
    v.put("additionalProperties", Fields.copy(mapping.get("additionalProperties")));
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
    ctx.store.clients.remove(str(mapping, "consumerKey"));
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
      if (m.group(1).equals(mapping.get("applicationId"))) {
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
    validateProperties(km == null ? null : str(km, "type"), props);
    Store.Client client = ctx.store.clients.get(str(mapping, "consumerKey"));
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
    Store.Client client = ctx.store.clients.get(str(mapping, "consumerKey"));
    client.metadata.put("client_secret", ctx.store.clientCredential());
    return Replies.apim(200, map("consumerKey", client.id(), "consumerSecret", client.secret()));
  }

  private Reply cleanUp(Request r, Matcher m) {
    removeMapping(ctx, mapping(r, m));
    return Reply.empty(200);
  }
}
