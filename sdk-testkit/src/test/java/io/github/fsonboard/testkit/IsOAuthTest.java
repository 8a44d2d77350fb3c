package io.github.fsonboard.testkit;

import static io.github.fsonboard.testkit.TestHttp.basic;
import static io.github.fsonboard.testkit.TestHttp.form;
import static io.github.fsonboard.testkit.TestHttp.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

@WithWso2Emulator
class IsOAuthTest {
  static final String DCR = "/api/identity/oauth2/dcr/v1.1/register";
  static final String CB = "https://tpp.example/cb";

  Wso2Emulator wso2;

  static TestHttp.Res register(TestHttp http, String name, Map<String, Object> extra) {
    Map<String, Object> body =
        map(
            "client_name",
            name,
            "redirect_uris",
            List.of(CB),
            "grant_types",
            List.of("authorization_code", "client_credentials", "refresh_token"));
    body.putAll(extra);
    TestHttp.Res r = http.is("POST", DCR, http.adminBasic(), body);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r;
  }

  static String s256(String verifier) throws Exception {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(
            MessageDigest.getInstance("SHA-256")
                .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
  }

  static Map<String, String> query(String location) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (String pair : URI.create(location).getRawQuery().split("&")) {
      String[] kv = pair.split("=", 2);
      out.put(kv[0], java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
    }
    return out;
  }

  String authorize(TestHttp http, String clientId, String challenge, String method) {
    String url =
        "/oauth2/authorize?response_type=code&client_id="
            + clientId
            + "&redirect_uri="
            + URLEncoder.encode(CB, StandardCharsets.UTF_8)
            + "&scope=openid%20accounts&state=xyz"
            + (challenge == null ? "" : "&code_challenge=" + challenge)
            + (method == null ? "" : "&code_challenge_method=" + method);
    TestHttp.Res r = http.is("GET", url, null, null);
    assertThat(r.status()).isEqualTo(302);
    return r.header("Location");
  }

  @Test
  void discoveryDocumentPointsAtThisServer() {
    TestHttp http = new TestHttp(wso2);
    Map<String, Object> d =
        http.is("GET", "/oauth2/token/.well-known/openid-configuration", null, null).json();
    assertThat(d)
        .containsEntry("issuer", wso2.isBaseUrl() + "/oauth2/token")
        .containsEntry("token_endpoint", wso2.isBaseUrl() + "/oauth2/token")
        .containsEntry("jwks_uri", wso2.isBaseUrl() + "/oauth2/jwks")
        .containsEntry("registration_endpoint", wso2.isBaseUrl() + DCR)
        .containsKeys(
            "introspection_endpoint",
            "revocation_endpoint",
            "authorization_endpoint",
            "grant_types_supported",
            "code_challenge_methods_supported")
        .containsEntry("tls_client_certificate_bound_access_tokens", true)
        .doesNotContainKeys("dpop_signing_alg_values_supported", "mtls_endpoint_aliases");
    assertThat(d.get("response_modes_supported"))
        .asInstanceOf(InstanceOfAssertFactories.LIST)
        .contains("query", "jwt", "query.jwt");
  }

  @Test
  void aRefusalWithAJwtResponseModeIsSignedInTheResponseJwt() throws Exception {
    TestHttp http = new TestHttp(wso2);
    String clientId =
        (String)
            register(http, "jarm-refused", map("ext_pkce_mandatory", true)).json().get("client_id");
    String url =
        "/oauth2/authorize?response_type=code&response_mode=jwt&client_id="
            + clientId
            + "&redirect_uri="
            + URLEncoder.encode(CB, StandardCharsets.UTF_8)
            + "&scope=openid&state=xyz";
    TestHttp.Res r = http.is("GET", url, null, null);

    assertThat(r.status()).isEqualTo(302);
    Map<String, String> q = query(r.header("Location"));
    assertThat(q).containsOnlyKeys("response");
    SignedJWT jwt = SignedJWT.parse(q.get("response"));
    RSAKey key =
        (RSAKey) JWKSet.parse(http.is("GET", "/oauth2/jwks", null, null).body()).getKeys().get(0);
    assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
    Map<String, Object> claims = jwt.getJWTClaimsSet().getClaims();
    assertThat(claims)
        .containsEntry("iss", wso2.isBaseUrl() + "/oauth2/token")
        .containsEntry("error", "invalid_request")
        .containsEntry("state", "xyz")
        .containsKeys("aud", "exp", "error_description")
        .doesNotContainKey("code");
  }

  @Test
  void authorizationCodeWithPkceS256IssuesVerifiableTokensAndRefreshWorks() throws Exception {
    TestHttp http = new TestHttp(wso2);
    TestHttp.Res client = register(http, "pkce-app", map("ext_pkce_mandatory", true));
    String id = client.str("client_id");
    String secret = client.str("client_secret");
    String verifier = "a".repeat(20) + "-._~" + "B".repeat(30);
    Map<String, String> noPkce = query(authorize(http, id, null, null));
    assertThat(noPkce).containsEntry("error", "invalid_request").containsEntry("state", "xyz");
    Map<String, String> callback = query(authorize(http, id, s256(verifier), "S256"));
    assertThat(callback).containsEntry("state", "xyz").containsKey("code");

    TestHttp.Res wrong =
        http.isForm(
            "/oauth2/token",
            basic(id, secret),
            form(
                "grant_type",
                "authorization_code",
                "code",
                callback.get("code"),
                "redirect_uri",
                CB,
                "code_verifier",
                "x".repeat(43)));
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.str("error")).isEqualTo("invalid_grant");

    callback = query(authorize(http, id, s256(verifier), "S256"));
    TestHttp.Res tok =
        http.isForm(
            "/oauth2/token",
            basic(id, secret),
            form(
                "grant_type",
                "authorization_code",
                "code",
                callback.get("code"),
                "redirect_uri",
                CB,
                "code_verifier",
                verifier));
    assertThat(tok.status()).as(tok.body()).isEqualTo(200);
    assertThat(tok.json())
        .containsKeys(
            "access_token", "refresh_token", "scope", "id_token", "token_type", "expires_in");
    SignedJWT at = SignedJWT.parse(tok.str("access_token"));
    RSAKey key =
        (RSAKey)
            JWKSet.parse(http.is("GET", "/oauth2/jwks", null, null).body())
                .getKeyByKeyId(at.getHeader().getKeyID());
    assertThat(at.verify(new RSASSAVerifier(key))).isTrue();
    assertThat(at.getJWTClaimsSet().getIssuer()).isEqualTo(wso2.isIssuer());
    assertThat(at.getJWTClaimsSet().getStringClaim("scope")).isEqualTo("openid accounts");
    assertThat(at.getJWTClaimsSet().getSubject()).isEqualTo("admin");
    // Codes are single use.
    assertThat(
            http.isForm(
                    "/oauth2/token",
                    basic(id, secret),
                    form(
                        "grant_type",
                        "authorization_code",
                        "code",
                        callback.get("code"),
                        "redirect_uri",
                        CB,
                        "code_verifier",
                        verifier))
                .status())
        .isEqualTo(400);
    TestHttp.Res refreshed =
        http.isForm(
            "/oauth2/token",
            basic(id, secret),
            form("grant_type", "refresh_token", "refresh_token", tok.str("refresh_token")));
    assertThat(refreshed.status()).isEqualTo(200);
  }

  @Test
  void plainPkceOnlyWhenTheClientAllowsIt() {
    TestHttp http = new TestHttp(wso2);
    String verifier = "v".repeat(43);
    String strict = register(http, "plain-no", map()).str("client_id");
    assertThat(query(authorize(http, strict, verifier, "plain")))
        .containsEntry("error", "invalid_request");
    TestHttp.Res lax = register(http, "plain-yes", map("ext_pkce_support_plain", true));
    Map<String, String> cb = query(authorize(http, lax.str("client_id"), verifier, "plain"));
    TestHttp.Res tok =
        http.isForm(
            "/oauth2/token",
            basic(lax.str("client_id"), lax.str("client_secret")),
            form(
                "grant_type",
                "authorization_code",
                "code",
                cb.get("code"),
                "redirect_uri",
                CB,
                "code_verifier",
                verifier));
    assertThat(tok.status()).isEqualTo(200);
    assertThat(
            http.is(
                    "GET",
                    "/oauth2/authorize?response_type=code&client_id="
                        + strict
                        + "&redirect_uri=https://evil.example/cb",
                    null,
                    null)
                .status())
        .isEqualTo(400);
  }

  @Test
  void clientCredentialsWithBodyAuthAndErrors() {
    TestHttp http = new TestHttp(wso2);
    TestHttp.Res c = register(http, "cc-app", map());
    TestHttp.Res tok =
        http.isForm(
            "/oauth2/token",
            null,
            form(
                "grant_type",
                "client_credentials",
                "client_id",
                c.str("client_id"),
                "client_secret",
                c.str("client_secret"),
                "scope",
                "accounts payments"));
    assertThat(tok.status()).isEqualTo(200);
    assertThat(tok.json()).doesNotContainKey("refresh_token");
    assertThat(tok.str("scope")).isEqualTo("accounts payments");
    TestHttp.Res bad =
        http.isForm(
            "/oauth2/token",
            basic(c.str("client_id"), "wrong"),
            form("grant_type", "client_credentials"));
    assertThat(bad.status()).isEqualTo(401);
    assertThat(bad.json())
        .containsOnlyKeys("error", "error_description")
        .containsEntry("error", "invalid_client");
    TestHttp.Res pw =
        http.isForm(
            "/oauth2/token",
            basic(c.str("client_id"), c.str("client_secret")),
            form("grant_type", "password", "username", "admin", "password", "admin"));
    assertThat(pw.status()).isEqualTo(400);
    assertThat(pw.str("error")).isEqualTo("unauthorized_client");
    TestHttp.Res none =
        http.isForm(
            "/oauth2/token", basic(c.str("client_id"), c.str("client_secret")), form("scope", "x"));
    assertThat(none.str("error")).isEqualTo("invalid_request");
  }

  @Test
  void introspectAndRevoke() {
    TestHttp http = new TestHttp(wso2);
    TestHttp.Res c = register(http, "introspect-app", map());
    String client = basic(c.str("client_id"), c.str("client_secret"));
    String token =
        http.isForm(
                "/oauth2/token",
                client,
                form("grant_type", "client_credentials", "scope", "accounts"))
            .str("access_token");
    TestHttp.Res active =
        http.isForm("/oauth2/introspect", http.adminBasic(), form("token", token));
    assertThat(active.json())
        .containsEntry("active", true)
        .containsEntry("scope", "accounts")
        .containsEntry("client_id", c.str("client_id"))
        .containsKeys("exp", "iat", "token_type");
    assertThat(http.isForm("/oauth2/introspect", http.adminBasic(), "").status()).isEqualTo(400);
    assertThat(
            http.isForm("/oauth2/introspect", basic("admin", "bad"), form("token", token)).status())
        .isEqualTo(401);
    TestHttp.Res badRevoke =
        http.isForm("/oauth2/revoke", basic(c.str("client_id"), "bad"), form("token", token));
    // OAuthRevocationEndpoint.revokeAccessToken: failed client authentication is invalid_client.
    assertThat(badRevoke.status()).isEqualTo(401);
    assertThat(badRevoke.str("error")).isEqualTo("invalid_client");
    TestHttp.Res revoke =
        http.isForm(
            "/oauth2/revoke", client, form("token", token, "token_type_hint", "access_token"));
    assertThat(revoke.status()).isEqualTo(200);
    assertThat(revoke.body()).isEmpty();
    assertThat(http.isForm("/oauth2/introspect", http.adminBasic(), form("token", token)).json())
        .containsOnlyKeys("active")
        .containsEntry("active", false);
    assertThat(http.isForm("/oauth2/revoke", client, form("token", "unknown")).status())
        .isEqualTo(200);
  }
}
