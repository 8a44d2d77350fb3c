package io.github.fsonboard.testkit;

import static io.github.fsonboard.testkit.TestHttp.bearer;
import static io.github.fsonboard.testkit.TestHttp.map;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bank's admin v4 {@code /applications} and publisher v4 {@code /subscriptions} routes, with
 * carbon-apimgt's answers: admin {@code ApplicationsApiServiceImpl} and publisher {@code
 * SubscriptionsApiServiceImpl}.
 */
class BankLifecycleRoutesTest {
  private static final String ADMIN_APPS = "/api/am/admin/v4/applications";
  private static final String SUBS = "/api/am/publisher/v4/subscriptions";
  private static final String DP = "/api/am/devportal/v3";
  private static final String API = Fixture.apiId("AccountandTransactionAPI", "3.1.11");

  static Wso2Emulator wso2;
  static TestHttp http;

  @BeforeAll
  static void start() {
    wso2 = Wso2Emulator.builder().fixture(Fixture.defaults()).build().start();
    http = new TestHttp(wso2);
  }

  @AfterAll
  static void stop() {
    wso2.close();
  }

  private static String bank() {
    return bearer(
        http.signIn(
            wso2.adminUsername(),
            wso2.adminPassword(),
            "apim:admin apim:subscription_view apim:subscription_block"));
  }

  @Test
  void theBankSeesListsBlocksAndGivesAwayATppsApplication() {
    String tpp = bearer(http.tpp("routes@example.com"));
    String appId =
        http.apim(
                "POST",
                DP + "/applications",
                tpp,
                map("name", "Routes App", "throttlingPolicy", "Unlimited"))
            .str("applicationId");
    String subId =
        http.apim(
                "POST",
                DP + "/subscriptions",
                tpp,
                map("applicationId", appId, "apiId", API, "throttlingPolicy", "Gold"))
            .str("subscriptionId");
    String bank = bank();

    // applicationsGet: ApplicationList {count, list, next, previous}, ApplicationInfo with owner.
    TestHttp.Res apps = http.apim("GET", ADMIN_APPS + "?user=routes@example.com", bank, null);
    assertThat(apps.status()).isEqualTo(200);
    assertThat(apps.json())
        .containsKeys("count", "next", "previous")
        .doesNotContainKey("pagination");
    assertThat(apps.list())
        .singleElement()
        .satisfies(a -> assertThat(a).containsEntry("owner", "routes@example.com"));

    // getSubscriptions: an unknown API is 404; blockSubscription checks blockState here (400).
    assertThat(http.apim("GET", SUBS + "?apiId=nope", bank, null).status()).isEqualTo(404);
    assertThat(
            http.apim("POST", SUBS + "/block-subscription?subscriptionId=" + subId, bank, null)
                .status())
        .isEqualTo(400);
    TestHttp.Res blocked =
        http.apim(
            "POST",
            SUBS + "/block-subscription?subscriptionId=" + subId + "&blockState=BLOCKED",
            bank,
            null);
    assertThat(blocked.status()).isEqualTo(200);
    assertThat(blocked.str("subscriptionStatus")).isEqualTo("BLOCKED");
    // The TPP's Developer Portal shows the same status.
    assertThat(http.apim("GET", DP + "/subscriptions/" + subId, tpp, null).str("status"))
        .isEqualTo("BLOCKED");
    // A TPP token lacks apim:subscription_block: 403 900910.
    assertThat(
            http.apim("POST", SUBS + "/unblock-subscription?subscriptionId=" + subId, tpp, null)
                .status())
        .isEqualTo(403);

    // applicationsApplicationIdChangeOwnerPost: an unknown new owner is a 500.
    TestHttp.Res unknownOwner =
        http.apim("POST", ADMIN_APPS + "/" + appId + "/change-owner?owner=ghost", bank, null);
    assertThat(unknownOwner.status()).isEqualTo(500);
    assertThat(unknownOwner.str("description"))
        .isEqualTo("Error while updating application owner " + appId);

    // applicationsApplicationIdDelete: 200 without a body, then 404.
    assertThat(http.apim("DELETE", ADMIN_APPS + "/" + appId, bank, null).status()).isEqualTo(200);
    assertThat(http.apim("DELETE", ADMIN_APPS + "/" + appId, bank, null).status()).isEqualTo(404);
    assertThat(wso2.state().applicationNames("routes@example.com")).isEmpty();
  }
}
