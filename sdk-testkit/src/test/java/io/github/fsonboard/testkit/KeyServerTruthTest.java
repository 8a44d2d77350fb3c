package io.github.fsonboard.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The emulator's application keys answer like WSO2's server code (wso2-contracts §9), one test per
 * behaviour, each naming the server class and method it mirrors.
 */
class KeyServerTruthTest {
  private final DevportalFlowTest flow = new DevportalFlowTest();
  private String app;

  @BeforeEach
  void start() throws Exception {
    flow.start();
    app = flow.createApp(flow.tpp, "Truth App");
  }

  @AfterEach
  void stop() {
    flow.stop();
  }

  private TestHttp.Res generate(Map<String, Object> props) {
    return flow.http.apim(
        "POST",
        DevportalFlowTest.DP + "/applications/" + app + "/generate-keys",
        flow.tpp,
        flow.keysBody("FSKM", props));
  }

  /** A PUT with a JSON text as written (the test client would write 3600.0 as 3600). */
  private TestHttp.Res putJson(String path, String json) {
    return flow.http.send(
        "PUT", flow.wso2.localApimBaseUrl() + path, flow.tpp, "application/json", json);
  }

  private String keys() {
    return DevportalFlowTest.DP + "/applications/" + app + "/oauth-keys";
  }

  /**
   * carbon-apimgt {@code AbstractAPIManager} rebuilds a key's properties from the key manager's
   * {@code retrieveApplication}; apim-km-wso2is {@code WSO2IS7KeyManager.buildDTOFromClientInfo}
   * gives lifetimes as JSON numbers (0 when unset, never "N/A") and the flags as JSON booleans; FS
   * {@code FSKeyManagerImpl} adds only {@code regulatory} and {@code sp_certificate}, as strings.
   */
  @Test
  void keyListingsShowNumbersBooleansZeroForUnsetAndDropUnknownKeys() {
    Map<String, Object> props = flow.fsProps("false", null);
    props.put("ext_refresh_token_lifetime", "86400");
    props.put("custom_property", "kept nowhere");
    assertThat(generate(props).status()).isEqualTo(200);

    Map<String, Object> listed = flow.http.apim("GET", keys(), flow.tpp, null).list().get(0);

    assertThat(listed.get("additionalProperties"))
        .isEqualTo(
            TestHttp.map(
                "ext_application_token_lifetime",
                0L,
                "ext_user_token_lifetime",
                0L,
                "ext_refresh_token_lifetime",
                86400L,
                "ext_id_token_lifetime",
                0L,
                "ext_pkce_mandatory",
                true,
                "ext_pkce_support_plain",
                false,
                "ext_public_client",
                false,
                "regulatory",
                "false"));
  }

  /**
   * FS {@code FSKeyManagerImpl.validateOAuthAppCreationProperties}: every lifetime goes through
   * {@code Long.parseLong}, so the JSON number {@code 3600.0} (text "3600.0") is refused with 400,
   * code 900970, while the listed {@code 3600} is accepted.
   */
  @Test
  void aLifetimeThatIsNotALongIsRefusedWith900970() {
    TestHttp.Res made = generate(flow.fsProps("false", null));
    String put = keys() + "/" + made.str("keyMappingId");
    String body =
        "{\"keyManager\":\"FSKM\",\"keyType\":\"PRODUCTION\","
            + "\"supportedGrantTypes\":[\"client_credentials\"],\"additionalProperties\":"
            + "{\"regulatory\":\"false\",\"ext_application_token_lifetime\":%s}}";

    TestHttp.Res refused = putJson(put, String.format(body, "3600.0"));
    TestHttp.Res accepted = putJson(put, String.format(body, "3600"));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json())
        .containsEntry("code", 900970L)
        .containsEntry("message", "Invalid application additional properties")
        .containsEntry(
            "description",
            "Invalid additional properties. Application configuration values cannot have string"
                + " values.");
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
  }

  /**
   * FS {@code FSKeyManagerImpl.validateOAuthAppCreationProperties}: the PKCE and public-client
   * flags must be exactly "true" or "false" (case-sensitive) → 400, code 900970
   * (ExceptionCodes.INVALID_APPLICATION_ADDITIONAL_PROPERTIES).
   */
  @Test
  void aFlagThatIsNotExactlyTrueOrFalseIsRefusedWith900970() {
    Map<String, Object> props = flow.fsProps("false", null);
    props.put("ext_public_client", "TRUE");

    TestHttp.Res r = generate(props);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json()).containsEntry("code", 900970L);
    // FS's own text for a bad flag, as the server sends it.
    assertThat(r.str("description"))
        .isEqualTo(
            "Invalid additional properties. Application configuration values cannot have negative"
                + " values.");
  }

  /**
   * FS {@code FSKeyManagerImpl.validateOAuthAppCreationProperties}: {@code regulatory} is required
   * (deployment config) when properties are sent → 400, code 901407.
   */
  @Test
  void missingRegulatoryIsRefusedWith901407() {
    TestHttp.Res r = generate(flow.fsProps(null, null));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json())
        .containsEntry("code", 901407L)
        .containsEntry("message", "Required application properties are missing");
  }

  /**
   * FS {@code FSKeyManagerUtil} / {@code CertificateUtils.parseCertificate}: a regulatory
   * application's certificate that does not parse or has expired is a key-management error, HTTP
   * 500, code 900953; bare base64 and PEM with escaped {@code \n} are accepted.
   */
  @Test
  void aBadCertificateIs500With900953AndOtherAcceptedFormsWork() {
    TestHttp.Res bad = generate(flow.fsProps("true", "not a certificate"));
    TestHttp.Res expired = generate(flow.fsProps("true", TestCerts.expired()));

    assertThat(bad.status()).isEqualTo(500);
    assertThat(bad.json()).containsEntry("code", 900953L);
    assertThat(expired.status()).isEqualTo(500);
    assertThat(expired.json()).containsEntry("code", 900953L);

    String escaped = TestCerts.valid().replace("\n", "\\n");
    assertThat(generate(flow.fsProps("true", escaped)).status()).isEqualTo(200);
  }

  /**
   * FS FSKeyManagerImpl pushes sp_certificate to the IS application only when it creates a
   * regulatory application; an oauth-keys PUT rewrites the APIM property but not the IS
   * application's certificate, which the IS application management API (identity-api-server
   * ServerApplicationManagementService, PATCH advancedConfigurations.certificate → 200) changes.
   */
  @Test
  void theIsApplicationCertificateIsSetOnCreateOnlyAndKeptApartFromTheApimProperty() {
    String first = TestCerts.valid();
    TestHttp.Res made = generate(flow.fsProps("true", first));
    assertThat(made.status()).as(made.body()).isEqualTo(200);
    String admin = admin();
    String isApp = IS_APPS + "/" + isApplicationOf(made.str("consumerKey")).get("id");

    Map<String, Object> props = flow.fsProps("true", TestCerts.valid());
    Map<String, Object> update =
        TestHttp.map(
            "keyManager", "FSKM",
            "keyType", "PRODUCTION",
            "supportedGrantTypes", java.util.List.of("authorization_code", "client_credentials"),
            "callbackUrl", "https://tpp.example/cb",
            "additionalProperties", props);
    TestHttp.Res put =
        flow.http.apim("PUT", keys() + "/" + made.str("keyMappingId"), flow.tpp, update);
    assertThat(put.status()).as(put.body()).isEqualTo(200);

    assertThat(certificateOf(flow.http.is("GET", isApp, admin, null))).isEqualTo(first);

    TestHttp.Res patch =
        flow.http.is(
            "PATCH",
            isApp,
            admin,
            TestHttp.map(
                "advancedConfigurations",
                TestHttp.map(
                    "certificate",
                    TestHttp.map("type", "PEM", "value", props.get("sp_certificate")))));
    assertThat(patch.status()).isEqualTo(200);
    assertThat(certificateOf(flow.http.is("GET", isApp, admin, null)))
        .isEqualTo(props.get("sp_certificate"));
  }

  /**
   * apim-km-wso2is {@code WSO2IS7KeyManager.createApplication} names the IS client after the
   * application's UUID, not its display name ({@code <user>_<appUUID>_<keyType>}); FS {@code
   * FSKeyManagerImpl.createApplication} keeps that name.
   */
  @Test
  void theIsClientIsNamedAfterTheApplicationUuid() {
    TestHttp.Res made = generate(flow.fsProps("false", null));
    assertThat(made.status()).as(made.body()).isEqualTo(200);
    String name = isApplicationOf(made.str("consumerKey")).get("name").toString();

    assertThat(name).endsWith("_" + app + "_PRODUCTION").doesNotContain("Truth App");
  }

  private static final String IS_APPS = "/api/server/v1/applications";

  private String admin() {
    return TestHttp.basic(flow.wso2.adminUsername(), flow.wso2.adminPassword());
  }

  /** The IS application of an OAuth client, found as FS's IdentityServerUtils finds it. */
  @SuppressWarnings("unchecked")
  private Map<String, Object> isApplicationOf(String consumerKey) {
    TestHttp.Res found =
        flow.http.is("GET", IS_APPS + "?filter=clientId%20eq%20" + consumerKey, admin(), null);
    assertThat(found.status()).isEqualTo(200);
    return ((java.util.List<Map<String, Object>>) found.json().get("applications")).get(0);
  }

  @SuppressWarnings("unchecked")
  private static Object certificateOf(TestHttp.Res app) {
    Map<String, Object> advanced = (Map<String, Object>) app.json().get("advancedConfigurations");
    return ((Map<String, Object>) advanced.get("certificate")).get("value");
  }
}
