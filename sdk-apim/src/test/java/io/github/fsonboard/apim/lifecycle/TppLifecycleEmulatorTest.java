package io.github.fsonboard.apim.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.apim.ApiManager;
import io.github.fsonboard.apim.ApimSession;
import io.github.fsonboard.apim.admin.AdminApplication;
import io.github.fsonboard.apim.admin.AdminApplicationsClient;
import io.github.fsonboard.apim.contract.ApimContract;
import io.github.fsonboard.apim.contract.ApimVersion;
import io.github.fsonboard.apim.contract.EmulatorTraffic;
import io.github.fsonboard.apim.devportal.ApiInfo;
import io.github.fsonboard.apim.devportal.ApplicationRequest;
import io.github.fsonboard.apim.devportal.DevPortal;
import io.github.fsonboard.apim.devportal.SubscriptionRequest;
import io.github.fsonboard.apim.publisher.BlockState;
import io.github.fsonboard.apim.publisher.PublisherSubscription;
import io.github.fsonboard.apim.selfsignup.SignUpRequest;
import io.github.fsonboard.core.auth.BasicCredentials;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.error.FsOnboardException;
import io.github.fsonboard.core.error.NotFoundException;
import io.github.fsonboard.core.error.ServerException;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.Trust;
import io.github.fsonboard.core.paging.Page;
import io.github.fsonboard.harness.RecordedExchange;
import io.github.fsonboard.harness.Wso2Specs;
import io.github.fsonboard.testkit.Fixture;
import io.github.fsonboard.testkit.Wso2Emulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bank manages a TPP's applications and subscriptions with its own credentials on the emulator:
 * each change is planned, applied once, and a second apply writes nothing. The traffic is checked
 * against the admin (4.4/4.5/4.7) and publisher v4 specs after each test.
 */
class TppLifecycleEmulatorTest {
  private static final Secret TPP_PASSWORD = Secret.of("tpp-Pa55word!");
  private static final String API = "AccountandTransactionAPI";

  private static Wso2Emulator emulator;
  private static EmulatorTraffic traffic;
  private static ApiManager apim;
  private static int tppCount;

  private String tpp;
  private DevPortal portal;

  @BeforeAll
  static void start() {
    emulator = Wso2Emulator.builder().fixture(Fixture.defaults()).build().start();
    traffic = EmulatorTraffic.record(emulator);
    apim = client(emulator);
  }

  private static ApiManager client(Wso2Emulator e) {
    return ApiManager.builder()
        .baseUrl(e.apimBaseUrl())
        .httpConfig(HttpConfig.builder().trust(Trust.pem(e.trustedCertificatePem())).build())
        .build();
  }

  /** Signs a TPP up on an emulator (its admin registers TPPs) and signs it in. */
  private static DevPortal signUp(ApiManager apim, Wso2Emulator e, String user) {
    apim.selfSignUp()
        .signUp(
            SignUpRequest.builder()
                .username(user)
                .password(TPP_PASSWORD)
                .givenName("Ada")
                .lastName("Lovelace")
                .email(user)
                .organization("Example TPP")
                .build(),
            BasicCredentials.of(e.adminUsername(), e.adminPassword()));
    return apim.tpp(user, TPP_PASSWORD).devPortal();
  }

  private static String subscribe(DevPortal portal, String appId, String apiId) {
    return portal
        .subscriptions()
        .create(new SubscriptionRequest(appId, apiId, "Gold", null))
        .created()
        .orElseThrow()
        .subscriptionId();
  }

  @AfterAll
  static void stop() {
    if (apim != null) {
      apim.close();
    }
    if (emulator != null) {
      emulator.close();
    }
  }

  @BeforeEach
  void signUpATpp() {
    tpp = "tpp" + (++tppCount) + "@example.com";
    portal = signUp(apim, emulator, tpp);
    traffic.clear();
  }

  @AfterEach
  void trafficMatchesTheSpecs() {
    try {
      if (Wso2Specs.available()) {
        assertThat(traffic.exchanges()).isNotEmpty();
        ApimContract.assertValid(traffic.exchanges(), ApimVersion.values());
      }
    } finally {
      traffic.clear();
    }
  }

  private static ApimSession bank() {
    return apim.admin(emulator.adminUsername(), Secret.of(emulator.adminPassword()));
  }

  private String createApp(String name) {
    return createApp(portal, name);
  }

  private static String createApp(DevPortal portal, String name) {
    return portal
        .applications()
        .create(ApplicationRequest.builder().name(name).throttlingPolicy("Unlimited").build())
        .created()
        .orElseThrow()
        .applicationId();
  }

  private long writes(String pathPart) {
    return traffic.exchanges().stream()
        .map(RecordedExchange::request)
        .filter(r -> !r.method().equals("GET") && r.path().contains(pathPart))
        .count();
  }

  @Test
  void bankListsATppsApplicationsPageByPage() {
    for (int i = 1; i <= 3; i++) {
      createApp("App " + i);
    }
    AdminApplicationsClient apps = bank().adminPortal().applications();

    Page<AdminApplication> first = apps.list(tpp, null, 2, 0);
    assertThat(first.items()).extracting(AdminApplication::name).containsExactly("App 1", "App 2");
    assertThat(first.hasNext()).isTrue();
    assertThat(apps.list(tpp, null, 2, 2).hasNext()).isFalse();
    assertThat(apps.stream(tpp, null))
        .extracting(AdminApplication::owner, AdminApplication::status)
        .containsOnly(org.assertj.core.groups.Tuple.tuple(tpp, "APPROVED"))
        .hasSize(3);
    assertThat(apps.find(tpp, "App 2")).isPresent();
    assertThat(apps.find(tpp, "App")).isEmpty();
  }

  @Test
  void blockAndUnblockAreEachWrittenOnceAndTheTppSeesTheStatus() {
    String appId = createApp("AISP App");
    ApiInfo api = portal.apis().find(API, "3.1.11").orElseThrow();
    String subId = subscribe(portal, appId, api.id());
    TppLifecycle tpps = TppLifecycle.of(bank());

    LifecycleChange block = tpps.blockSubscription(api.id(), subId, BlockState.PROD_ONLY_BLOCKED);
    assertThat(block.needed()).isTrue();
    assertThat(block.reason()).isEqualTo("status is UNBLOCKED");
    assertThat(block.apply().written()).isTrue();
    assertThat(block.apply()).extracting(LifecycleOutcome::written).isEqualTo(false);
    assertThat(writes("block-subscription")).isEqualTo(1);
    // The TPP's Developer Portal shows the status the Publisher API wrote.
    assertThat(portal.subscriptions().get(subId).status()).isEqualTo("PROD_ONLY_BLOCKED");
    assertThat(tpps.blockSubscription(api.id(), subId, BlockState.PROD_ONLY_BLOCKED).reason())
        .isEqualTo("already PROD_ONLY_BLOCKED");
    assertThat(tpps.blockSubscription(api.id(), subId, BlockState.BLOCKED).needed()).isTrue();

    LifecycleChange unblock = tpps.unblockSubscription(api.id(), subId);
    assertThat(unblock.needed()).isTrue();
    assertThat(unblock.apply().written()).isTrue();
    assertThat(unblock.apply().reason()).isEqualTo("already UNBLOCKED");
    assertThat(writes("unblock-subscription")).isEqualTo(1);
    assertThat(portal.subscriptions().get(subId).status()).isEqualTo("UNBLOCKED");

    assertThatThrownBy(() -> tpps.blockSubscription(api.id(), "no-such-id", BlockState.BLOCKED))
        .isInstanceOf(FsOnboardException.class)
        .hasMessageContaining("no-such-id");
    // SubscriptionsApiServiceImpl.blockSubscription: an unknown subscription is 404.
    assertThatThrownBy(
            () -> bank().publisherPortal().subscriptions().block("no-such-id", BlockState.BLOCKED))
        .isInstanceOf(NotFoundException.class);
    PublisherSubscription seen =
        bank().publisherPortal().subscriptions().find(api.id(), subId).orElseThrow();
    assertThat(seen.applicationInfo().subscriber()).isEqualTo(tpp);
    assertThat(seen.throttlingPolicy()).isEqualTo("Gold");
  }

  @Test
  void changeOwnerAndDeleteAreIdempotent() {
    String appId = createApp("Payments App");
    String other = tpp;
    signUpATpp();
    String newOwner = tpp;
    TppLifecycle tpps = TppLifecycle.of(bank());

    LifecycleChange give = tpps.changeOwner(other, "Payments App", newOwner);
    assertThat(give.needed()).isTrue();
    assertThat(give.apply().written()).isTrue();
    assertThat(give.apply().reason()).isEqualTo("already owned by " + newOwner);
    assertThat(emulator.state().applicationNames(newOwner)).containsExactly("Payments App");
    assertThat(emulator.state().applicationNames(other)).isEmpty();

    LifecycleChange delete = tpps.deleteApplication(newOwner, "Payments App");
    assertThat(delete.needed()).isTrue();
    assertThat(delete.apply().written()).isTrue();
    assertThat(delete.apply().written()).isFalse();
    assertThat(tpps.deleteApplication(newOwner, "Payments App").reason())
        .isEqualTo("no such application");
    assertThat(writes("/applications/")).isEqualTo(2);
    assertThat(emulator.state().applicationNames(newOwner)).isEmpty();

    // ApplicationsApiServiceImpl: delete of an unknown id is 404, change-owner failures are 500.
    AdminApplicationsClient apps = bank().adminPortal().applications();
    assertThatThrownBy(() -> apps.delete(appId)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> apps.changeOwner(appId, newOwner)).isInstanceOf(ServerException.class);
    assertThatThrownBy(() -> tpps.changeOwner(other, "Payments App", newOwner))
        .isInstanceOf(FsOnboardException.class)
        .hasMessageContaining("Neither");
  }

  /**
   * Publisher SubscriptionsApiServiceImpl.unBlockSubscription sets UNBLOCKED from any status; the
   * lifecycle must not use it to release a subscription an approval workflow holds.
   */
  @Test
  void aSubscriptionOnHoldForApprovalIsNotUnblocked() {
    createApp("keeps this test's contract traffic non-empty");
    try (Wso2Emulator approving =
            Wso2Emulator.builder()
                .fixture(Fixture.defaults())
                .subscriptionApproval(true)
                .build()
                .start();
        ApiManager client = client(approving)) {
      DevPortal held = signUp(client, approving, "held@example.com");
      ApiInfo api = held.apis().find(API, "3.1.11").orElseThrow();
      String subId = subscribe(held, createApp(held, "App"), api.id());

      LifecycleChange unblock =
          TppLifecycle.of(
                  client.admin(approving.adminUsername(), Secret.of(approving.adminPassword())))
              .unblockSubscription(api.id(), subId);

      assertThat(unblock.needed()).isFalse();
      assertThat(unblock.reason()).contains("ON_HOLD", "approve or reject");
      assertThat(unblock.apply().written()).isFalse();
      assertThat(held.subscriptions().get(subId).status()).isEqualTo("ON_HOLD");
    }
  }
}
