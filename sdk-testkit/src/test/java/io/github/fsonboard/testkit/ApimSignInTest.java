package io.github.fsonboard.testkit;

import static io.github.fsonboard.testkit.TestHttp.basic;
import static io.github.fsonboard.testkit.TestHttp.bearer;
import static io.github.fsonboard.testkit.TestHttp.form;
import static io.github.fsonboard.testkit.TestHttp.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@WithWso2Emulator
class ApimSignInTest {
  Wso2Emulator wso2;

  private TestHttp.Res register(TestHttp http, String user, String password, String name) {
    return http.apim(
        "POST",
        "/client-registration/v0.17/register",
        basic(user, password),
        map(
            "callbackUrl",
            "www.google.lk",
            "clientName",
            name,
            "owner",
            user,
            "grantType",
            "client_credentials password refresh_token",
            "saasApp",
            true));
  }

  @Test
  void registersRestClientAndReturnsTheSameClientForTheSameName() {
    TestHttp http = new TestHttp(wso2);
    TestHttp.Res first = register(http, "admin", "admin", "rest_api_same");
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.json())
        .containsKeys(
            "clientId",
            "clientSecret",
            "clientName",
            "callBackURL",
            "isSaasApplication",
            "appOwner",
            "jsonString",
            "jsonAppAttribute",
            "tokenType",
            "applicationUUID");
    assertThat(first.json().get("isSaasApplication")).isEqualTo(true);
    TestHttp.Res again = register(http, "admin", "admin", "rest_api_same");
    assertThat(again.str("clientId")).isEqualTo(first.str("clientId"));
    assertThat(again.str("clientSecret")).isEqualTo(first.str("clientSecret"));
  }

  @Test
  void rejectsRegistrationWithBadCredentials() {
    TestHttp http = new TestHttp(wso2);
    TestHttp.Res r = register(http, "admin", "wrong", "rest_api_bad");
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.json()).containsKeys("code", "message", "description", "moreInfo", "error");
    assertThat(http.apim("POST", "/client-registration/v0.17/register", null, map()).status())
        .isEqualTo(401);
  }

  @Test
  void adminGetsAdminScopesAsSignedJwtVerifiableWithIsJwks() throws Exception {
    TestHttp http = new TestHttp(wso2);
    TestHttp.Res reg = register(http, "admin", "admin", "rest_api_admin_scopes");
    TestHttp.Res tok =
        http.apimForm(
            "/oauth2/token",
            basic(reg.str("clientId"), reg.str("clientSecret")),
            form(
                "grant_type",
                "password",
                "username",
                "admin",
                "password",
                "admin",
                "scope",
                "apim:admin apim:admin_operations apim:subscribe openid unknown:scope"));
    assertThat(tok.status()).isEqualTo(200);
    assertThat(tok.json())
        .containsKeys("access_token", "refresh_token", "scope", "token_type", "expires_in");
    assertThat(tok.str("scope").split(" "))
        .containsExactly("apim:admin", "apim:admin_operations", "apim:subscribe", "openid");
    SignedJWT jwt = SignedJWT.parse(tok.str("access_token"));
    JWKSet jwks = JWKSet.parse(http.is("GET", "/oauth2/jwks", null, null).body());
    RSAKey key = (RSAKey) jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
    assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
    assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("admin");
    assertThat(jwt.getJWTClaimsSet().getStringClaim("azp")).isEqualTo(reg.str("clientId"));
    assertThat(jwt.getJWTClaimsSet().getStringClaim("client_id")).isEqualTo(reg.str("clientId"));
    assertThat(jwt.getJWTClaimsSet().getJWTID()).isNotBlank();
    assertThat(jwt.getJWTClaimsSet().getExpirationTime()).isInTheFuture();
  }

  @Test
  void subscriberScopesOnlyForTppAndAdminScopesSilentlyDropped() {
    TestHttp http = new TestHttp(wso2);
    String token =
        http.signIn(
            signUp(http, "tpp-scopes@example.com"),
            "Tpp-pass-1",
            "apim:admin apim:subscribe apim:app_manage apim:sub_manage apim:api_key");
    TestHttp.Res kms = http.apim("GET", "/api/am/admin/v4/key-managers", bearer(token), null);
    assertThat(kms.status()).isEqualTo(403);
    assertThat(kms.json().get("code")).isEqualTo(900910L);
    TestHttp.Res apps = http.apim("GET", "/api/am/devportal/v3/applications", bearer(token), null);
    assertThat(apps.status()).isEqualTo(200);
    assertThat(wso2.state().rolesOf("tpp-scopes@example.com")).contains("Internal/subscriber");
  }

  private String signUp(TestHttp http, String user) {
    TestHttp.Res r =
        http.apim(
            "POST",
            "/api/identity/user/v1.0/me",
            http.adminBasic(),
            map(
                "user",
                map(
                    "username",
                    user,
                    "realm",
                    "PRIMARY",
                    "password",
                    "Tpp-pass-1",
                    "claims",
                    List.of()),
                "properties",
                List.of()));
    // MeApiServiceImpl.mePost: out of the box, the 201 has no body.
    assertThat(r.status()).isEqualTo(201);
    assertThat(r.body()).isEmpty();
    return user;
  }

  @Test
  void signUpNeedsBasicCredentialsOfAnExistingUser() {
    TestHttp http = new TestHttp(wso2);
    Map<String, Object> body =
        map(
            "user", map("username", "anon@example.com", "password", "Tpp-pass-1"),
            "properties", List.of());
    String me = "/api/identity/user/v1.0/me";
    for (String auth :
        java.util.Arrays.asList(
            null,
            basic("admin", "wrong"),
            basic("nobody@example.com", "admin"),
            bearer(http.adminToken()))) {
      TestHttp.Res r = http.apim("POST", me, auth, body);
      // APIErrorResponseHandler.handleErrorResponseForCommonAPIs: the valve's 401 is JSON.
      assertThat(r.status()).as(String.valueOf(auth != null)).isEqualTo(401);
      assertThat(r.json()).containsEntry("code", 401L).containsEntry("message", "Unauthorized");
      assertThat(http.is("POST", me, auth, body).status()).isEqualTo(401);
    }
    assertThat(wso2.state().rolesOf("anon@example.com")).isEmpty();
    // Any existing account may act as the registrar, not only the admin.
    wso2.addUser("registrar@example.com", "Reg-pass-1");
    TestHttp.Res ok = http.is("POST", me, basic("registrar@example.com", "Reg-pass-1"), body);
    assertThat(ok.status()).as(ok.body()).isEqualTo(201);
  }

  @Test
  void signUpOfExistingUserIs409() {
    TestHttp http = new TestHttp(wso2);
    signUp(http, "dup@example.com");
    TestHttp.Res again =
        http.apim(
            "POST",
            "/api/identity/user/v1.0/me",
            http.adminBasic(),
            map(
                "user", map("username", "dup@example.com", "password", "x12345"),
                "properties", List.of()));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json()).containsKeys("code", "message", "description", "traceId");
  }

  @Test
  void refreshTokenGrantRotatesAndOldRefreshIsRejected() {
    TestHttp http = new TestHttp(wso2);
    TestHttp.Res reg = register(http, "admin", "admin", "rest_api_refresh");
    String client = basic(reg.str("clientId"), reg.str("clientSecret"));
    TestHttp.Res tok =
        http.apimForm(
            "/oauth2/token",
            client,
            form(
                "grant_type",
                "password",
                "username",
                "admin",
                "password",
                "admin",
                "scope",
                "apim:admin"));
    TestHttp.Res refreshed =
        http.apimForm(
            "/oauth2/token",
            client,
            form("grant_type", "refresh_token", "refresh_token", tok.str("refresh_token")));
    assertThat(refreshed.status()).isEqualTo(200);
    assertThat(refreshed.str("scope")).isEqualTo("apim:admin");
    assertThat(
            http.apim("GET", "/api/am/admin/v4/key-managers", bearer(tok.str("access_token")), null)
                .status())
        .isEqualTo(401);
    assertThat(
            http.apim(
                    "GET",
                    "/api/am/admin/v4/key-managers",
                    bearer(refreshed.str("access_token")),
                    null)
                .status())
        .isEqualTo(200);
    TestHttp.Res reused =
        http.apimForm(
            "/oauth2/token",
            client,
            form("grant_type", "refresh_token", "refresh_token", tok.str("refresh_token")));
    assertThat(reused.status()).isEqualTo(400);
    assertThat(reused.str("error")).isEqualTo("invalid_grant");
  }

  @Test
  void tokenEndpointErrors() {
    TestHttp http = new TestHttp(wso2);
    TestHttp.Res reg = register(http, "admin", "admin", "rest_api_errors");
    String client = basic(reg.str("clientId"), reg.str("clientSecret"));
    TestHttp.Res badClient =
        http.apimForm(
            "/oauth2/token",
            basic(reg.str("clientId"), "nope"),
            form("grant_type", "password", "username", "admin", "password", "admin"));
    assertThat(badClient.status()).isEqualTo(401);
    assertThat(badClient.str("error")).isEqualTo("invalid_client");
    TestHttp.Res badUser =
        http.apimForm(
            "/oauth2/token",
            client,
            form("grant_type", "password", "username", "admin", "password", "wrong"));
    assertThat(badUser.status()).isEqualTo(400);
    assertThat(badUser.json()).containsOnlyKeys("error", "error_description");
    TestHttp.Res noScope =
        http.apimForm(
            "/oauth2/token",
            client,
            form("grant_type", "password", "username", "admin", "password", "admin"));
    assertThat(noScope.str("scope")).isEqualTo("default");
    TestHttp.Res code =
        http.apimForm(
            "/oauth2/token", client, form("grant_type", "authorization_code", "code", "x"));
    assertThat(code.status()).isEqualTo(400);
  }

  @Test
  void missingAndInvalidBearerAre401InApimShape() {
    TestHttp http = new TestHttp(wso2);
    TestHttp.Res missing = http.apim("GET", "/api/am/admin/v4/key-managers", null, null);
    assertThat(missing.status()).isEqualTo(401);
    assertThat(missing.json().get("code")).isEqualTo(900902L);
    TestHttp.Res invalid =
        http.apim("GET", "/api/am/admin/v4/key-managers", bearer("not-a-jwt"), null);
    assertThat(invalid.status()).isEqualTo(401);
    assertThat(invalid.json().get("code")).isEqualTo(900901L);
  }

  @Test
  void forbiddenReRegistrationModeAnswers403() {
    try (Wso2Emulator strict =
        Wso2Emulator.builder()
            .clientReRegistration(ClientReRegistration.FORBIDDEN)
            .build()
            .start()) {
      TestHttp http = new TestHttp(strict);
      assertThat(register(http, "admin", "admin", "rest_api_x").status()).isEqualTo(200);
      assertThat(register(http, "admin", "admin", "rest_api_x").status()).isEqualTo(403);
      assertThat(strict.state().restApiClientCount()).isEqualTo(1);
    }
  }
}
