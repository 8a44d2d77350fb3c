package io.github.fsonboard.apim.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fsonboard.apim.ApiManager;
import io.github.fsonboard.apim.devportal.KeyType;
import io.github.fsonboard.apim.devportal.SubscriptionStatus;
import io.github.fsonboard.apim.onboarding.PlannedAction.Action;
import io.github.fsonboard.apim.selfsignup.SignUpRequest;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.oauth.GrantType;
import io.github.fsonboard.testkit.Wso2Emulator;
import org.junit.jupiter.api.Test;

/**
 * Approval workflows as APIM signals them (201 with application status CREATED / subscription
 * status ON_HOLD, wso2-contracts §9) are reported as PENDING, and a re-run after approval
 * completes.
 */
class WorkflowPendingScenarioTest {
  private static final String KM = "FSKM";

  private static TppOnboardingResult onboard(Wso2Emulator e, String user, String app) {
    try (ApiManager apim = Emulated.apim(e)) {
      return Onboarding.tpp(apim)
          .signUp(
              SignUpRequest.builder().username(user).password(Secret.of("Tpp-pass-1!")).build(),
              Emulated.registrar(e))
          .application(app)
          .subscribe("AccountandTransactionAPI", "3.1.11", "Unlimited")
          .keyManager(KM)
          .keys(KeyType.SANDBOX, k -> k.grantTypes(GrantType.CLIENT_CREDENTIALS))
          .build()
          .run();
    }
  }

  @Test
  void pendingApplicationBlocksSubscriptionsAndKeysUntilApproved() {
    try (Wso2Emulator e = Wso2Emulator.builder().applicationApproval(true).build().start()) {
      Emulated.fsKeyManager(e, KM);
      String user = Emulated.unique("tpp") + "@example.com";

      TppOnboardingResult pending = onboard(e, user, "Pending App");

      assertThat(pending.isApplicationPending()).isTrue();
      assertThat(pending.applicationId()).isNotBlank();
      assertThat(pending.subscriptions())
          .singleElement()
          .satisfies(s -> assertThat(s.isPending()).isTrue());
      assertThat(pending.key(KeyType.SANDBOX).orElseThrow().isPending()).isTrue();
      assertThat(pending.key(KeyType.SANDBOX).orElseThrow().consumerKey()).isNull();
      assertThat(e.state().subscriptionCount()).isZero();
      assertThat(e.state().keyMappingCount()).isZero();

      assertThat(onboard(e, user, "Pending App").isApplicationPending()).isTrue();
      assertThat(e.state().applicationCount()).isEqualTo(1);

      e.approvePendingWorkflows();
      TppOnboardingResult approved = onboard(e, user, "Pending App");

      assertThat(approved.applicationStep()).isEqualTo(StepStatus.SKIPPED);
      assertThat(approved.applicationId()).isEqualTo(pending.applicationId());
      assertThat(approved.actions())
          .filteredOn(a -> a.step().startsWith("subscribe"))
          .singleElement()
          .satisfies(a -> assertThat(a.action()).isEqualTo(Action.CREATE));
      assertThat(approved.key(KeyType.SANDBOX).orElseThrow().consumerKey()).isNotBlank();
      assertThat(e.state().applicationCount()).isEqualTo(1);
    }
  }

  @Test
  void pendingSubscriptionIsReportedAndKeysAreStillGenerated() {
    try (Wso2Emulator e = Wso2Emulator.builder().subscriptionApproval(true).build().start()) {
      Emulated.fsKeyManager(e, KM);
      String user = Emulated.unique("tpp") + "@example.com";

      TppOnboardingResult r = onboard(e, user, "Sub App");

      assertThat(r.applicationStep()).isEqualTo(StepStatus.DONE);
      assertThat(r.subscriptions())
          .singleElement()
          .satisfies(s -> assertThat(s.status()).isEqualTo(SubscriptionStatus.ON_HOLD));
      assertThat(r.actions())
          .filteredOn(a -> a.step().startsWith("subscribe"))
          .singleElement()
          .satisfies(a -> assertThat(a.action()).isEqualTo(Action.CREATE));
      assertThat(r.steps())
          .filteredOn(s -> s.step().startsWith("subscribe"))
          .extracting(StepEvent::status)
          .containsExactly(StepStatus.PENDING);
      assertThat(r.key(KeyType.SANDBOX).orElseThrow().consumerKey()).isNotBlank();

      TppOnboardingResult again = onboard(e, user, "Sub App");

      assertThat(again.subscriptions())
          .singleElement()
          .satisfies(s -> assertThat(s.isPending()).isTrue());
      assertThat(again.subscriptions().get(0).subscriptionId()).isNotBlank();
      assertThat(e.state().subscriptionCount()).isEqualTo(1);
    }
  }

  /**
   * carbon-apimgt ApplicationsApiServiceImpl: 201 with status CREATED while approval is pending,
   * and generate-keys refused with 400 "Cannot generate keys for applications that are not yet
   * approved." until then.
   */
  @Test
  void aPendingApplicationIsPendingAndItsKeysAreRefusedWithATypedError() {
    try (Wso2Emulator e = Wso2Emulator.builder().applicationApproval(true).build().start();
        ApiManager apim = Emulated.apim(e)) {
      Emulated.fsKeyManager(e, KM);
      String user = Emulated.unique("tpp") + "@example.com";
      onboard(e, user, "Direct App");
      io.github.fsonboard.apim.ApimSession tpp = apim.tpp(user, Secret.of("Tpp-pass-1!"));
      io.github.fsonboard.apim.devportal.ApplicationResult made =
          tpp.devPortal()
              .applications()
              .create(
                  io.github.fsonboard.apim.devportal.ApplicationRequest.builder()
                      .name("Second App")
                      .throttlingPolicy("Unlimited")
                      .build());

      assertThat(made.isPending()).isTrue();
      assertThat(made.created().orElseThrow().isPending()).isTrue();
      String appId = made.created().orElseThrow().applicationId();
      Throwable refused =
          org.assertj.core.api.Assertions.catchThrowable(
              () ->
                  tpp.devPortal()
                      .keys()
                      .generate(
                          appId,
                          KeySpec.builder(KeyType.SANDBOX)
                              .grantTypes(GrantType.CLIENT_CREDENTIALS)
                              .build()
                              .toRequest(KM)));
      assertThat(io.github.fsonboard.apim.ApimError.of(refused))
          .contains(io.github.fsonboard.apim.ApimError.APPLICATION_NOT_APPROVED);
    }
  }
}
