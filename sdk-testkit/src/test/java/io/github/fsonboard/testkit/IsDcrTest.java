package io.github.fsonboard.testkit;

import static io.github.fsonboard.testkit.TestHttp.basic;
import static io.github.fsonboard.testkit.TestHttp.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@WithWso2Emulator
class IsDcrTest {
  static final String DCR = IsOAuthTest.DCR;

  @Test
  void dcrLifecycleWithWso2Quirks(Wso2Emulator wso2) {
    TestHttp http = new TestHttp(wso2);
    Map<String, Object> body =
        map(
            "client_name",
            "dcr-life",
            "redirect_uris",
            List.of("https://tpp.example/cb"),
            "grant_types",
            List.of("authorization_code", "refresh_token"),
            "ext_pkce_mandatory",
            true,
            "token_endpoint_auth_method",
            "private_key_jwt",
            "require_pushed_authorization_requests",
            false,
            "x_unknown_field",
            "dropped");
    TestHttp.Res created = http.is("POST", DCR, http.adminBasic(), body);
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json())
        .containsKeys("client_id", "client_secret", "client_secret_expires_at")
        .containsEntry("client_name", "dcr-life")
        // IS 7.1 binds unknown fields with @JsonAnySetter and, with no attribute filter, drops
        // them.
        .doesNotContainKey("x_unknown_field")
        .containsEntry("require_pushed_authorization_requests", false)
        .containsEntry("ext_pkce_mandatory", true);
    String id = created.str("client_id");

    TestHttp.Res dup = http.is("POST", DCR, http.adminBasic(), body);
    assertThat(dup.status()).isEqualTo(400);
    assertThat(dup.json())
        .containsEntry("error", "invalid_client_metadata")
        .containsKeys("error_description", "traceId");

    assertThat(
            http.is("GET", DCR + "?client_name=dcr-life", http.adminBasic(), null).str("client_id"))
        .isEqualTo(id);
    TestHttp.Res missing = http.is("GET", DCR + "?client_name=nope", http.adminBasic(), null);
    assertThat(missing.status()).isEqualTo(401);
    assertThat(missing.body()).isEmpty();
    assertThat(http.is("GET", DCR + "/" + id, http.adminBasic(), null).str("client_name"))
        .isEqualTo("dcr-life");

    TestHttp.Res put =
        http.is(
            "PUT",
            DCR + "/" + id,
            http.adminBasic(),
            map(
                "client_name",
                "dcr-life",
                "redirect_uris",
                List.of("https://tpp.example/new"),
                "grant_types",
                List.of("authorization_code")));
    assertThat(put.status()).isEqualTo(200);
    // DCRMService.updateApplication writes the PUT body's primitive booleans: an absent
    // ext_pkce_mandatory switches PKCE off.
    assertThat(put.json())
        .containsEntry("redirect_uris", List.of("https://tpp.example/new"))
        .containsEntry("client_id", id)
        .containsEntry("ext_pkce_mandatory", false);

    assertThat(http.is("DELETE", DCR + "/" + id, http.adminBasic(), null).status()).isEqualTo(204);
    TestHttp.Res gone = http.is("GET", DCR + "/" + id, http.adminBasic(), null);
    assertThat(gone.status()).isEqualTo(401);
    assertThat(gone.body()).isEmpty();
  }

  @Test
  void dcrValidationAndAuthentication(Wso2Emulator wso2) {
    TestHttp http = new TestHttp(wso2);
    TestHttp.Res noRedirect =
        http.is(
            "POST",
            DCR,
            http.adminBasic(),
            map("client_name", "no-redirect", "grant_types", List.of("authorization_code")));
    assertThat(noRedirect.status()).isEqualTo(400);
    assertThat(noRedirect.str("error")).isEqualTo("invalid_client_metadata");
    assertThat(
            http.is("POST", DCR, http.adminBasic(), map("redirect_uris", List.of())).str("error"))
        .isEqualTo("invalid_client_metadata");
    TestHttp.Res unauth =
        http.is(
            "POST",
            DCR,
            basic("admin", "wrong"),
            map("client_name", "x", "grant_types", List.of("client_credentials")));
    // identity-carbon-auth-rest APIErrorResponseHandler.handleDCRApiErrorResponse: the valve's 401
    // has a JSON body and a bare "Bearer" challenge; its 403 a JSON body.
    assertThat(unauth.status()).isEqualTo(401);
    assertThat(unauth.header("WWW-Authenticate")).isEqualTo("Bearer");
    assertThat(unauth.json())
        .containsEntry("code", 401L)
        .containsEntry("message", "Unauthorized")
        .containsKey("description");
    wso2.addUser("plain@example.com", "Plain-pass-1");
    TestHttp.Res forbidden =
        http.is(
            "POST",
            DCR,
            basic("plain@example.com", "Plain-pass-1"),
            map("client_name", "y", "grant_types", List.of("client_credentials")));
    assertThat(forbidden.status()).isEqualTo(403);
    assertThat(forbidden.json()).containsEntry("code", 403L).containsEntry("message", "Forbidden");
  }

  @Test
  void bearerTokenWithDcrScopeIsAccepted(Wso2Emulator wso2) {
    TestHttp http = new TestHttp(wso2);
    TestHttp.Res admin =
        http.is(
            "POST",
            DCR,
            http.adminBasic(),
            map("client_name", "dcr-admin-app", "grant_types", List.of("client_credentials")));
    String token =
        http.isForm(
                "/oauth2/token",
                basic(admin.str("client_id"), admin.str("client_secret")),
                TestHttp.form(
                    "grant_type",
                    "client_credentials",
                    "scope",
                    "internal_dcr_create internal_dcr_view"))
            .str("access_token");
    assertThat(
            http.is(
                    "POST",
                    DCR,
                    TestHttp.bearer(token),
                    map("client_name", "via-bearer", "grant_types", List.of("client_credentials")))
                .status())
        .isEqualTo(201);
    assertThat(http.is("DELETE", DCR + "/x", TestHttp.bearer(token), null).status()).isEqualTo(403);
  }
}
