package io.github.fsonboard.testkit;

import static io.github.fsonboard.testkit.TestHttp.basic;
import static io.github.fsonboard.testkit.TestHttp.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * API resources, application authorizations, SCIM conflicts and self sign-up answer as
 * identity-api-server, charon and identity-governance do (wso2-contracts.md §9b).
 */
@WithWso2Emulator
class IsManagementServerTruthTest {
  static final String RES = IsManagementTest.RES;
  static final String SIGN_UP = "/api/identity/user/v1.0/me";
  Wso2Emulator wso2;

  private static String createApi(TestHttp http, String identifier, String... scopes) {
    List<Object> scopeModels = new ArrayList<>();
    for (String s : scopes) {
      scopeModels.add(map("name", s));
    }
    TestHttp.Res r =
        http.is(
            "POST",
            RES,
            http.adminBasic(),
            map("name", identifier, "identifier", identifier, "scopes", scopeModels));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.str("id");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> listOf(TestHttp.Res page, String key) {
    return (List<Map<String, Object>>) page.json().get(key);
  }

  private static String cursor(TestHttp.Res page, String name) {
    for (Map<String, Object> link : listOf(page, "links")) {
      String href = String.valueOf(link.get("href"));
      int at = href.indexOf(name + "=");
      if (at >= 0) {
        return href.substring(at + name.length() + 1).split("&")[0];
      }
    }
    return null;
  }

  @Test
  void apiResourcesPageByTenWithBeforeAndAfterCursors() {
    // ServerAPIResourceManagementService.getAPIResources: "apiResources", default limit 10,
    // base64 cursors in links; before and after together is API-RESOURCE-60011.
    try (Wso2Emulator fresh = Wso2Emulator.builder().build().start()) {
      pageThroughTwelve(new TestHttp(fresh));
    }
  }

  private static void pageThroughTwelve(TestHttp http) {
    for (int i = 0; i < 12; i++) {
      createApi(http, "paged_" + i);
    }
    TestHttp.Res first = http.is("GET", RES, http.adminBasic(), null);
    assertThat(first.json()).doesNotContainKey("APIResources");
    assertThat(listOf(first, "apiResources")).hasSize(10);
    String after = cursor(first, "after");
    assertThat(after).isNotNull();
    assertThat(cursor(first, "before")).isNull();

    TestHttp.Res second = http.is("GET", RES + "?after=" + after, http.adminBasic(), null);
    assertThat(listOf(second, "apiResources"))
        .extracting(r -> r.get("identifier"))
        .containsExactly("paged_10", "paged_11");
    assertThat(cursor(second, "after")).isNull();
    String before = cursor(second, "before");
    TestHttp.Res back = http.is("GET", RES + "?before=" + before, http.adminBasic(), null);
    assertThat(listOf(back, "apiResources")).hasSize(10);

    TestHttp.Res both =
        http.is("GET", RES + "?before=" + before + "&after=" + after, http.adminBasic(), null);
    assertThat(both.status()).isEqualTo(400);
    assertThat(both.str("code")).isEqualTo("API-RESOURCE-60011");
  }

  @Test
  void scopesAreRemovedOneByOneNeverByPatch() {
    // ApiResourcesApiServiceImpl.patchAPIResource answers removedScopes with 501
    // API-RESOURCE-60006; APIResourceManagementService.deleteAPIScopeByScopeName removes one.
    TestHttp http = new TestHttp(wso2);
    String id = createApi(http, "scoped_api", "a.read", "a.write");
    TestHttp.Res patch =
        http.is(
            "PATCH", RES + "/" + id, http.adminBasic(), map("removedScopes", List.of("a.write")));
    assertThat(patch.status()).isEqualTo(501);
    assertThat(patch.str("code")).isEqualTo("API-RESOURCE-60006");
    assertThat(
            http.is("DELETE", RES + "/" + id + "/scopes/a.write", http.adminBasic(), null).status())
        .isEqualTo(204);
    assertThat(listOf(http.is("GET", RES + "/" + id, http.adminBasic(), null), "scopes"))
        .extracting(s -> s.get("name"))
        .containsExactly("a.read");
    TestHttp.Res gone = http.is("GET", RES + "/nope", http.adminBasic(), null);
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.str("code")).isEqualTo("API-RESOURCE-60002");
  }

  @Test
  void authorizingAnApiAnswers200ThenConflicts() {
    // ServerApplicationManagementService.addAuthorizedAPI: 200, then 409 APP-60509; unknown API
    // APP-60507, unknown scope APP-60508.
    TestHttp http = new TestHttp(wso2);
    String api = createApi(http, "authz_api", "authz.read");
    String path = "/api/server/v1/applications/app-authz/authorized-apis";
    Map<String, Object> body =
        map("id", api, "policyIdentifier", "RBAC", "scopes", List.of("authz.read"));
    TestHttp.Res ok = http.is("POST", path, http.adminBasic(), body);
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.body()).isEmpty();
    TestHttp.Res again = http.is("POST", path, http.adminBasic(), body);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.str("code")).isEqualTo("APP-60509");
    assertThat(
            http.is("POST", path, http.adminBasic(), map("id", "nope", "scopes", List.of()))
                .str("code"))
        .isEqualTo("APP-60507");
    assertThat(
            http.is("POST", path, http.adminBasic(), map("id", api, "scopes", List.of("x")))
                .str("code"))
        .isEqualTo("APP-60508");
  }

  @Test
  void scimConflictsCarryNoScimTypeAndValveErrorsANumericStatus() {
    // charon ConflictException (no scimType); APIErrorResponseHandler.handleScim2ApiErrorResponse
    // (status as a number).
    TestHttp http = new TestHttp(wso2);
    Map<String, Object> role =
        map(
            "schemas",
            List.of("urn:ietf:params:scim:schemas:extension:2.0:Role"),
            "displayName",
            "tpp-role");
    assertThat(http.is("POST", "/scim2/v2/Roles", http.adminBasic(), role).status()).isEqualTo(201);
    TestHttp.Res dup = http.is("POST", "/scim2/v2/Roles", http.adminBasic(), role);
    assertThat(dup.status()).isEqualTo(409);
    assertThat(dup.json()).containsEntry("status", "409").doesNotContainKey("scimType");
    TestHttp.Res refused = http.is("GET", "/scim2/Users", basic("admin", "wrong"), null);
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.json()).containsEntry("status", 401L).doesNotContainKey("scimType");
  }

  @Test
  void rolePatchRemovesOneMemberByValueFilterOnly() {
    // SCIMRoleManagerV2.patchRole: remove takes attr[value eq "x"]; charon's invalid filter type
    // is "InvalidFilter".
    TestHttp http = new TestHttp(wso2);
    TestHttp.Res role =
        http.is(
            "POST",
            "/scim2/v2/Roles",
            http.adminBasic(),
            map(
                "displayName",
                "patch-role",
                "permissions",
                List.of(map("value", "a.read"), map("value", "a.write"))));
    String path = "/scim2/v2/Roles/" + role.str("id");
    TestHttp.Res removed =
        http.is(
            "PATCH",
            path,
            http.adminBasic(),
            map(
                "Operations",
                List.of(map("op", "remove", "path", "permissions[value eq \"a.write\"]"))));
    assertThat(removed.status()).isEqualTo(200);
    assertThat(listOf(removed, "permissions"))
        .extracting(p -> p.get("value"))
        .containsExactly("a.read");
    TestHttp.Res byList =
        http.is(
            "PATCH",
            path,
            http.adminBasic(),
            map(
                "Operations",
                List.of(
                    map("op", "remove", "value", map("permissions", List.of(map("value", "a")))))));
    assertThat(byList.status()).isEqualTo(400);
    TestHttp.Res badFilter =
        http.is("GET", "/scim2/v2/Roles?filter=name+sw+x", http.adminBasic(), null);
    assertThat(badFilter.status()).isEqualTo(400);
    assertThat(badFilter.str("scimType")).isEqualTo("InvalidFilter");
  }

  private static Map<String, Object> signUp(String user) {
    return map(
        "user", map("username", user, "password", "Tpp-pass-1", "claims", List.of()),
        "properties", List.of());
  }

  @Test
  @SuppressWarnings("unchecked")
  void signedUpClaimsReadBackOverScimUnderTheirScimNames() {
    // IS claim-config.xml (core 2.0 User dialect: emails, name.givenName, name.familyName),
    // identity-inbound-provisioning-scim2 scim2-schema-extension.config (enterprise
    // organization) and WSO2's urn:scim:wso2:schema (country).
    TestHttp http = new TestHttp(wso2);
    String local = "http://wso2.org/claims/";
    List<Object> claims = new ArrayList<>();
    Map.of(
            "givenname", "Ada",
            "lastname", "Lovelace",
            "emailaddress", "ada@example.com",
            "organization", "Example TPP",
            "country", "United Kingdom")
        .forEach((k, v) -> claims.add(map("uri", local + k, "value", v)));
    Map<String, Object> body = signUp("claims@example.com");
    ((Map<String, Object>) body.get("user")).put("claims", claims);
    assertThat(http.is("POST", SIGN_UP, http.adminBasic(), body).status()).isEqualTo(201);

    TestHttp.Res list =
        http.is(
            "GET",
            "/scim2/Users?filter=userName%20eq%20claims@example.com",
            http.adminBasic(),
            null);

    Map<String, Object> user = listOf(list, "Resources").get(0);
    assertThat(user.keySet()).noneMatch(k -> k.startsWith("http"));
    assertThat((List<Object>) user.get("schemas"))
        .containsExactly(
            "urn:ietf:params:scim:schemas:core:2.0:User",
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
            "urn:scim:wso2:schema");
    assertThat(user.get("name")).isEqualTo(map("givenName", "Ada", "familyName", "Lovelace"));
    assertThat(user.get("emails")).isEqualTo(List.of("ada@example.com"));
    assertThat(user.get("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"))
        .isEqualTo(map("organization", "Example TPP"));
    assertThat(user.get("urn:scim:wso2:schema")).isEqualTo(map("country", "United Kingdom"));
  }

  @Test
  void signUpAnswersAnEmptyBodyByDefault() {
    // MeApiServiceImpl.mePost without EnableDetailedResponseBody.
    TestHttp http = new TestHttp(wso2);
    TestHttp.Res r = http.is("POST", SIGN_UP, http.adminBasic(), signUp("empty@example.com"));
    assertThat(r.status()).isEqualTo(201);
    assertThat(r.body()).isEmpty();
    TestHttp.Res again = http.is("POST", SIGN_UP, http.adminBasic(), signUp("empty@example.com"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.str("code")).isEqualTo("20030");
  }

  @Test
  void signUpWhenDisabledIs400With20021OnBothServers() {
    // identity-governance UserSelfRegistrationManager.registerUser:
    // ERROR_CODE_DISABLE_SELF_SIGN_UP ("20021", "Self sign up feature is disabled").
    try (Wso2Emulator disabled = Wso2Emulator.builder().selfSignUpEnabled(false).build().start()) {
      TestHttp http = new TestHttp(disabled);
      for (TestHttp.Res r :
          List.of(
              http.is("POST", SIGN_UP, http.adminBasic(), signUp("off@example.com")),
              http.apim("POST", SIGN_UP, http.adminBasic(), signUp("off@example.com")))) {
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json())
            .containsEntry("code", "20021")
            .containsEntry("description", "Self sign up feature is disabled");
      }
      assertThat(disabled.state().rolesOf("off@example.com")).isEmpty();
    }
  }

  @Test
  void signUpBodyFollowsTheServerConfiguration() {
    // MeApiServiceImpl.mePost: the detailed body when configured, a plain-text recovery id with
    // an external notification channel.
    try (Wso2Emulator detailed =
        Wso2Emulator.builder().selfSignUpResponse(SelfSignUpResponse.DETAILED).build().start()) {
      TestHttp http = new TestHttp(detailed);
      TestHttp.Res r = http.is("POST", SIGN_UP, http.adminBasic(), signUp("d@example.com"));
      assertThat(r.status()).isEqualTo(201);
      assertThat(r.json()).containsEntry("code", "USR-02007").containsKey("userId");
    }
    try (Wso2Emulator external =
        Wso2Emulator.builder().selfSignUpResponse(SelfSignUpResponse.RECOVERY_ID).build().start()) {
      TestHttp http = new TestHttp(external);
      TestHttp.Res r = http.is("POST", SIGN_UP, http.adminBasic(), signUp("e@example.com"));
      assertThat(r.status()).isEqualTo(201);
      assertThat(r.header("Content-Type")).startsWith("text/plain");
      assertThat(r.body()).isNotBlank().doesNotStartWith("{");
    }
  }
}
