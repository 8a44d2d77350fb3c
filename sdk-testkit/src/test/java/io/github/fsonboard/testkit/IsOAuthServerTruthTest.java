package io.github.fsonboard.testkit;

import static io.github.fsonboard.testkit.TestHttp.basic;
import static io.github.fsonboard.testkit.TestHttp.form;
import static io.github.fsonboard.testkit.TestHttp.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fsonboard.testkit.internal.IsApplications;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The IS 7 OAuth2 endpoints answer as the server's code does (wso2-contracts.md §9b); each test
 * names the identity-inbound-auth-oauth class and method it mirrors.
 */
@WithWso2Emulator
class IsOAuthServerTruthTest {
  Wso2Emulator wso2;

  private static TestHttp.Res client(TestHttp http, String name, Map<String, Object> extra) {
    Map<String, Object> fields =
        map("grant_types", List.of("client_credentials", "password", "refresh_token"));
    fields.putAll(extra);
    return IsOAuthTest.register(http, name, fields);
  }

  private static String basicOf(TestHttp.Res client) {
    return basic(client.str("client_id"), client.str("client_secret"));
  }

  @Test
  void unknownGrantIsInvalidRequestCheckedBeforeClientAuthentication() {
    // CarbonOAuthTokenRequest.initValidator throws "Unsupported grant_type value" before any client
    // authentication; OAuth2TokenEndpoint reports it as invalid_request.
    TestHttp http = new TestHttp(wso2);
    TestHttp.Res r =
        http.isForm("/oauth2/token", basic("nobody", "wrong"), form("grant_type", "magic"));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json())
        .containsEntry("error", "invalid_request")
        .containsEntry("error_description", "Unsupported grant_type value");
  }

  @Test
  void failedClientAuthenticationIs401WithChallenge() {
    // OAuth2TokenEndpoint.handleBasicAuthFailure: invalid_client with a Basic realm challenge.
    TestHttp http = new TestHttp(wso2);
    TestHttp.Res c = client(http, "challenge-app", map());
    TestHttp.Res r =
        http.isForm(
            "/oauth2/token",
            basic(c.str("client_id"), "wrong"),
            form("grant_type", "client_credentials"));
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.str("error")).isEqualTo("invalid_client");
    assertThat(r.header("WWW-Authenticate")).startsWith("Basic realm=");
  }

  @Test
  void registeredScopesTheApplicationIsNotAuthorizedForAreDroppedAndNoDefaultIsInvented() {
    // DefaultOAuth2ScopeValidator.validateScope: scopes of API resources the application is not
    // authorized for are removed silently; scopes no API resource registers pass.
    TestHttp http = new TestHttp(wso2);
    TestHttp.Res api =
        http.is(
            "POST",
            IsManagementTest.RES,
            http.adminBasic(),
            map(
                "name",
                "Payments",
                "identifier",
                "payments_api",
                "scopes",
                List.of(map("name", "payments"), map("name", "payments.admin"))));
    TestHttp.Res c = client(http, "narrowed-app", map());
    String auth = basicOf(c);
    TestHttp.Res before =
        http.isForm(
            "/oauth2/token",
            auth,
            form("grant_type", "client_credentials", "scope", "payments unregistered"));
    assertThat(before.status()).isEqualTo(200);
    assertThat(before.str("scope")).isEqualTo("unregistered");

    http.is(
        "POST",
        "/api/server/v1/applications/"
            + IsApplications.idOf(c.str("client_id"))
            + "/authorized-apis",
        http.adminBasic(),
        map("id", api.str("id"), "policyIdentifier", "RBAC", "scopes", List.of("payments")));
    TestHttp.Res after =
        http.isForm(
            "/oauth2/token",
            auth,
            form("grant_type", "client_credentials", "scope", "payments payments.admin"));
    assertThat(after.str("scope")).isEqualTo("payments");

    // Nothing granted: no scope member at all, never "default".
    TestHttp.Res none =
        http.isForm(
            "/oauth2/token",
            auth,
            form("grant_type", "client_credentials", "scope", "payments.admin"));
    assertThat(none.status()).isEqualTo(200);
    assertThat(none.json()).doesNotContainKey("scope");
    assertThat(http.isForm("/oauth2/token", auth, form("grant_type", "client_credentials")).json())
        .doesNotContainKey("scope");
  }

  @Test
  void introspectionShapeDependsOnTheTokenType() {
    // OAuth2IntrospectionEndpoint.introspect: sub/iss/jti only for JWT access tokens; opaque ones
    // are "Bearer"; refresh tokens are "Refresh" without aut.
    TestHttp http = new TestHttp(wso2);
    TestHttp.Res opaque = client(http, "opaque-app", map());
    TestHttp.Res jwt = client(http, "jwt-app", map("ext_token_type", "JWT"));
    TestHttp.Res opaqueTokens =
        http.isForm(
            "/oauth2/token",
            basicOf(opaque),
            form("grant_type", "password", "username", "admin", "password", "admin"));
    Map<String, Object> bearer =
        http.isForm(
                "/oauth2/introspect",
                http.adminBasic(),
                form("token", opaqueTokens.str("access_token")))
            .json();
    assertThat(bearer)
        .containsEntry("token_type", "Bearer")
        .containsKeys("nbf", "aut", "exp", "iat", "client_id", "username")
        .doesNotContainKeys("sub", "iss", "jti");
    Map<String, Object> refresh =
        http.isForm(
                "/oauth2/introspect",
                http.adminBasic(),
                form("token", opaqueTokens.str("refresh_token")))
            .json();
    assertThat(refresh).containsEntry("token_type", "Refresh").doesNotContainKey("aut");
    String jwtToken =
        http.isForm("/oauth2/token", basicOf(jwt), form("grant_type", "client_credentials"))
            .str("access_token");
    assertThat(http.isForm("/oauth2/introspect", http.adminBasic(), form("token", jwtToken)).json())
        .containsEntry("token_type", "JWT")
        .containsKeys("sub", "iss", "jti", "aut");
  }

  @Test
  void introspectionCallersAreRefusedByTheRestValveWithJson() {
    // APIErrorResponseHandler.handleErrorResponseForCommonAPIs: {code, message, description}.
    TestHttp http = new TestHttp(wso2);
    TestHttp.Res unauthorized =
        http.isForm("/oauth2/introspect", basic("admin", "wrong"), form("token", "x"));
    assertThat(unauthorized.status()).isEqualTo(401);
    assertThat(unauthorized.json()).containsEntry("code", 401L).containsKey("description");
    assertThat(unauthorized.header("WWW-Authenticate")).startsWith("Bearer realm=");
    wso2.addUser("viewer@example.com", "Viewer-pass-1");
    TestHttp.Res forbidden =
        http.isForm(
            "/oauth2/introspect", basic("viewer@example.com", "Viewer-pass-1"), form("token", "x"));
    assertThat(forbidden.status()).isEqualTo(403);
    assertThat(forbidden.json()).containsEntry("code", 403L).containsEntry("message", "Forbidden");
  }

  @Test
  void revocationErrorsAsTheServerSendsThem() {
    // OAuthRevocationEndpoint.revokeAccessToken.
    TestHttp http = new TestHttp(wso2);
    TestHttp.Res mine = client(http, "revoke-mine", map());
    TestHttp.Res other = client(http, "revoke-other", map());
    String token =
        http.isForm("/oauth2/token", basicOf(mine), form("grant_type", "client_credentials"))
            .str("access_token");

    TestHttp.Res missing = http.isForm("/oauth2/revoke", basicOf(mine), form());
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.str("error")).isEqualTo("invalid_request");

    TestHttp.Res badClient =
        http.isForm("/oauth2/revoke", basic(mine.str("client_id"), "wrong"), form("token", token));
    assertThat(badClient.status()).isEqualTo(401);
    assertThat(badClient.header("Content-Type")).startsWith("text/html");
    assertThat(badClient.body()).contains("invalid_client");

    TestHttp.Res stranger = http.isForm("/oauth2/revoke", basicOf(other), form("token", token));
    assertThat(stranger.status()).isEqualTo(401);
    assertThat(stranger.str("error")).isEqualTo("unauthorized_client");

    TestHttp.Res unknown =
        http.isForm("/oauth2/revoke", basicOf(mine), form("token", "never-issued"));
    assertThat(unknown.status()).isEqualTo(200);
    assertThat(unknown.body()).isEmpty();
  }
}
