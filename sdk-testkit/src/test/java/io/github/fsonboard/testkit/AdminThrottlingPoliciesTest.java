package io.github.fsonboard.testkit;

import static io.github.fsonboard.testkit.TestHttp.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Admin v4 throttling policies served from the fixture, with WSO2's scope checks. */
class AdminThrottlingPoliciesTest {
  static final String POLICIES = "/api/am/admin/v4/throttling/policies/";

  static Wso2Emulator wso2;
  static TestHttp http;

  @BeforeAll
  static void start() {
    wso2 =
        Wso2Emulator.builder()
            .fixture(
                Fixture.builder()
                    .applicationPolicies("Unlimited", "10PerMin")
                    .subscriptionPolicies("Gold", "Platinum")
                    .build())
            .build()
            .start();
    http = new TestHttp(wso2);
  }

  @AfterAll
  static void stop() {
    wso2.close();
  }

  @Test
  @SuppressWarnings("unchecked")
  void listsAndGetsTheFixturePoliciesInTheAdminShape() {
    String admin = bearer(http.adminToken());
    TestHttp.Res apps = http.apim("GET", POLICIES + "application", admin, null);
    assertThat(apps.status()).isEqualTo(200);
    assertThat(apps.json()).containsEntry("count", 2L);
    assertThat(apps.list())
        .extracting(p -> p.get("policyName"))
        .containsExactly("Unlimited", "10PerMin");
    Map<String, Object> tenPerMin = apps.list().get(1);
    assertThat(tenPerMin)
        .containsEntry("displayName", "10PerMin")
        .containsEntry("isDeployed", true)
        .containsEntry("type", "ApplicationThrottlePolicy")
        .containsKeys("policyId", "description", "burstLimit");
    Map<String, Object> limit = (Map<String, Object>) tenPerMin.get("defaultLimit");
    assertThat(limit).containsEntry("type", "REQUESTCOUNTLIMIT");
    assertThat((Map<String, Object>) limit.get("requestCount"))
        .containsEntry("requestCount", 10L)
        .containsEntry("timeUnit", "min")
        .containsEntry("unitTime", 1L);

    TestHttp.Res subs = http.apim("GET", POLICIES + "subscription", admin, null);
    assertThat(subs.list())
        .extracting(p -> p.get("policyName"))
        .containsExactly("Gold", "Platinum");
    assertThat(subs.list().get(0))
        .containsEntry("type", "SubscriptionThrottlePolicy")
        .containsEntry("billingPlan", "FREE")
        .containsKey("stopOnQuotaReach");

    String id = String.valueOf(subs.list().get(0).get("policyId"));
    TestHttp.Res one = http.apim("GET", POLICIES + "subscription/" + id, admin, null);
    assertThat(one.status()).isEqualTo(200);
    assertThat(one.json()).containsEntry("policyName", "Gold").containsEntry("policyId", id);
    // An id of the other level is not found there.
    TestHttp.Res wrongLevel = http.apim("GET", POLICIES + "application/" + id, admin, null);
    assertThat(wrongLevel.status()).isEqualTo(404);
    assertThat(wrongLevel.json()).containsEntry("code", 404L).containsEntry("message", "Not Found");
    assertThat(http.apim("GET", POLICIES + "advanced", admin, null).status()).isEqualTo(404);
  }

  @Test
  void policyIdsAreStableAcrossStarts() {
    String first =
        String.valueOf(
            http.apim("GET", POLICIES + "application", bearer(http.adminToken()), null)
                .list()
                .get(0)
                .get("policyId"));
    try (Wso2Emulator again =
        Wso2Emulator.builder()
            .fixture(Fixture.builder().applicationPolicies("Unlimited").build())
            .build()
            .start()) {
      TestHttp h = new TestHttp(again);
      assertThat(
              h.apim("GET", POLICIES + "application", bearer(h.adminToken()), null)
                  .list()
                  .get(0)
                  .get("policyId"))
          .isEqualTo(first);
    }
  }

  @Test
  void needsAdminOrTierViewScope() {
    String tierView = bearer(http.signIn("admin", "admin", "apim:tier_view"));
    assertThat(http.apim("GET", POLICIES + "subscription", tierView, null).status()).isEqualTo(200);
    String tpp = bearer(http.tpp("tpp@example.com"));
    TestHttp.Res forbidden = http.apim("GET", POLICIES + "application", tpp, null);
    assertThat(forbidden.status()).isEqualTo(403);
    assertThat(forbidden.json()).containsEntry("code", 900910L);
    TestHttp.Res anonymous = http.apim("GET", POLICIES + "application", null, null);
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.json()).containsEntry("code", 900902L);
  }
}
