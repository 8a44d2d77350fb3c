package io.github.fsonboard.testkit;

import static io.github.fsonboard.testkit.TestHttp.basic;
import static io.github.fsonboard.testkit.TestHttp.bearer;
import static io.github.fsonboard.testkit.TestHttp.form;
import static io.github.fsonboard.testkit.TestHttp.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * DCR v1.1 answers as identity-inbound-auth-oauth's dcr endpoint and DCRMService do, in IS 7.0 and
 * 7.1 (wso2-contracts.md §9b).
 */
@WithWso2Emulator
class IsDcrServerTruthTest {
  static final String DCR = IsOAuthTest.DCR;
  Wso2Emulator wso2;

  @Test
  void aChosenIdAndSecretTravelAsExtensionParameters() {
    // RegistrationRequestDTO binds ext_param_client_id / ext_param_client_secret.
    TestHttp http = new TestHttp(wso2);
    TestHttp.Res r =
        IsOAuthTest.register(
            http,
            "chosen-id",
            map(
                "ext_param_client_id",
                "chosen_client_id_1",
                "ext_param_client_secret",
                "chosen-secret"));
    assertThat(r.json())
        .containsEntry("client_id", "chosen_client_id_1")
        .containsEntry("client_secret", "chosen-secret")
        .doesNotContainKeys("ext_param_client_id", "ext_param_client_secret");
  }

  @Test
  void isSevenOneDropsClientIdAndIssuesARandomOne() {
    // IS 7.1's RegistrationRequestDTO collects undeclared fields (@JsonAnySetter) and drops them.
    TestHttp http = new TestHttp(wso2);
    TestHttp.Res r = IsOAuthTest.register(http, "ignored-id", map("client_id", "wanted_id"));
    assertThat(r.str("client_id")).isNotEqualTo("wanted_id").isNotBlank();
  }

  @Test
  void isSevenZeroRefusesClientIdAndUnknownFields() {
    // IS 7.0's RegistrationRequestDTO is bound with strict Jackson: "Unrecognized field".
    try (Wso2Emulator old = Wso2Emulator.builder().isVersion(IsVersion.V7_0).build().start()) {
      TestHttp http = new TestHttp(old);
      for (String field : List.of("client_id", "x_vendor_field")) {
        TestHttp.Res r =
            http.is(
                "POST",
                DCR,
                http.adminBasic(),
                map(
                    "client_name",
                    "strict-" + field,
                    "grant_types",
                    List.of("client_credentials"),
                    field,
                    "value"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.str("error_description")).isEqualTo("Unrecognized field : " + field);
      }
      assertThat(old.state().identityServerClientCount()).isZero();
    }
  }

  @Test
  void keysAreRegisteredByJwksUriOnlyAndAJwksMemberIsUndeclared() {
    // RegistrationRequestDTO/UpdateRequestDTO (7.0.26, 7.0.259) declare jwks_uri but no jwks;
    // DCRMService.updateApplication writes jwks_uri only when the PUT sends a non-empty one.
    Map<String, Object> jwks = Map.of("keys", List.of(Map.of("kty", "EC", "kid", "k")));
    TestHttp http = new TestHttp(wso2);
    TestHttp.Res r =
        IsOAuthTest.register(
            http, "keys-by-uri", map("jwks_uri", "https://tpp.example/jwks.json", "jwks", jwks));
    assertThat(r.json())
        .containsEntry("jwks_uri", "https://tpp.example/jwks.json")
        .doesNotContainKey("jwks");
    try (Wso2Emulator old = Wso2Emulator.builder().isVersion(IsVersion.V7_0).build().start()) {
      TestHttp strict = new TestHttp(old);
      TestHttp.Res refused =
          strict.is(
              "POST",
              DCR,
              strict.adminBasic(),
              map(
                  "client_name",
                  "keys-by-value",
                  "grant_types",
                  List.of("client_credentials"),
                  "jwks",
                  jwks));
      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.str("error_description")).isEqualTo("Unrecognized field : jwks");
    }
  }

  @Test
  void anUnsupportedGrantIsInvalidClientMetadata() {
    // DCRMService.validateGrantTypes.
    TestHttp http = new TestHttp(wso2);
    TestHttp.Res r =
        http.is(
            "POST",
            DCR,
            http.adminBasic(),
            map("client_name", "bad-grant", "grant_types", List.of("magic")));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json())
        .containsEntry("error", "invalid_client_metadata")
        .containsEntry("error_description", "'magic' grant type is not allowed.");
  }

  @Test
  void putResetsTheFlagsItIsNotSentAndKeepsEmptyLists() {
    // DCRMService.updateApplication: the PUT DTO's primitive booleans default to false; empty
    // grant types and redirect URIs leave the stored values.
    TestHttp http = new TestHttp(wso2);
    TestHttp.Res created =
        IsOAuthTest.register(
            http,
            "flags",
            map(
                "grant_types",
                List.of("authorization_code"),
                "ext_pkce_mandatory",
                true,
                "ext_public_client",
                true,
                "require_pushed_authorization_requests",
                true,
                "require_signed_request_object",
                true,
                "tls_client_certificate_bound_access_tokens",
                true));
    String id = created.str("client_id");
    TestHttp.Res put =
        http.is(
            "PUT",
            DCR + "/" + id,
            http.adminBasic(),
            map("client_name", "flags", "redirect_uris", List.of(), "grant_types", List.of()));
    assertThat(put.status()).isEqualTo(200);
    assertThat(put.json())
        .containsEntry("ext_pkce_mandatory", false)
        .containsEntry("ext_public_client", false)
        .containsEntry("require_pushed_authorization_requests", false)
        .containsEntry("require_signed_request_object", false)
        .containsEntry("tls_client_certificate_bound_access_tokens", false)
        .containsEntry("redirect_uris", List.of(IsOAuthTest.CB))
        .containsEntry("grant_types", List.of("authorization_code"));
  }

  @Test
  void anotherOwnersClientIsForbiddenWithoutBody() {
    // DCRMService.getApplicationById: a client of another owner is a bare 403.
    TestHttp http = new TestHttp(wso2);
    wso2.addUser("dev@example.com", "Dev-pass-1");
    TestHttp.Res tool =
        IsOAuthTest.register(http, "dev-tool", map("grant_types", List.of("password")));
    String devToken =
        http.isForm(
                "/oauth2/token",
                basic(tool.str("client_id"), tool.str("client_secret")),
                form(
                    "grant_type",
                    "password",
                    "username",
                    "dev@example.com",
                    "password",
                    "Dev-pass-1",
                    "scope",
                    "internal_dcr_view"))
            .str("access_token");
    TestHttp.Res forbidden =
        http.is("GET", DCR + "/" + tool.str("client_id"), bearer(devToken), null);
    assertThat(forbidden.status()).isEqualTo(403);
    assertThat(forbidden.body()).isEmpty();
    TestHttp.Res unknown = http.is("GET", DCR + "/no-such-client", bearer(devToken), null);
    assertThat(unknown.status()).isEqualTo(401);
    assertThat(unknown.body()).isEmpty();
  }

  @Test
  void flagsAndLifetimesAreJsonBooleansAndNumbers() {
    TestHttp http = new TestHttp(wso2);
    Map<String, Object> r =
        IsOAuthTest.register(
                http,
                "typed",
                map("ext_public_client", false, "ext_application_token_lifetime", 3600))
            .json();
    assertThat(r.get("ext_public_client")).isEqualTo(false);
    assertThat(r.get("ext_application_token_lifetime")).isEqualTo(3600L);
  }
}
