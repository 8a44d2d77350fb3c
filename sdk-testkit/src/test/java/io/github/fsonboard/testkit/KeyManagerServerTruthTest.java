package io.github.fsonboard.testkit;

import static io.github.fsonboard.testkit.TestHttp.bearer;
import static io.github.fsonboard.testkit.TestHttp.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Key managers and the keys made through them answer like WSO2's server code (wso2-contracts §9 and
 * §9b), one test per behaviour, each naming the server class and method it mirrors.
 */
class KeyManagerServerTruthTest {
  private static final String KM = KeyManagerAdminTest.KM;
  private final DevportalFlowTest flow = new DevportalFlowTest();
  private String app;

  @BeforeEach
  void start() throws Exception {
    flow.start();
    app = flow.createApp(flow.tpp, "KM Truth App");
  }

  @AfterEach
  void stop() {
    flow.stop();
  }

  private TestHttp.Res generate(String keyManager) {
    return flow.http.apim(
        "POST",
        DevportalFlowTest.DP + "/applications/" + app + "/generate-keys",
        flow.tpp,
        flow.keysBody(keyManager, flow.fsProps("false", null)));
  }

  private String fsKeyManagerId() {
    return flow.http.apim("GET", KM, flow.admin, null).list().stream()
        .filter(k -> "FSKM".equals(k.get("name")))
        .findFirst()
        .orElseThrow()
        .get("id")
        .toString();
  }

  private void setEnabled(String id, boolean enabled) {
    Map<String, Object> full = flow.http.apim("GET", KM + "/" + id, flow.admin, null).json();
    full.put("enabled", enabled);
    assertThat(flow.http.apim("PUT", KM + "/" + id, flow.admin, full).status()).isEqualTo(200);
  }

  private java.util.List<Map<String, Object>> listedKeys() {
    return flow.http
        .apim("GET", DevportalFlowTest.DP + "/applications/" + app + "/oauth-keys", flow.tpp, null)
        .list();
  }

  /**
   * carbon-apimgt ApplicationsApiServiceImpl.applicationsApplicationIdGenerateKeysPost: a key
   * manager that is unknown or disabled → 400, code 901403 "Key Manager not Registered".
   */
  @Test
  void generateKeysNamingAnUnknownOrDisabledKeyManagerIs400With901403() {
    TestHttp.Res unknown = generate("NoSuchKM");
    setEnabled(fsKeyManagerId(), false);
    TestHttp.Res disabled = generate("FSKM");

    for (TestHttp.Res r : java.util.List.of(unknown, disabled)) {
      assertThat(r.status()).isEqualTo(400);
      assertThat(r.json())
          .containsEntry("code", 901403L)
          .containsEntry("message", "Key Manager not Registered");
    }
  }

  /**
   * carbon-apimgt AbstractAPIManager.getApplicationKeys leaves out the keys of a disabled key
   * manager; generate-keys then still finds the mapping: 409, code 901409 "Key Mappings already
   * exists" once the key manager is enabled again and the caller did not see the keys.
   */
  @Test
  void keysOfADisabledKeyManagerAreHiddenAndTheMappingStillCounts() {
    assertThat(generate("FSKM").status()).isEqualTo(200);
    String id = fsKeyManagerId();
    setEnabled(id, false);

    assertThat(listedKeys()).isEmpty();

    setEnabled(id, true);
    assertThat(listedKeys()).hasSize(1);
    TestHttp.Res again = generate("FSKM");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json())
        .containsEntry("code", 901409L)
        .containsEntry("message", "Key Mappings already exists");
  }

  /**
   * apim-km-wso2is WSO2IS7KeyManager: creating the key manager never calls IS; the connector's IS
   * admin credentials are first used at generate-keys, where a wrong password fails as 500, code
   * 900967 "General Error" after carbon-apimgt APIConsumerImpl has saved the key mapping (state
   * CREATED, no consumer key). AbstractAPIManager.getApplicationKeys lists a mapping without a
   * consumer key as the DAO holds it (it calls retrieveApplication only when there is a consumer
   * key), and a retry answers 409, code 901409, until clean-up removes it.
   */
  @Test
  void aWrongIsAdminPasswordInTheConnectorFailsAtGenerateKeysAndLeavesTheMappingBehind()
      throws Exception {
    Map<String, Object> body = KeyManagerAdminTest.fsKeyManagerBody(flow.wso2, "BadKM");
    @SuppressWarnings("unchecked")
    Map<String, Object> conf = (Map<String, Object>) body.get("additionalProperties");
    conf.put("Password", "wrong-password");
    assertThat(flow.http.apim("POST", KM, flow.admin, body).status()).isEqualTo(201);

    TestHttp.Res first = generate("BadKM");

    assertThat(first.status()).isEqualTo(500);
    assertThat(first.json())
        .containsEntry("code", 900967L)
        .containsEntry("message", "General Error");
    assertThat(flow.wso2.state().keyMappingCount()).isEqualTo(1);
    assertThat(flow.wso2.state().identityServerClientCount()).isZero();
    assertThat(listedKeys())
        .singleElement()
        .satisfies(
            k -> {
              assertThat(k).containsEntry("keyState", "CREATED");
              assertThat(k.get("consumerKey")).isNull();
            });
    TestHttp.Res retry = generate("BadKM");
    assertThat(retry.status()).isEqualTo(409);
    assertThat(retry.json()).containsEntry("code", 901409L);
  }

  /**
   * carbon-apimgt KeyManagersApiServiceImpl.keyManagersKeyManagerIdPut: a key manager's name cannot
   * change (400); APIAdminImpl.deleteKeyManagerConfigurationById: one whose keys an application
   * uses cannot be deleted (412, code 902015).
   */
  @Test
  void aKeyManagerCannotBeRenamedNorDeletedWhileInUse() {
    String id = fsKeyManagerId();
    Map<String, Object> full = flow.http.apim("GET", KM + "/" + id, flow.admin, null).json();
    full.put("name", "Renamed");
    TestHttp.Res rename = flow.http.apim("PUT", KM + "/" + id, flow.admin, full);
    assertThat(rename.status()).isEqualTo(400);
    assertThat(rename.json())
        .containsEntry("code", 400L)
        .containsEntry("message", "Bad Request")
        .containsEntry("description", "Key Manager name couldn't able to change");
    // The name check comes first: renaming onto another key manager's name is the same 400.
    full.put("name", "Resident Key Manager");
    TestHttp.Res onto = flow.http.apim("PUT", KM + "/" + id, flow.admin, full);
    assertThat(onto.status()).isEqualTo(400);
    assertThat(onto.json()).containsEntry("code", 400L);

    assertThat(generate("FSKM").status()).isEqualTo(200);
    TestHttp.Res delete = flow.http.apim("DELETE", KM + "/" + id, flow.admin, null);
    assertThat(delete.status()).isEqualTo(412);
    assertThat(delete.json()).containsEntry("code", 902015L);
    assertThat(flow.wso2.state().keyManagerNames()).contains("FSKM");
  }

  /**
   * carbon-apimgt ApplicationsApiServiceImpl.applicationsPost forces tokenType JWT; a duplicate
   * name (and SubscriptionsApiServiceImpl.subscriptionsPost a duplicate subscription) is 409 with
   * code 409 and message "Resource Already Exists".
   */
  @Test
  void applicationsAreJwtAndDuplicatesAre409ResourceAlreadyExists() {
    TestHttp.Res oauth =
        flow.http.apim(
            "POST",
            DevportalFlowTest.DP + "/applications",
            flow.tpp,
            map("name", "Opaque App", "throttlingPolicy", "Unlimited", "tokenType", "OAUTH"));
    assertThat(oauth.status()).isEqualTo(201);
    assertThat(oauth.str("tokenType")).isEqualTo("JWT");

    TestHttp.Res dupApp =
        flow.http.apim(
            "POST",
            DevportalFlowTest.DP + "/applications",
            flow.tpp,
            map("name", "KM Truth App", "throttlingPolicy", "Unlimited"));
    Map<String, Object> sub =
        map("applicationId", app, "apiId", DevportalFlowTest.API, "throttlingPolicy", "Gold");
    flow.http.apim("POST", DevportalFlowTest.DP + "/subscriptions", flow.tpp, sub);
    TestHttp.Res dupSub =
        flow.http.apim("POST", DevportalFlowTest.DP + "/subscriptions", flow.tpp, sub);

    for (TestHttp.Res r : java.util.List.of(dupApp, dupSub)) {
      assertThat(r.status()).isEqualTo(409);
      assertThat(r.json())
          .containsEntry("code", 409L)
          .containsEntry("message", "Resource Already Exists");
    }
  }

  /**
   * Behind a proxy or a port mapping the servers advertise their public address: IS tokens carry it
   * as {@code iss}, the discovery document and APIM's key-manager discovery name it.
   */
  @Test
  void aPublicBaseUrlIsWhatTheServersAdvertise() throws Exception {
    try (Wso2Emulator proxied =
        Wso2Emulator.builder()
            .publicBaseUrls("https://apim.proxy.example:8443/", "https://is.proxy.example:9446")
            .build()
            .start()) {
      assertThat(proxied.apimBaseUrl()).isEqualTo("https://apim.proxy.example:8443");
      assertThat(proxied.isBaseUrl()).isEqualTo("https://is.proxy.example:9446");
      assertThat(proxied.localIsBaseUrl()).startsWith("https://localhost:");
      TestHttp h = new TestHttp(proxied);

      TestHttp.Res discovery =
          h.send(
              "GET",
              proxied.localIsBaseUrl() + "/oauth2/token/.well-known/openid-configuration",
              null,
              null,
              null);
      assertThat(discovery.str("issuer")).isEqualTo("https://is.proxy.example:9446/oauth2/token");
      assertThat(discovery.str("token_endpoint")).startsWith("https://is.proxy.example:9446/");

      String admin = bearer(h.adminToken());
      String tpp = bearer(h.tpp("proxy@example.com"));
      assertThat(admin).isNotBlank();
      String token = tpp.substring("Bearer ".length());
      assertThat(SignedJWT.parse(token).getJWTClaimsSet().getIssuer())
          .startsWith("https://apim.proxy.example:8443");
    }
  }
}
