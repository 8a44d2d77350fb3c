package io.github.fsonboard.testkit;

import static io.github.fsonboard.testkit.TestHttp.bearer;
import static io.github.fsonboard.testkit.TestHttp.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fsonboard.testkit.internal.KeyManagerRoutes;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KeyManagerAdminTest {
  static final String KM = "/api/am/admin/v4/key-managers";

  /**
   * An fsKeyManager create body (the emulator's own, as a bank admin sends it), pointed at the
   * emulator's IS with its admin credentials. Tests own their fixtures: nothing here reads WSO2's
   * spec folder.
   */
  static Map<String, Object> fsKeyManagerBody(Wso2Emulator wso2, String name) {
    Map<String, Object> body =
        KeyManagerRoutes.fsKeyManagerBody(
            wso2.isBaseUrl(), name, wso2.adminUsername(), wso2.adminPassword());
    body.put("permissions", map("permissionType", "PUBLIC"));
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
  void startsWithAnFsKeyManagerWhenTheFixtureSetsOneUp() {
    try (Wso2Emulator seeded =
        Wso2Emulator.builder()
            .fixture(Fixture.defaults().withFsKeyManager("FSKM"))
            .build()
            .start()) {
      TestHttp h = new TestHttp(seeded);
      String token = bearer(h.adminToken());
      assertThat(h.apim("GET", KM, token, null).list())
          .extracting(k -> k.get("name") + " " + k.get("type") + " " + k.get("enabled"))
          .containsExactly("Resident Key Manager default true", "FSKM fsKeyManager true");
      String id =
          h.apim("GET", KM, token, null).list().stream()
              .filter(k -> "FSKM".equals(k.get("name")))
              .findFirst()
              .orElseThrow()
              .get("id")
              .toString();
      assertThat(h.apim("GET", KM + "/" + id, token, null).json())
          .containsEntry("tokenEndpoint", seeded.isBaseUrl() + "/oauth2/token");
      TestHttp.Res duplicate = h.apim("POST", KM, token, fsKeyManagerBody(seeded, "FSKM"));
      assertThat(duplicate.status()).isEqualTo(409);
      // ExceptionCodes.KEY_MANAGER_ALREADY_EXIST: the code's own message and description.
      assertThat(duplicate.json())
          .containsEntry("code", 901402L)
          .containsEntry("message", "Key Manager Already Exists")
          .containsEntry("description", "Key Manager Already Exists");
    }
    assertThat(Fixture.defaults().fsKeyManager()).isEmpty();
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
    // carbon-apimgt APIAdminImpl.deleteKeyManagerConfigurationById: 412, code 902015.
    TestHttp.Res delete = http.apim("DELETE", KM + "/" + id, admin, null);
    assertThat(delete.status()).isEqualTo(412);
    assertThat(delete.json()).containsEntry("code", 902015L);
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
