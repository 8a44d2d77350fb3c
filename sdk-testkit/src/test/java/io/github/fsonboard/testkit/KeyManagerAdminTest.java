package io.github.fsonboard.testkit;

import static io.github.fsonboard.testkit.TestHttp.bearer;
import static io.github.fsonboard.testkit.TestHttp.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KeyManagerAdminTest {
  static final String KM = "/api/am/admin/v4/key-managers";

  /**
   * An fsKeyManager create body of our own (the fields an APIM 4.x admin sends for the FS key
   * manager), pointed at the emulator's IS with its admin credentials. Tests own their fixtures:
   * nothing here reads WSO2's spec folder.
   */
  static Map<String, Object> fsKeyManagerBody(Wso2Emulator wso2, String name) {
    String is = wso2.isBaseUrl();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put("displayName", name);
    body.put("type", "fsKeyManager");
    body.put("description", "FS key manager for " + name);
    body.put("wellKnownEndpoint", is + "/oauth2/token/.well-known/openid-configuration");
    body.put("introspectionEndpoint", is + "/oauth2/introspect");
    body.put("clientRegistrationEndpoint", is + "/api/identity/oauth2/dcr/v1.1/register");
    body.put("tokenEndpoint", is + "/oauth2/token");
    body.put("displayTokenEndpoint", is + "/oauth2/token");
    body.put("revokeEndpoint", is + "/oauth2/revoke");
    body.put("displayRevokeEndpoint", is + "/oauth2/revoke");
    body.put("userInfoEndpoint", is + "/scim2/Me");
    body.put("authorizeEndpoint", is + "/oauth2/authorize");
    body.put("certificates", map("type", "JWKS", "value", is + "/oauth2/jwks"));
    body.put("issuer", is + "/oauth2/token");
    body.put("scopeManagementEndpoint", is + "/api/identity/oauth2/v1.0/scopes");
    body.put(
        "availableGrantTypes",
        List.of(
            "refresh_token",
            "client_credentials",
            "authorization_code",
            "urn:ietf:params:oauth:grant-type:jwt-bearer"));
    body.put("enableTokenGeneration", true);
    body.put("enableTokenEncryption", false);
    body.put("enableTokenHashing", false);
    body.put("enableMapOAuthConsumerApps", true);
    body.put("enableOAuthAppCreation", true);
    body.put("enableSelfValidationJWT", true);
    body.put("claimMapping", List.of());
    body.put("consumerKeyClaim", "azp");
    body.put("scopesClaim", "scope");
    body.put(
        "tokenValidation",
        List.of(map("id", 1, "type", "JWT", "value", map("body", map()), "enable", true)));
    body.put("enabled", true);
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("Username", wso2.adminUsername());
    props.put("Password", wso2.adminPassword());
    props.put("api_resource_management_endpoint", is + "/api/server/v1/api-resources");
    props.put("is7_roles_endpoint", is + "/scim2/v2/Roles");
    props.put("enable_roles_creation", true);
    body.put("additionalProperties", props);
    body.put("permissions", map("permissionType", "PUBLIC"));
    body.put("tokenType", "DIRECT");
    body.put("allowedOrganizations", List.of("ALL"));
    return body;
  }

  Wso2Emulator wso2;
  TestHttp http;
  String admin;

  @BeforeEach
  void start() {
    wso2 = Wso2Emulator.builder().build().start();
    http = new TestHttp(wso2);
    admin = bearer(http.adminToken());
  }

  @org.junit.jupiter.api.AfterEach
  void stop() {
    wso2.close();
  }

  @Test
  void listsResidentKeyManagerInInfoShape() {
    TestHttp.Res list = http.apim("GET", KM, admin, null);
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.json().get("count")).isEqualTo(1L);
    assertThat(list.list().get(0))
        .containsOnlyKeys("id", "name", "type", "description", "enabled", "tokenType")
        .containsEntry("name", "Resident Key Manager")
        .containsEntry("type", "default")
        .containsEntry("enabled", true);
  }

  @Test
  void createsFsKeyManagerMasksPasswordAndRejectsDuplicate() throws Exception {
    TestHttp.Res created = http.apim("POST", KM, admin, fsKeyManagerBody(wso2, "FSKM"));
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.str("id")).isNotBlank();
    @SuppressWarnings("unchecked")
    Map<String, Object> props = (Map<String, Object>) created.json().get("additionalProperties");
    assertThat(props)
        .containsEntry("Password", "*****")
        .containsEntry("enable_roles_creation", true);
    TestHttp.Res got = http.apim("GET", KM + "/" + created.str("id"), admin, null);
    assertThat(got.json()).containsEntry("type", "fsKeyManager");
    TestHttp.Res dup = http.apim("POST", KM, admin, fsKeyManagerBody(wso2, "FSKM"));
    assertThat(dup.status()).isEqualTo(409);
    assertThat(dup.json())
        .containsEntry("code", 901402L)
        .containsEntry("message", "Key Manager Already Exists");
    assertThat(wso2.state().keyManagerNames()).containsExactly("Resident Key Manager", "FSKM");
  }

  @Test
  @SuppressWarnings("unchecked")
  void fsKeyManagerNeedsItsConnectorValues() throws Exception {
    Map<String, Object> body = fsKeyManagerBody(wso2, "FSKM");
    Map<String, Object> props = (Map<String, Object>) body.get("additionalProperties");
    props.remove("Password");
    props.remove("is7_roles_endpoint");
    TestHttp.Res r = http.apim("POST", KM, admin, body);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.str("description"))
        .isEqualTo(
            "Key Manager Configuration value for Password,is7_roles_endpoint is/are required");
    assertThat(wso2.state().keyManagerNames()).containsExactly("Resident Key Manager");
  }

  @Test
  @SuppressWarnings("unchecked")
  void putWithMaskedPasswordKeepsStoredValueAndBlankPasswordFails() throws Exception {
    String id = http.apim("POST", KM, admin, fsKeyManagerBody(wso2, "FSKM")).str("id");
    Map<String, Object> full = http.apim("GET", KM + "/" + id, admin, null).json();
    full.put("description", "changed");
    TestHttp.Res put = http.apim("PUT", KM + "/" + id, admin, full);
    assertThat(put.status()).isEqualTo(200);
    assertThat(put.str("description")).isEqualTo("changed");
    ((Map<String, Object>) full.get("additionalProperties")).put("Password", "");
    assertThat(http.apim("PUT", KM + "/" + id, admin, full).status()).isEqualTo(400);
    assertThat(http.apim("PUT", KM + "/nope", admin, full).status()).isEqualTo(404);
  }

  @Test
  void disablesResidentKeyManagerWhichDevportalThenHidesAndCannotDelete() {
    Map<String, Object> resident = http.apim("GET", KM, admin, null).list().get(0);
    String id = (String) resident.get("id");
    Map<String, Object> full = http.apim("GET", KM + "/" + id, admin, null).json();
    full.put("enabled", false);
    assertThat(http.apim("PUT", KM + "/" + id, admin, full).status()).isEqualTo(200);
    assertThat(wso2.state().keyManagerEnabled("Resident Key Manager")).isFalse();
    TestHttp.Res devportal = http.apim("GET", "/api/am/devportal/v3/key-managers", admin, null);
    assertThat(devportal.json().get("count")).isEqualTo(0L);
    assertThat(http.apim("DELETE", KM + "/" + id, admin, null).status()).isEqualTo(400);
    // The REST API sign-in still works with the Resident KM disabled.
    assertThat(http.adminToken()).isNotBlank();
  }

  @Test
  void deletesFsKeyManager() throws Exception {
    String id = http.apim("POST", KM, admin, fsKeyManagerBody(wso2, "FSKM")).str("id");
    assertThat(http.apim("DELETE", KM + "/" + id, admin, null).status()).isEqualTo(200);
    assertThat(http.apim("GET", KM + "/" + id, admin, null).status()).isEqualTo(404);
  }

  @Test
  @SuppressWarnings("unchecked")
  void devportalShowsFsKeyManagerApplicationConfiguration() throws Exception {
    http.apim("POST", KM, admin, fsKeyManagerBody(wso2, "FSKM"));
    List<Map<String, Object>> list =
        http.apim("GET", "/api/am/devportal/v3/key-managers", admin, null).list();
    Map<String, Object> fskm =
        list.stream().filter(k -> "FSKM".equals(k.get("name"))).findFirst().orElseThrow();
    List<Map<String, Object>> config =
        (List<Map<String, Object>>) fskm.get("applicationConfiguration");
    assertThat(config)
        .extracting(c -> c.get("name"))
        .contains(
            "regulatory",
            "sp_certificate",
            "ext_pkce_mandatory",
            "ext_pkce_support_plain",
            "ext_public_client",
            "ext_application_token_lifetime");
    assertThat(config.get(0))
        .containsKeys("name", "label", "type", "required", "mask", "multiple", "default", "values");
    assertThat(fskm.get("tokenEndpoint")).isEqualTo(wso2.isBaseUrl() + "/oauth2/token");
  }

  @Test
  @SuppressWarnings("unchecked")
  void discoverImportsThisIdentityServerAndRefusesOthers() {
    String boundary = "----fsonboard";
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"url\"\r\n\r\n"
            + wso2.isBaseUrl()
            + "/oauth2/token/.well-known/openid-configuration\r\n"
            + "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n"
            + "fsKeyManager\r\n--"
            + boundary
            + "--\r\n";
    TestHttp.Res r =
        http.send(
            "POST",
            wso2.apimBaseUrl() + KM + "/discover",
            admin,
            "multipart/form-data; boundary=" + boundary,
            body);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json()).containsEntry("valid", true);
    Map<String, Object> value = (Map<String, Object>) r.json().get("value");
    assertThat(value)
        .containsEntry("type", "fsKeyManager")
        .containsEntry("issuer", wso2.isIssuer())
        .containsEntry("tokenEndpoint", wso2.isBaseUrl() + "/oauth2/token")
        .containsEntry("displayTokenEndpoint", wso2.isBaseUrl() + "/oauth2/token")
        .containsEntry("revokeEndpoint", wso2.isBaseUrl() + "/oauth2/revoke")
        .doesNotContainKey("name");
    assertThat(value.values()).doesNotContain("");
    assertThat((Map<String, Object>) value.get("certificates"))
        .containsEntry("type", "JWKS")
        .containsEntry("value", wso2.isBaseUrl() + "/oauth2/jwks");
    String other = body.replace(wso2.isBaseUrl(), "https://elsewhere.example");
    TestHttp.Res no =
        http.send(
            "POST",
            wso2.apimBaseUrl() + KM + "/discover",
            admin,
            "multipart/form-data; boundary=" + boundary,
            other);
    assertThat(no.json()).containsEntry("valid", false);
  }
}
