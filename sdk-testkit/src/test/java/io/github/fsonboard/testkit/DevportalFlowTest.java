package io.github.fsonboard.testkit;

import static io.github.fsonboard.testkit.TestHttp.basic;
import static io.github.fsonboard.testkit.TestHttp.bearer;
import static io.github.fsonboard.testkit.TestHttp.form;
import static io.github.fsonboard.testkit.TestHttp.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The TPP side of manual client registration, driven through plain HTTP. */
class DevportalFlowTest {
  static final String DP = "/api/am/devportal/v3";
  static final String API = Fixture.apiId("AccountandTransactionAPI", "3.1.11");

  Wso2Emulator wso2;
  TestHttp http;
  String admin;
  String tpp;

  @BeforeEach
  void start() throws Exception {
    // The bank's fsKeyManager is there from the start: a TPP's test need not play the bank.
    wso2 = Wso2Emulator.builder().fixture(Fixture.defaults().withFsKeyManager("FSKM")).build();
    wso2.start();
    http = new TestHttp(wso2);
    admin = bearer(http.adminToken());
    tpp = bearer(http.tpp("tpp@example.com"));
  }

  @AfterEach
  void stop() {
    wso2.close();
  }

  String createApp(String token, String name) {
    TestHttp.Res r =
        http.apim(
            "POST",
            DP + "/applications",
            token,
            map(
                "name",
                name,
                "throttlingPolicy",
                "Unlimited",
                "description",
                "TPP application",
                "tokenType",
                "JWT",
                "groups",
                List.of(),
                "attributes",
                map()));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.str("applicationId");
  }

  Map<String, Object> keysBody(String km, Map<String, Object> props) {
    return map(
        "keyType",
        "PRODUCTION",
        "keyManager",
        km,
        "grantTypesToBeSupported",
        List.of("authorization_code", "refresh_token", "client_credentials"),
        "callbackUrl",
        "https://tpp.example/cb",
        "scopes",
        List.of("default"),
        "validityTime",
        "3600",
        "additionalProperties",
        props);
  }

  Map<String, Object> fsProps(String regulatory, String cert) {
    Map<String, Object> p =
        map(
            "ext_pkce_mandatory",
            "true",
            "ext_pkce_support_plain",
            "false",
            "ext_public_client",
            "false",
            "ext_application_token_lifetime",
            "N/A");
    if (regulatory != null) {
      p.put("regulatory", regulatory);
    }
    if (cert != null) {
      p.put("sp_certificate", cert);
    }
    return p;
  }

  @Test
  void apisAndPoliciesComeFromTheFixture() {
    TestHttp.Res apis = http.apim("GET", DP + "/apis?query=AccountandTransaction", null, null);
    assertThat(apis.status()).isEqualTo(200);
    assertThat(apis.list()).extracting(a -> a.get("id")).containsExactly(API);
    assertThat(apis.json()).containsKeys("count", "list", "pagination");
    assertThat(http.apim("GET", DP + "/apis?limit=1&offset=1", null, null).list())
        .extracting(a -> a.get("name"))
        .containsExactly("PaymentInitiationAPI");
    TestHttp.Res api = http.apim("GET", DP + "/apis/" + API, null, null);
    assertThat(api.json()).containsEntry("name", "AccountandTransactionAPI").containsKey("tiers");
    assertThat(http.apim("GET", DP + "/apis/missing", null, null).status()).isEqualTo(404);
    TestHttp.Res subPolicies =
        http.apim("GET", DP + "/throttling-policies/subscription", null, null);
    assertThat(subPolicies.list())
        .extracting(p -> p.get("name"))
        .containsExactly("Unlimited", "Gold", "Silver", "Bronze");
    assertThat(subPolicies.list().get(0))
        .containsKeys(
            "name", "requestCount", "stopOnQuotaReach", "tierPlan", "unitTime", "policyLevel");
  }

  @Test
  void applicationLifecycleWithOwnershipAndDuplicates() {
    String id = createApp(tpp, "Accounts App");
    TestHttp.Res dup =
        http.apim(
            "POST",
            DP + "/applications",
            tpp,
            map("name", "Accounts App", "throttlingPolicy", "Unlimited"));
    assertThat(dup.status()).isEqualTo(409);
    // carbon-apimgt ApplicationsApiServiceImpl.applicationsPost →
    // RestApiUtil.handleResourceAlreadyExistsError with the REST layer's own description.
    assertThat(dup.json())
        .containsEntry("code", 409L)
        .containsEntry("message", "Resource Already Exists")
        .containsEntry("description", "An application already exists with name Accounts App");
    assertThat(
            http.apim(
                    "POST",
                    DP + "/applications",
                    tpp,
                    map("name", "X", "throttlingPolicy", "NoSuchPolicy"))
                .status())
        .isEqualTo(400);
    assertThat(http.apim("POST", DP + "/applications", tpp, map("name", "X")).status())
        .isEqualTo(400);
    TestHttp.Res list = http.apim("GET", DP + "/applications?query=Accounts%20App", tpp, null);
    assertThat(list.list()).extracting(a -> a.get("applicationId")).containsExactly(id);
    assertThat(list.json().get("pagination")).isNotNull();
    TestHttp.Res got = http.apim("GET", DP + "/applications/" + id, tpp, null);
    assertThat(got.json())
        .containsEntry("owner", "tpp@example.com")
        .containsEntry("status", "APPROVED");
    // Another user (even the admin) cannot see it: 403, as WSO2 answers for a foreign app.
    String other = bearer(http.tpp("other@example.com"));
    assertThat(http.apim("GET", DP + "/applications/" + id, other, null).status()).isEqualTo(403);
    assertThat(http.apim("GET", DP + "/applications?query=Accounts", other, null).list()).isEmpty();
    // The other user may use the same name.
    createApp(other, "Accounts App");
    TestHttp.Res put =
        http.apim(
            "PUT",
            DP + "/applications/" + id,
            tpp,
            map("name", "Renamed", "throttlingPolicy", "10PerMin"));
    assertThat(put.json())
        .containsEntry("name", "Renamed")
        .containsEntry("throttlingPolicy", "10PerMin");
    assertThat(http.apim("DELETE", DP + "/applications/" + id, other, null).status())
        .isEqualTo(403);
    assertThat(http.apim("DELETE", DP + "/applications/" + id, tpp, null).status()).isEqualTo(200);
    assertThat(wso2.state().applicationNames("tpp@example.com")).isEmpty();
  }

  @Test
  void subscriptionRulesAndLists() {
    String app = createApp(tpp, "Subs App");
    TestHttp.Res badTier =
        http.apim(
            "POST",
            DP + "/subscriptions",
            tpp,
            map("applicationId", app, "apiId", API, "throttlingPolicy", "Bronze"));
    assertThat(badTier.status()).isEqualTo(400);
    TestHttp.Res sub =
        http.apim(
            "POST",
            DP + "/subscriptions",
            tpp,
            map(
                "applicationId",
                app,
                "apiId",
                API,
                "throttlingPolicy",
                "Gold",
                "requestedThrottlingPolicy",
                "Gold"));
    assertThat(sub.status()).isEqualTo(201);
    assertThat(sub.json())
        .containsEntry("status", "UNBLOCKED")
        .containsKeys("subscriptionId", "apiInfo", "applicationInfo");
    TestHttp.Res dupSub =
        http.apim(
            "POST",
            DP + "/subscriptions",
            tpp,
            map("applicationId", app, "apiId", API, "throttlingPolicy", "Gold"));
    assertThat(dupSub.status()).isEqualTo(409);
    // carbon-apimgt SubscriptionsApiServiceImpl.subscriptionsPost: SubscriptionAlreadyExisting →
    // 409 "Resource Already Exists" naming the API and the application by id.
    assertThat(dupSub.json())
        .containsEntry("code", 409L)
        .containsEntry("message", "Resource Already Exists")
        .containsEntry(
            "description",
            "Specified subscription already exists for API " + API + ", for application " + app);
    assertThat(http.apim("GET", DP + "/subscriptions?applicationId=" + app, tpp, null).list())
        .hasSize(1);
    assertThat(http.apim("GET", DP + "/subscriptions?apiId=" + API, tpp, null).list()).hasSize(1);
    assertThat(http.apim("GET", DP + "/subscriptions", tpp, null).status()).isEqualTo(400);
    assertThat(http.apim("GET", DP + "/applications/" + app, tpp, null).json())
        .containsEntry("subscriptionCount", 1L);
    assertThat(wso2.state().subscriptionCount()).isEqualTo(1);
    assertThat(
            http.apim("DELETE", DP + "/subscriptions/" + sub.str("subscriptionId"), tpp, null)
                .status())
        .isEqualTo(200);
    assertThat(wso2.state().subscriptionCount()).isZero();
  }

  @Test
  void anotherUsersApplicationIsForbiddenWhileAnUnknownOneIsNotFound() {
    String app = createApp(tpp, "Owned App");
    TestHttp.Res keys =
        http.apim(
            "POST",
            DP + "/applications/" + app + "/generate-keys",
            tpp,
            keysBody("FSKM", fsProps("false", null)));
    assertThat(keys.status()).as(keys.body()).isEqualTo(200);
    String mapping = keys.str("keyMappingId");
    TestHttp.Res sub =
        http.apim(
            "POST",
            DP + "/subscriptions",
            tpp,
            map("applicationId", app, "apiId", API, "throttlingPolicy", "Gold"));
    assertThat(sub.status()).isEqualTo(201);
    String other = bearer(http.tpp("intruder@example.com"));
    String base = DP + "/applications/" + app;
    Map<String, Object> update = map("name", "Stolen", "throttlingPolicy", "Unlimited");
    List<TestHttp.Res> foreign =
        List.of(
            http.apim("GET", base, other, null),
            http.apim("PUT", base, other, update),
            http.apim("DELETE", base, other, null),
            http.apim("POST", base + "/generate-keys", other, keysBody("FSKM", map())),
            http.apim("GET", base + "/oauth-keys", other, null),
            http.apim("GET", base + "/oauth-keys/" + mapping, other, null),
            http.apim("GET", DP + "/subscriptions?applicationId=" + app, other, null),
            http.apim(
                "POST",
                DP + "/subscriptions",
                other,
                map("applicationId", app, "apiId", API, "throttlingPolicy", "Gold")));
    for (TestHttp.Res r : foreign) {
      assertThat(r.status()).as(r.body()).isEqualTo(403);
      assertThat(r.json())
          .containsEntry("code", 403L)
          .containsEntry("message", "Forbidden")
          .containsEntry(
              "description", "You don't have permission to access the application with Id " + app);
    }
    TestHttp.Res foreignSub =
        http.apim("GET", DP + "/subscriptions/" + sub.str("subscriptionId"), other, null);
    assertThat(foreignSub.status()).isEqualTo(403);
    assertThat(foreignSub.str("description"))
        .isEqualTo(
            "You don't have permission to access the subscription with Id "
                + sub.str("subscriptionId"));
    // Nothing changed for the owner.
    assertThat(http.apim("GET", base, tpp, null).json()).containsEntry("name", "Owned App");
    assertThat(wso2.state().subscriptionCount()).isEqualTo(1);
    // A truly unknown id stays 404 for everyone.
    String unknown = DP + "/applications/00000000-0000-0000-0000-000000000000";
    assertThat(http.apim("GET", unknown, other, null).status()).isEqualTo(404);
    assertThat(http.apim("DELETE", unknown, tpp, null).status()).isEqualTo(404);
    assertThat(http.apim("GET", unknown + "/oauth-keys", tpp, null).status()).isEqualTo(404);
    assertThat(http.apim("GET", DP + "/subscriptions/nope", other, null).status()).isEqualTo(404);
  }

  @Test
  void generateKeysThroughFsKeyManagerEnforcesItsRules() {
    String app = createApp(tpp, "Keys App");
    String path = DP + "/applications/" + app + "/generate-keys";
    TestHttp.Res missing = http.apim("POST", path, tpp, keysBody("FSKM", fsProps(null, null)));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json()).containsEntry("code", 901407L);
    assertThat(
            http.apim("POST", path, tpp, keysBody("FSKM", fsProps("true", "not a certificate")))
                .status())
        .isEqualTo(500);
    assertThat(
            http.apim("POST", path, tpp, keysBody("FSKM", fsProps("true", TestCerts.expired())))
                .status())
        .isEqualTo(500);
    Map<String, Object> badPkce = fsProps("false", null);
    badPkce.put("ext_pkce_mandatory", "yes");
    assertThat(http.apim("POST", path, tpp, keysBody("FSKM", badPkce)).status()).isEqualTo(400);
    assertThat(wso2.state().keyMappingCount()).isZero();

    TestHttp.Res keys =
        http.apim("POST", path, tpp, keysBody("FSKM", fsProps("true", TestCerts.valid())));
    assertThat(keys.status()).as(keys.body()).isEqualTo(200);
    assertThat(keys.json())
        .containsKeys(
            "keyMappingId",
            "keyManager",
            "consumerKey",
            "consumerSecret",
            "supportedGrantTypes",
            "callbackUrl",
            "keyState",
            "keyType",
            "mode",
            "additionalProperties")
        .containsEntry("keyManager", "FSKM")
        .containsEntry("mode", "CREATED")
        .containsEntry("callbackUrl", "https://tpp.example/cb")
        .doesNotContainKey("token");
    assertThat(wso2.state().identityServerClientCount()).isEqualTo(1);

    // The keys are an IS client: client_credentials at the IS token endpoint works.
    TestHttp.Res token =
        http.isForm(
            "/oauth2/token",
            basic(keys.str("consumerKey"), keys.str("consumerSecret")),
            form("grant_type", "client_credentials", "scope", "accounts"));
    assertThat(token.status()).isEqualTo(200);
    assertThat(token.str("scope")).isEqualTo("accounts");

    assertThat(http.apim("POST", path, tpp, keysBody("FSKM", fsProps("false", null))).status())
        .isEqualTo(409);
    // SANDBOX through the same key manager is a different mapping.
    Map<String, Object> sandbox = keysBody("FSKM", fsProps("false", null));
    sandbox.put("keyType", "SANDBOX");
    TestHttp.Res sb = http.apim("POST", path, tpp, sandbox);
    assertThat(sb.status()).isEqualTo(200);
    assertThat(sb.json().get("token")).isNotNull();
    assertThat(wso2.state().keyMappingCount()).isEqualTo(2);
    // Ownership: another TPP cannot generate keys for this application.
    String other = bearer(http.tpp("intruder@example.com"));
    assertThat(http.apim("POST", path, other, keysBody("FSKM", fsProps("false", null))).status())
        .isEqualTo(403);
  }

  @Test
  @SuppressWarnings("unchecked")
  void oauthKeysReadUpdateRegenerateAndCleanUp() {
    String app = createApp(tpp, "OAuth Keys App");
    TestHttp.Res keys =
        http.apim(
            "POST",
            DP + "/applications/" + app + "/generate-keys",
            tpp,
            keysBody("FSKM", fsProps("false", null)));
    String mapping = keys.str("keyMappingId");
    String base = DP + "/applications/" + app + "/oauth-keys";
    TestHttp.Res list = http.apim("GET", base, tpp, null);
    assertThat(list.json().get("count")).isEqualTo(1L);
    assertThat(http.apim("GET", base + "/" + mapping, tpp, null).str("consumerKey"))
        .isEqualTo(keys.str("consumerKey"));
    Map<String, Object> update = http.apim("GET", base + "/" + mapping, tpp, null).json();
    update.put("supportedGrantTypes", List.of("client_credentials"));
    update.put("callbackUrl", "https://tpp.example/new");
    ((Map<String, Object>) update.get("additionalProperties")).put("ext_pkce_mandatory", "false");
    TestHttp.Res put = http.apim("PUT", base + "/" + mapping, tpp, update);
    assertThat(put.status()).as(put.body()).isEqualTo(200);
    assertThat(put.json())
        .containsEntry("callbackUrl", "https://tpp.example/new")
        .containsEntry("supportedGrantTypes", List.of("client_credentials"));
    TestHttp.Res regen = http.apim("POST", base + "/" + mapping + "/regenerate-secret", tpp, null);
    assertThat(regen.json()).containsOnlyKeys("consumerKey", "consumerSecret");
    assertThat(regen.str("consumerSecret")).isNotEqualTo(keys.str("consumerSecret"));
    assertThat(
            http.isForm(
                    "/oauth2/token",
                    basic(keys.str("consumerKey"), keys.str("consumerSecret")),
                    form("grant_type", "client_credentials"))
                .status())
        .isEqualTo(401);
    assertThat(http.apim("POST", base + "/" + mapping + "/clean-up", tpp, null).status())
        .isEqualTo(200);
    assertThat(wso2.state().keyMappingCount()).isZero();
    assertThat(http.apim("GET", base + "/" + mapping, tpp, null).status()).isEqualTo(404);
  }

  @Test
  /**
   * carbon-apimgt ApplicationsApiServiceImpl.applicationsPost and
   * SubscriptionsApiServiceImpl.subscriptionsPost answer 201 even when an approval workflow holds
   * the new resource (status CREATED / ON_HOLD; the spec's 202 never comes);
   * applicationsApplicationIdGenerateKeysPost refuses keys until the application is approved.
   */
  void approvalWorkflowsAnswer201WithAPendingStatus() {
    try (Wso2Emulator approving =
        Wso2Emulator.builder()
            .applicationApproval(true)
            .subscriptionApproval(true)
            .build()
            .start()) {
      TestHttp h = new TestHttp(approving);
      String token = bearer(h.tpp("approve@example.com"));
      TestHttp.Res app =
          h.apim(
              "POST",
              DP + "/applications",
              token,
              map("name", "Pending", "throttlingPolicy", "Unlimited"));
      assertThat(app.status()).isEqualTo(201);
      assertThat(app.json()).containsEntry("status", "CREATED");
      String id = app.str("applicationId");
      TestHttp.Res keys =
          h.apim("POST", DP + "/applications/" + id + "/generate-keys", token, keysBody("", map()));
      // carbon-apimgt APIConsumerImpl.requestApprovalForApplicationRegistration:
      // ExceptionCodes.APPLICATION_INACTIVE, its own message and description.
      assertThat(keys.status()).isEqualTo(400);
      assertThat(keys.json())
          .containsEntry("code", 900309L)
          .containsEntry("message", "Application is not active")
          .containsEntry("description", "Application is not active");
      TestHttp.Res sub =
          h.apim(
              "POST",
              DP + "/subscriptions",
              token,
              map("applicationId", id, "apiId", API, "throttlingPolicy", "Unlimited"));
      assertThat(sub.status()).isEqualTo(201);
      assertThat(sub.str("status")).isEqualTo("ON_HOLD");
      assertThat(approving.approvePendingWorkflows()).isEqualTo(2);
      assertThat(h.apim("GET", DP + "/applications/" + id, token, null).str("status"))
          .isEqualTo("APPROVED");
    }
  }
}
