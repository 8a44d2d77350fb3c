package io.github.fsonboard.testkit;

import static io.github.fsonboard.testkit.TestHttp.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@WithWso2Emulator
class IsManagementTest {
  static final String RES = "/api/server/v1/api-resources";
  static final String SCOPES = "/api/identity/oauth2/v1.0/scopes";

  @Test
  @SuppressWarnings("unchecked")
  void scimUsersCreateFilterMeAndDelete(Wso2Emulator wso2) {
    TestHttp http = new TestHttp(wso2);
    TestHttp.Res created =
        http.is(
            "POST",
            "/scim2/Users",
            http.adminBasic(),
            map(
                "schemas",
                List.of("urn:ietf:params:scim:schemas:core:2.0:User"),
                "userName",
                "scim@example.com",
                "password",
                "Scim-pass-1",
                "emails",
                List.of(map("value", "scim@example.com", "primary", true))));
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Content-Type")).startsWith("application/scim+json");
    assertThat(created.json())
        .containsEntry("userName", "scim@example.com")
        .doesNotContainKey("password");
    TestHttp.Res dup =
        http.is(
            "POST",
            "/scim2/Users",
            http.adminBasic(),
            map("userName", "scim@example.com", "password", "x"));
    assertThat(dup.status()).isEqualTo(409);
    // charon's ConflictException: status as a string, and no scimType.
    assertThat(dup.json()).containsEntry("status", "409").doesNotContainKey("scimType");
    TestHttp.Res found =
        http.is("GET", "/scim2/Users?filter=userName+eq+scim@example.com", http.adminBasic(), null);
    assertThat(found.json()).containsEntry("totalResults", 1L);
    assertThat((List<Map<String, Object>>) found.json().get("Resources")).hasSize(1);
    TestHttp.Res me =
        http.is("GET", "/scim2/Me", TestHttp.basic("scim@example.com", "Scim-pass-1"), null);
    assertThat(me.json()).containsEntry("userName", "scim@example.com");
    assertThat(
            http.is("DELETE", "/scim2/Users/" + created.str("id"), http.adminBasic(), null)
                .status())
        .isEqualTo(204);
    assertThat(wso2.state().usernames()).doesNotContain("scim@example.com");
    assertThat(http.is("GET", "/scim2/Users", TestHttp.basic("admin", "bad"), null).status())
        .isEqualTo(401);
  }

  @Test
  @SuppressWarnings("unchecked")
  void rolesV2CreateSearchPatchDelete(Wso2Emulator wso2) {
    TestHttp http = new TestHttp(wso2);
    Map<String, Object> role =
        map(
            "schemas",
            List.of("urn:ietf:params:scim:schemas:extension:2.0:Role"),
            "displayName",
            "AISP",
            "audience",
            map("value", "app-1", "type", "application"),
            "permissions",
            List.of(map("value", "accounts", "display", "accounts")));
    TestHttp.Res created = http.is("POST", "/scim2/v2/Roles", http.adminBasic(), role);
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json()).containsKeys("id", "meta");
    assertThat(http.is("POST", "/scim2/v2/Roles", http.adminBasic(), role).status()).isEqualTo(409);
    String id = created.str("id");
    TestHttp.Res search =
        http.is("GET", "/scim2/v2/Roles?filter=displayName+eq+AISP", http.adminBasic(), null);
    assertThat((List<Object>) search.json().get("Resources")).hasSize(1);
    TestHttp.Res patched =
        http.is(
            "PATCH",
            "/scim2/v2/Roles/" + id,
            http.adminBasic(),
            map(
                "schemas", List.of("urn:ietf:params:scim:api:messages:2.0:PatchOp"),
                "Operations",
                    List.of(
                        map(
                            "op",
                            "add",
                            "value",
                            map("permissions", List.of(map("value", "payments")))))));
    assertThat(patched.status()).isEqualTo(200);
    assertThat((List<Object>) patched.json().get("permissions")).hasSize(2);
    assertThat(http.is("DELETE", "/scim2/v2/Roles/" + id, http.adminBasic(), null).status())
        .isEqualTo(204);
    assertThat(http.is("GET", "/scim2/v2/Roles/" + id, http.adminBasic(), null).status())
        .isEqualTo(404);
    assertThat(wso2.state().roleCount()).isZero();
  }

  @Test
  @SuppressWarnings("unchecked")
  void apiResourcesCreateFilterPatchAndConflicts(Wso2Emulator wso2) {
    TestHttp http = new TestHttp(wso2);
    Map<String, Object> body =
        map(
            "name",
            "Accounts",
            "identifier",
            "accounts_api",
            "requiresAuthorization",
            true,
            "scopes",
            List.of(map("name", "accounts", "displayName", "accounts")));
    TestHttp.Res created = http.is("POST", RES, http.adminBasic(), body);
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location")).endsWith(RES + "/" + created.str("id"));
    TestHttp.Res dup = http.is("POST", RES, http.adminBasic(), body);
    assertThat(dup.status()).isEqualTo(409);
    assertThat(dup.str("code")).isEqualTo("API-RESOURCE-60003");
    TestHttp.Res list =
        http.is("GET", RES + "?filter=identifier+eq+accounts_api", http.adminBasic(), null);
    assertThat(list.json()).containsKeys("totalResults", "links", "apiResources");
    assertThat((List<Object>) list.json().get("apiResources")).hasSize(1);
    assertThat(
            http.is(
                    "PATCH",
                    RES + "/" + created.str("id"),
                    http.adminBasic(),
                    map("addedScopes", List.of(map("name", "accounts.read"))))
                .status())
        .isEqualTo(204);
    assertThat(
            http.is(
                    "PATCH",
                    RES + "/" + created.str("id"),
                    http.adminBasic(),
                    map("addedScopes", List.of(map("name", "accounts"))))
                .status())
        .isEqualTo(409);
    List<Object> scopes =
        (List<Object>)
            http.is("GET", RES + "/" + created.str("id"), http.adminBasic(), null)
                .json()
                .get("scopes");
    assertThat(scopes).hasSize(2);
    assertThat(
            http.is(
                    "POST",
                    "/api/server/v1/applications/app-1/authorized-apis",
                    http.adminBasic(),
                    map(
                        "id",
                        created.str("id"),
                        "policyIdentifier",
                        "RBAC",
                        "scopes",
                        List.of("accounts")))
                .status())
        .isEqualTo(200);
    assertThat(http.is("DELETE", RES + "/" + created.str("id"), http.adminBasic(), null).status())
        .isEqualTo(204);
    assertThat(wso2.state().apiResourceCount()).isZero();
  }

  @Test
  void oauthScopesCrudWithWso2ErrorCodes(Wso2Emulator wso2) {
    TestHttp http = new TestHttp(wso2);
    Map<String, Object> scope =
        map(
            "name",
            "accounts",
            "displayName",
            "Accounts",
            "description",
            "Read accounts",
            "bindings",
            List.of());
    assertThat(http.is("POST", SCOPES, http.adminBasic(), scope).status()).isEqualTo(201);
    TestHttp.Res dup = http.is("POST", SCOPES, http.adminBasic(), scope);
    assertThat(dup.status()).isEqualTo(409);
    assertThat(dup.str("code")).isEqualTo("41004");
    assertThat(
            http.is("GET", SCOPES + "/name/accounts", http.adminBasic(), null).str("displayName"))
        .isEqualTo("Accounts");
    assertThat(http.is("HEAD", SCOPES + "/name/accounts", http.adminBasic(), null).status())
        .isEqualTo(200);
    assertThat(
            http.is(
                    "PUT",
                    SCOPES + "/name/accounts",
                    http.adminBasic(),
                    map("displayName", "Accounts v2"))
                .str("displayName"))
        .isEqualTo("Accounts v2");
    assertThat(http.is("DELETE", SCOPES + "/name/accounts", http.adminBasic(), null).status())
        .isEqualTo(204);
    TestHttp.Res missing = http.is("GET", SCOPES + "/name/accounts", http.adminBasic(), null);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.str("code")).isEqualTo("41003");
  }
}
