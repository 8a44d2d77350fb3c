package io.github.fsonboard.testkit.internal;

import static io.github.fsonboard.testkit.internal.Fields.map;
import static io.github.fsonboard.testkit.internal.Fields.str;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * IS 7 application management for an application's certificate (identity-api-server {@code
 * ServerApplicationManagementService}: list with {@code filter=clientId eq X}, get, and {@code
 * PATCH advancedConfigurations.certificate} → 200), the calls FS's {@code IdentityServerUtils}
 * makes. Every IS OAuth client has an application; its certificate is set by the FS key manager
 * only when it creates a regulatory application ({@link KeyRoutes}), and kept apart from the APIM
 * key's {@code sp_certificate} property.
 */
public final class IsApplicationRoutes {
  static final String BASE = "/api/server/v1/applications";

  private static final String OIDC = "/([^/]+)/inbound-protocols/oidc";

  private final Context ctx;

  /**
   * Creates the routes.
   *
   * @param ctx the context
   */
  public IsApplicationRoutes(Context ctx) {
    this.ctx = ctx;
  }

  /**
   * Registers the routes.
   *
   * @param router the IS router
   */
  public void register(Router router) {
    router.on("GET", BASE, (r, m) -> list(r));
    router.on("GET", BASE + "/([^/]+)", this::get);
    router.on("PATCH", BASE + "/([^/]+)", this::patch);
    router.on("GET", BASE + OIDC, this::getOidc);
    router.on("PUT", BASE + OIDC, this::putOidc);
  }

  /**
   * The IS application of an IS OAuth client, made on first use.
   *
   * @param ctx the context
   * @param client the OAuth client
   * @return the application
   */
  static Map<String, Object> application(Context ctx, Store.Client client) {
    return ctx.store.isApplications.computeIfAbsent(
        client.id(),
        id -> {
          Map<String, Object> app = new LinkedHashMap<>();
          app.put("id", IsApplications.idOf(id));
          app.put("name", client.metadata.get("client_name"));
          app.put("clientId", id);
          app.put("certificate", null);
          return app;
        });
  }

  private Reply list(Request r) {
    IsDcrRoutes.requireIsAdmin(ctx, r, "internal_application_mgt_view");
    String filter = r.queryParam("filter");
    String attribute = null;
    String value = null;
    if (filter != null) {
      // identity-api-server ServerApplicationManagementService.getAllApplications filters on name,
      // clientId and issuer; the emulator serves the single "eq" comparisons the SDK sends.
      String[] parts = filter.trim().split("\\s+");
      if (parts.length != 3
          || !("clientId".equals(parts[0]) || "name".equals(parts[0]))
          || !"eq".equals(parts[1])) {
        return Replies.isError(400, "APP-60004", "Invalid filter", "Unsupported filter " + filter);
      }
      attribute = parts[0];
      value = parts[2];
    }
    List<Object> apps = new ArrayList<>();
    for (Store.Client c : ctx.store.clients.values()) {
      if (!"is".equals(c.realm)) {
        continue;
      }
      boolean matches =
          attribute == null
              || ("clientId".equals(attribute)
                  ? value.equals(c.id())
                  : value.equals(c.metadata.get("client_name")));
      if (matches) {
        Map<String, Object> app = application(ctx, c);
        apps.add(
            map("id", app.get("id"), "name", app.get("name"), "self", BASE + "/" + app.get("id")));
      }
    }
    return Reply.json(
        200,
        map(
            "totalResults",
            apps.size(),
            "startIndex",
            1,
            "count",
            apps.size(),
            "applications",
            apps));
  }

  private Map<String, Object> find(String id) {
    for (Map<String, Object> app : ctx.store.isApplications.values()) {
      if (id.equals(app.get("id"))) {
        return app;
      }
    }
    // Every IS client has its application, whether or not it was read before.
    for (Store.Client c : ctx.store.clients.values()) {
      if ("is".equals(c.realm) && id.equals(IsApplications.idOf(c.id()))) {
        return application(ctx, c);
      }
    }
    throw new Halt(
        Replies.isError(
            404, "APP-60006", "Application not found", "Application with id " + id + " not found"));
  }

  private static Map<String, Object> view(Map<String, Object> app) {
    Object pem = app.get("certificate");
    Map<String, Object> advanced = new LinkedHashMap<>();
    advanced.put("certificate", pem == null ? null : map("type", "PEM", "value", pem));
    return map(
        "id",
        app.get("id"),
        "name",
        app.get("name"),
        "inboundProtocols",
        List.of(
            map("type", "oauth2", "self", BASE + "/" + app.get("id") + "/inbound-protocols/oidc")),
        "advancedConfigurations",
        Fields.withoutNulls(advanced));
  }

  private Reply get(Request r, Matcher m) {
    IsDcrRoutes.requireIsAdmin(ctx, r, "internal_application_mgt_view");
    return Reply.json(200, view(find(m.group(1))));
  }

  private Map<String, Object> oidc(Map<String, Object> app) {
    Store.Client client = ctx.store.clients.get(String.valueOf(app.get("clientId")));
    return map(
        "clientId",
        app.get("clientId"),
        "grantTypes",
        client == null ? List.of() : client.grantTypes(),
        "accessToken",
        map(
            "type",
            client != null && "JWT".equalsIgnoreCase(str(client.metadata, "ext_token_type"))
                ? "JWT"
                : "Default",
            "bindingType",
            client == null ? "None" : IsApplications.bindingType(ctx, client)));
  }

  private Reply getOidc(Request r, Matcher m) {
    IsDcrRoutes.requireIsAdmin(ctx, r, "internal_application_mgt_view");
    return Reply.json(200, oidc(find(m.group(1))));
  }

  /**
   * ApplicationManagementService.putInboundOAuthConfiguration: how the Console sets an
   * application's access token binding ({@code accessToken.bindingType}: {@code None}, {@code
   * certificate}, {@code DPoP}, ...), which IS 7's DCR cannot set to DPoP. The emulator applies
   * only the binding type of the configuration it is sent.
   */
  private Reply putOidc(Request r, Matcher m) {
    IsDcrRoutes.requireIsAdmin(ctx, r, "internal_application_mgt_update");
    Map<String, Object> app = find(m.group(1));
    Map<String, Object> body = body(r);
    String binding = str(Fields.obj(body, "accessToken"), "bindingType");
    if (binding != null) {
      app.put("bindingType", binding);
    }
    return Reply.json(200, oidc(app));
  }

  private static Map<String, Object> body(Request r) {
    try {
      return Json.parseObject(r.bodyText());
    } catch (IllegalArgumentException e) {
      throw new Halt(Replies.isError(400, "APP-60001", "Invalid request", "Malformed JSON body"));
    }
  }

  private Reply patch(Request r, Matcher m) {
    IsDcrRoutes.requireIsAdmin(ctx, r, "internal_application_mgt_update");
    Map<String, Object> app = find(m.group(1));
    Map<String, Object> body = body(r);
    Map<String, Object> cert =
        Fields.obj(Fields.obj(body, "advancedConfigurations"), "certificate");
    if (!cert.isEmpty()) {
      String type = str(cert, "type");
      String value = str(cert, "value");
      if (!"PEM".equals(type) && !"JWKS".equals(type) || value == null || value.isBlank()) {
        return Replies.isError(
            400, "APP-60001", "Invalid request", "Certificate type and value are required");
      }
      app.put("certificate", value);
    }
    return Reply.empty(200);
  }
}
