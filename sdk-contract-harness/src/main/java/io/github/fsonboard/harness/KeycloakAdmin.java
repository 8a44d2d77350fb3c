package io.github.fsonboard.harness;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Keycloak admin REST calls with java.net.http (the harness must not depend on SDK classes). */
final class KeycloakAdmin {

  private static final ObjectMapper JSON = new ObjectMapper();
  static final String REDIRECT_URI = "http://127.0.0.1/callback";
  private static final String RESOURCE_SERVER = "resource-server";
  private static final String JWT_IDP = "jwt-idp";
  private static final String ASSERTION_ISSUER = "https://assertion-issuer.fsonboard.test";

  private final HttpClient http;
  private final URI base;
  private final String adminUser;
  private final String adminPassword;
  private String token;

  KeycloakAdmin(HttpClient http, URI base, String adminUser, String adminPassword) {
    this.http = http;
    this.base = base;
    this.adminUser = adminUser;
    this.adminPassword = adminPassword;
  }

  String token() {
    String form =
        "grant_type=password&client_id=admin-cli&username="
            + encode(adminUser)
            + "&password="
            + encode(adminPassword);
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(base.resolve("/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)),
            200);
    return json(response.body()).path("access_token").asText();
  }

  KeycloakRealm configureRealm(String realm) {
    String admin = recreateRealm(realm);

    // Keycloak 26.6+: a token introspects as inactive unless the introspecting client is in its
    // aud. A realm default scope adds resource-server to every token's aud (before any client is
    // created, so every client, including DCR-registered ones, gets the scope).
    String audienceScope =
        created(
            call(
                "POST",
                admin + "/client-scopes",
                Map.of(
                    "name",
                    "resource-server-audience",
                    "protocol",
                    "openid-connect",
                    "attributes",
                    Map.of("include.in.token.scope", "false"),
                    "protocolMappers",
                    List.of(
                        Map.of(
                            "name",
                            "resource-server-audience",
                            "protocol",
                            "openid-connect",
                            "protocolMapper",
                            "oidc-audience-mapper",
                            "config",
                            Map.of(
                                "included.client.audience", RESOURCE_SERVER,
                                "access.token.claim", "true",
                                "introspection.token.claim", "true",
                                "id.token.claim", "false"))))));
    expect(call("PUT", admin + "/default-default-client-scopes/" + audienceScope, null), 204);

    KeycloakRealm.Client resourceServer = confidentialClient(admin, RESOURCE_SERVER, Map.of());
    KeycloakRealm.Client clientCredentials =
        confidentialClient(admin, "cc-client", Map.of("serviceAccountsEnabled", true));
    KeycloakRealm.Client authorizationCode =
        confidentialClient(
            admin,
            "web-client",
            Map.of(
                "standardFlowEnabled",
                true,
                "redirectUris",
                List.of(REDIRECT_URI),
                "attributes",
                Map.of("pkce.code.challenge.method", "S256")));
    expect(
        call(
            "POST",
            admin + "/clients",
            Map.of(
                "clientId",
                "public-client",
                "publicClient",
                true,
                "standardFlowEnabled",
                true,
                "directAccessGrantsEnabled",
                false,
                "redirectUris",
                List.of(REDIRECT_URI),
                "attributes",
                Map.of("pkce.code.challenge.method", "S256"))),
        201);
    KeycloakRealm.Client publicClient = new KeycloakRealm.Client("public-client", null);

    KeycloakRealm.User user = user(admin, "alice");

    String iat =
        json(expect(
                    call(
                        "POST",
                        admin + "/clients-initial-access",
                        Map.of("expiration", 0, "count", 1000)),
                    200,
                    201)
                .body())
            .path("token")
            .asText();

    KeycloakRealm.JwtBearer jwtBearer = jwtBearer(admin, user);

    String issuer = base + "/realms/" + realm;
    String oidc = issuer + "/protocol/openid-connect";
    return new KeycloakRealm(
        realm,
        issuer,
        URI.create(issuer + "/.well-known/openid-configuration"),
        URI.create(oidc + "/token"),
        URI.create(oidc + "/auth"),
        URI.create(oidc + "/token/introspect"),
        URI.create(oidc + "/revoke"),
        URI.create(issuer + "/clients-registrations/openid-connect"),
        URI.create(oidc + "/certs"),
        clientCredentials,
        authorizationCode,
        publicClient,
        REDIRECT_URI,
        resourceServer,
        user,
        iat,
        jwtBearer);
  }

  /**
   * Signs in to the admin API and (re-)creates an empty, enabled realm.
   *
   * @return the realm's admin API path
   */
  String recreateRealm(String realm) {
    token = token();
    String admin = "/admin/realms/" + realm;
    HttpResponse<String> existing = call("GET", admin, null);
    if (existing.statusCode() == 200) {
      expect(call("DELETE", admin, null), 204);
    }
    expect(call("POST", "/admin/realms", Map.of("realm", realm, "enabled", true)), 201);
    return admin;
  }

  private KeycloakRealm.Client confidentialClient(
      String admin, String clientId, Map<String, Object> extra) {
    String secret = KeycloakPeer.randomSecret();
    Map<String, Object> client = new LinkedHashMap<>();
    client.put("clientId", clientId);
    client.put("publicClient", false);
    client.put("clientAuthenticatorType", "client-secret");
    client.put("secret", secret);
    client.put("standardFlowEnabled", false);
    client.put("directAccessGrantsEnabled", false);
    client.putAll(extra);
    expect(call("POST", admin + "/clients", client), 201);
    return new KeycloakRealm.Client(clientId, secret);
  }

  KeycloakRealm.User user(String admin, String username) {
    String password = KeycloakPeer.randomSecret();
    String email = username + "@fsonboard.test";
    String id =
        created(
            call(
                "POST",
                admin + "/users",
                Map.of(
                    "username",
                    username,
                    "enabled",
                    true,
                    "email",
                    email,
                    "emailVerified",
                    true,
                    "firstName",
                    "Alice",
                    "lastName",
                    "Tester",
                    "credentials",
                    List.of(Map.of("type", "password", "value", password, "temporary", false)))));
    return new KeycloakRealm.User(id, username, password, email, "Alice", "Tester");
  }

  /** RFC 7523: an identity provider trusting a fresh RSA key, the user linked, a client allowed. */
  private KeycloakRealm.JwtBearer jwtBearer(String admin, KeycloakRealm.User user) {
    KeyPair keys = rsaKeyPair();
    String spki = Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
    expect(
        call(
            "POST",
            admin + "/identity-provider/instances",
            Map.of(
                "alias",
                JWT_IDP,
                "providerId",
                "jwt-authorization-grant",
                "enabled",
                true,
                "config",
                Map.of(
                    "issuer",
                    ASSERTION_ISSUER,
                    "useJwksUrl",
                    "false",
                    "publicKeySignatureVerifier",
                    spki,
                    "jwtAuthorizationGrantEnabled",
                    "true"))),
        201);
    String subject = "tpp-user-" + user.username();
    expect(
        call(
            "POST",
            admin + "/users/" + user.id() + "/federated-identity/" + JWT_IDP,
            Map.of("identityProvider", JWT_IDP, "userId", subject, "userName", subject)),
        204,
        201,
        200);
    KeycloakRealm.Client client =
        confidentialClient(
            admin,
            "jwt-client",
            Map.of(
                "attributes",
                Map.of(
                    "oauth2.jwt.authorization.grant.enabled",
                    "true",
                    "oauth2.jwt.authorization.grant.idp",
                    JWT_IDP)));
    return new KeycloakRealm.JwtBearer(JWT_IDP, ASSERTION_ISSUER, subject, keys, client);
  }

  private static KeyPair rsaKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> call(String method, String path, Object body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token);
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(write(body)));
    }
    return send(request);
  }

  private HttpResponse<String> send(HttpRequest.Builder request, int... expected) {
    HttpResponse<String> response = send(request);
    return expect(response, expected);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("Keycloak admin call failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }

  static HttpResponse<String> expect(HttpResponse<String> response, int... expected) {
    for (int status : expected) {
      if (response.statusCode() == status) {
        return response;
      }
    }
    // The admin API's error bodies carry no secrets (only names and error codes).
    throw new IllegalStateException(
        response.request().method()
            + " "
            + response.uri().getPath()
            + " -> "
            + response.statusCode()
            + ": "
            + response.body());
  }

  /** The id at the end of a 201's Location header. */
  private static String created(HttpResponse<String> response) {
    expect(response, 201);
    String location =
        response
            .headers()
            .firstValue("Location")
            .orElseThrow(() -> new IllegalStateException("201 without Location"));
    return location.substring(location.lastIndexOf('/') + 1);
  }

  private static String write(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode json(String body) {
    try {
      return JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Not JSON from Keycloak", e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
