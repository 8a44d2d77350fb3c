package io.github.fsonboard.testkit;

import static io.github.fsonboard.testkit.TestHttp.bearer;
import static io.github.fsonboard.testkit.TestHttp.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Approval mode as carbon-apimgt runs it: the devportal's writes leave CREATED tasks in the Admin
 * API's {@code /workflows} (WorkflowsApiServiceImpl, the *ApprovalWorkflowExecutors), approval and
 * rejection move the held resource on, and keys come only after approval.
 */
class WorkflowServerTruthTest {
  static final String DP = "/api/am/devportal/v3";
  static final String WF = "/api/am/admin/v4/workflows";
  static final String API = Fixture.apiId("AccountandTransactionAPI", "3.1.11");

  Wso2Emulator wso2;
  TestHttp http;
  String admin;
  String tpp;

  void start(Wso2Emulator.Builder b) {
    wso2 = b.fixture(Fixture.defaults().withFsKeyManager("FSKM")).build().start();
    http = new TestHttp(wso2);
    admin = bearer(http.adminToken());
    tpp = bearer(http.tpp("tpp@example.com"));
  }

  @AfterEach
  void stop() {
    wso2.close();
  }

  private String createApp(String name) {
    TestHttp.Res r =
        http.apim(
            "POST",
            DP + "/applications",
            tpp,
            map("name", name, "throttlingPolicy", "Unlimited", "description", "d"));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.str("applicationId");
  }

  private List<Map<String, Object>> tasks(String type) {
    TestHttp.Res r = http.apim("GET", WF + "?workflowType=" + type, admin, null);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.list();
  }

  private TestHttp.Res decide(String ref, String status) {
    return http.apim(
        "POST",
        WF + "/update-workflow-status?workflowReferenceId=" + ref,
        admin,
        map("status", status, "description", "checked by the bank"));
  }

  @Test
  void applicationCreationWaitsAsATaskAndApprovalMakesItApproved() {
    start(Wso2Emulator.builder().applicationApproval(true));
    String app = createApp("Held App");

    List<Map<String, Object>> open = tasks("APPLICATION_CREATION");

    assertThat(open).hasSize(1);
    Map<String, Object> task = open.get(0);
    assertThat(task)
        .containsEntry("workflowType", "APPLICATION_CREATION")
        .containsEntry("workflowStatus", "CREATED");
    assertThat(props(task))
        .containsEntry("applicationName", "Held App")
        .containsEntry("userName", "tpp@example.com")
        .containsEntry("applicationTier", "Unlimited");
    assertThat(tasks("AM_APPLICATION_CREATION")).hasSize(1);
    assertThat(tasks("SUBSCRIPTION_CREATION")).isEmpty();
    String ref = (String) task.get("referenceId");
    assertThat(http.apim("GET", WF + "/" + ref, admin, null).status()).isEqualTo(200);

    TestHttp.Res done = decide(ref, "APPROVED");

    assertThat(done.status()).isEqualTo(200);
    assertThat(done.json()).containsEntry("status", "APPROVED");
    assertThat(http.apim("GET", DP + "/applications/" + app, tpp, null).str("status"))
        .isEqualTo("APPROVED");
    assertThat(tasks("APPLICATION_CREATION")).isEmpty();
    TestHttp.Res gone = http.apim("GET", WF + "/" + ref, admin, null);
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.json()).containsEntry("code", 404L);
  }

  @Test
  void rejectedApplicationIsRejectedAndGetsNoKeys() {
    start(Wso2Emulator.builder().applicationApproval(true));
    String app = createApp("Refused App");
    String ref = (String) tasks("APPLICATION_CREATION").get(0).get("referenceId");

    assertThat(decide(ref, "REJECTED").status()).isEqualTo(200);

    assertThat(http.apim("GET", DP + "/applications/" + app, tpp, null).str("status"))
        .isEqualTo("REJECTED");
    TestHttp.Res keys = generate(app, "PRODUCTION");
    assertThat(keys.status()).isEqualTo(400);
    assertThat(keys.json()).containsEntry("code", 900309L);
  }

  @Test
  void subscriptionWaitsOnHoldThenUnblockedOrRejected() {
    start(Wso2Emulator.builder().subscriptionApproval(true));
    String app = createApp("Sub App");
    String other = Fixture.apiId("PaymentInitiationAPI", "3.1.11");
    String first = subscribe(app, API);
    String second = subscribe(app, other);

    List<Map<String, Object>> open = tasks("SUBSCRIPTION_CREATION");

    assertThat(open).hasSize(2);
    assertThat(props(open.get(0)))
        .containsEntry("apiName", "AccountandTransactionAPI")
        .containsEntry("apiVersion", "3.1.11")
        .containsEntry("subscriber", "tpp@example.com")
        .containsEntry("applicationName", "Sub App");
    decide((String) open.get(0).get("referenceId"), "APPROVED");
    decide((String) open.get(1).get("referenceId"), "REJECTED");
    assertThat(http.apim("GET", DP + "/subscriptions/" + first, tpp, null).str("status"))
        .isEqualTo("UNBLOCKED");
    assertThat(http.apim("GET", DP + "/subscriptions/" + second, tpp, null).str("status"))
        .isEqualTo("REJECTED");
  }

  @Test
  void productionKeysComeOnlyAfterApproval() {
    start(Wso2Emulator.builder().keyGenerationApproval("PRODUCTION"));
    String app = createApp("Key App");

    TestHttp.Res held = generate(app, "PRODUCTION");

    assertThat(held.status()).as(held.body()).isEqualTo(200);
    assertThat(held.json()).containsEntry("keyState", "CREATED");
    assertThat(held.json().get("consumerKey")).isNull();
    // carbon-apimgt AbstractAPIManager.getApplicationKeys lists a mapping with no consumer key as
    // the DAO row (ApiMgtDAO.getKeyMappingsFromApplicationId), and ApplicationKeyMappingUtil
    // .fromApplicationKeyToDTO(APIKey) shows its state as keyState.
    assertThat(http.apim("GET", DP + "/applications/" + app + "/oauth-keys", tpp, null).list())
        .singleElement()
        .satisfies(
            k -> {
              assertThat(k)
                  .containsEntry("keyState", "CREATED")
                  .containsEntry("keyType", "PRODUCTION")
                  .containsEntry("keyManager", "FSKM")
                  .containsEntry("keyMappingId", held.json().get("keyMappingId"));
              assertThat(k.get("consumerKey")).isNull();
              assertThat(k.get("consumerSecret")).isNull();
            });
    assertThat(generate(app, "PRODUCTION").status()).isEqualTo(409);
    List<Map<String, Object>> open = tasks("APPLICATION_REGISTRATION_PRODUCTION");
    assertThat(open).hasSize(1);
    assertThat(props(open.get(0)))
        .containsEntry("keyType", "PRODUCTION")
        .containsEntry("applicationName", "Key App")
        .containsEntry("userName", "tpp@example.com");
    assertThat(generate(app, "SANDBOX").json().get("consumerKey")).isNotNull();

    decide((String) open.get(0).get("referenceId"), "APPROVED");

    List<Map<String, Object>> keys =
        http.apim("GET", DP + "/applications/" + app + "/oauth-keys", tpp, null).list();
    assertThat(keys)
        .filteredOn(k -> "PRODUCTION".equals(k.get("keyType")))
        .singleElement()
        .satisfies(
            k -> {
              assertThat(k.get("consumerKey")).isNotNull();
              assertThat(k).containsEntry("keyState", "COMPLETED");
            });
  }

  /**
   * AbstractApplicationRegistrationWorkflowExecutor.complete writes REJECTED into the key mapping's
   * state and registers no client: the listing shows the mapping with keyState REJECTED, and
   * generate-keys for that key type keeps answering 409 (APIConsumerImpl
   * .requestApprovalForApplicationRegistration, KEY_MAPPING_ALREADY_EXIST) until it is cleaned up.
   */
  @Test
  void aRejectedKeyGenerationStaysListedAsRejectedUntilCleanedUp() {
    start(Wso2Emulator.builder().keyGenerationApproval("PRODUCTION"));
    String app = createApp("Rejected Key App");
    String mapping = (String) generate(app, "PRODUCTION").json().get("keyMappingId");

    decide(
        (String) tasks("APPLICATION_REGISTRATION_PRODUCTION").get(0).get("referenceId"),
        "REJECTED");

    assertThat(http.apim("GET", DP + "/applications/" + app + "/oauth-keys", tpp, null).list())
        .singleElement()
        .satisfies(
            k -> {
              assertThat(k).containsEntry("keyState", "REJECTED");
              assertThat(k.get("consumerKey")).isNull();
            });
    assertThat(generate(app, "PRODUCTION").status()).isEqualTo(409);
    assertThat(
            http.apim(
                    "POST",
                    DP + "/applications/" + app + "/oauth-keys/" + mapping + "/clean-up",
                    tpp,
                    null)
                .status())
        .isEqualTo(200);
    assertThat(generate(app, "PRODUCTION").json()).containsEntry("keyState", "CREATED");
  }

  /**
   * carbon-apimgt UserPostSelfRegistrationHandler runs the AM_USER_SIGNUP executor for a user who
   * has Internal/selfsignup but not Internal/subscriber; UserSignUpApprovalWorkflowExecutor holds
   * it (the user exists and signs in, but the token endpoint grants no Developer Portal scope);
   * complete() adds the sign-up roles on approval and deletes the user on rejection.
   */
  @Test
  void signUpsWaitForApprovalAndARejectionDeletesTheUser() {
    start(Wso2Emulator.builder().signUpApproval(true));
    String held = bearer(http.tpp("held@example.com"));
    bearer(http.tpp("refused@example.com"));

    assertThat(http.apim("GET", DP + "/applications", held, null).status()).isEqualTo(403);
    List<Map<String, Object>> open = tasks("USER_SIGNUP");
    assertThat(open).extracting(t -> t.get("workflowType")).containsOnly("USER_SIGNUP");
    Map<String, Object> heldTask =
        open.stream()
            .filter(t -> "held@example.com".equals(props(t).get("tenantAwareUserName")))
            .findFirst()
            .orElseThrow();
    assertThat(props(heldTask))
        .containsEntry("tenantDomain", "carbon.super")
        .containsEntry("firstName", "T");
    assertThat(heldTask.get("description"))
        .isEqualTo(
            "Approve APIStore signup request done by held@example.com from the tenant domain"
                + " carbon.super");

    decide((String) heldTask.get("referenceId"), "APPROVED");
    for (Map<String, Object> t : tasks("USER_SIGNUP")) {
      decide((String) t.get("referenceId"), "REJECTED");
    }

    String approved = bearer(http.signIn("held@example.com", "Tpp-pass-1", TestHttp.TPP_SCOPES));
    assertThat(http.apim("GET", DP + "/applications", approved, null).status()).isEqualTo(200);
    assertThatThrownBy(() -> http.signIn("refused@example.com", "Tpp-pass-1", TestHttp.TPP_SCOPES))
        .hasMessageContaining("register failed: 401");
  }

  @Test
  void deletingAnApplicationRemovesItsPendingTasks() {
    start(
        Wso2Emulator.builder()
            .applicationApproval(true)
            .subscriptionApproval(true)
            .keyGenerationApproval("PRODUCTION"));
    String kept = createApp("Kept App");
    String gone = createApp("Gone App");
    for (Map<String, Object> task : tasks("APPLICATION_CREATION")) {
      decide((String) task.get("referenceId"), "APPROVED");
    }
    subscribe(gone, API);
    generate(gone, "PRODUCTION");
    subscribe(kept, API);

    assertThat(http.apim("DELETE", DP + "/applications/" + gone, tpp, null).status())
        .isEqualTo(200);

    assertThat(http.apim("GET", WF, admin, null).list())
        .singleElement()
        .satisfies(t -> assertThat(props(t)).containsEntry("applicationName", "Kept App"));
  }

  @Test
  void updatingAnUnknownTaskIs404AndTheListPages() {
    start(Wso2Emulator.builder().applicationApproval(true));
    for (int i = 0; i < 3; i++) {
      createApp("App " + i);
    }

    assertThat(decide("no-such-ref", "APPROVED").status()).isEqualTo(404);
    TestHttp.Res page = http.apim("GET", WF + "?limit=2&offset=0", admin, null);
    assertThat(page.json()).containsEntry("count", 2L);
    assertThat(page.str("next")).isNotEmpty();
    TestHttp.Res last = http.apim("GET", WF + "?limit=2&offset=2", admin, null);
    assertThat(last.json()).containsEntry("count", 1L).containsEntry("next", "");
    assertThat(http.apim("GET", WF, tpp, null).status()).isEqualTo(403);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> props(Map<String, Object> task) {
    return (Map<String, Object>) task.get("properties");
  }

  private String subscribe(String app, String api) {
    TestHttp.Res r =
        http.apim(
            "POST",
            DP + "/subscriptions",
            tpp,
            map("applicationId", app, "apiId", api, "throttlingPolicy", "Unlimited"));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.str("status")).isEqualTo("ON_HOLD");
    return r.str("subscriptionId");
  }

  private TestHttp.Res generate(String app, String keyType) {
    return http.apim(
        "POST",
        DP + "/applications/" + app + "/generate-keys",
        tpp,
        map(
            "keyType",
            keyType,
            "keyManager",
            "FSKM",
            "grantTypesToBeSupported",
            List.of("client_credentials"),
            "additionalProperties",
            map("regulatory", "false")));
  }
}
