package io.github.fsonboard.apim.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fsonboard.apim.ApiManager;
import io.github.fsonboard.apim.ApimSession;
import io.github.fsonboard.apim.admin.AdminWorkflows;
import io.github.fsonboard.apim.admin.WorkflowDecision;
import io.github.fsonboard.apim.admin.WorkflowOutcome;
import io.github.fsonboard.apim.admin.WorkflowSubject;
import io.github.fsonboard.apim.admin.WorkflowTask;
import io.github.fsonboard.apim.admin.WorkflowType;
import io.github.fsonboard.apim.backoffice.BackOffice;
import io.github.fsonboard.apim.backoffice.Evidence;
import io.github.fsonboard.apim.backoffice.TaskResult;
import io.github.fsonboard.apim.backoffice.Verdict;
import io.github.fsonboard.apim.backoffice.Vetting;
import io.github.fsonboard.apim.backoffice.VettingDecision;
import io.github.fsonboard.apim.backoffice.VettingPolicy;
import io.github.fsonboard.apim.contract.ApimContract;
import io.github.fsonboard.apim.contract.ApimVersion;
import io.github.fsonboard.apim.contract.EmulatorTraffic;
import io.github.fsonboard.apim.devportal.KeyType;
import io.github.fsonboard.apim.devportal.Page;
import io.github.fsonboard.apim.selfsignup.SignUpRequest;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.cert.Psd2Role;
import io.github.fsonboard.core.oauth.GrantType;
import io.github.fsonboard.harness.Wso2Specs;
import io.github.fsonboard.testkit.Psd2TestCertificate;
import io.github.fsonboard.testkit.Wso2Emulator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bank approves with evidence: the TPP's onboarding pauses at each approval point (application,
 * subscriptions, production keys), the back office vets and approves or rejects with reasons, and
 * the TPP's re-run completes after approval. Every APIM exchange is checked against the 4.4, 4.5
 * and 4.7 specs when they are there.
 */
class ApprovalScenarioTest {
  private static final String KM = "FSKM";
  private static final String AIS = "AccountandTransactionAPI";
  private static final String PIS = "PaymentInitiationAPI";

  private static TppOnboardingResult onboard(Wso2Emulator e, String user, String pem) {
    try (ApiManager apim = Emulated.apim(e)) {
      return Onboarding.tpp(apim)
          .signUp(
              SignUpRequest.builder().username(user).password(Secret.of("Tpp-pass-1!")).build(),
              Emulated.registrar(e))
          .application("Held App")
          .subscribe(AIS, "3.1.11", "Unlimited")
          .subscribe(PIS, "3.1.11", "Unlimited")
          .keyManager(KM)
          .keys(
              KeyType.PRODUCTION,
              k ->
                  k.grantTypes(GrantType.CLIENT_CREDENTIALS, GrantType.AUTHORIZATION_CODE)
                      .callbackUrl("https://tpp.example.com/cb")
                      .regulatory(true)
                      .certificate(pem))
          .build()
          .run();
    }
  }

  /** The bank's own onboarding records: which certificate each TPP user registered with. */
  private static Evidence evidence(WorkflowTask task, Map<String, String> certificates) {
    String user = task.subject().user();
    return new Evidence(
        user == null ? null : certificates.get(user), null, Map.of(), "bank onboarding records");
  }

  @Test
  void onboardingPausesAtEachApprovalAndCompletesAfterTheBankDecides() {
    try (Wso2Emulator e =
        Wso2Emulator.builder()
            .applicationApproval(true)
            .subscriptionApproval(true)
            .keyGenerationApproval("PRODUCTION")
            .build()
            .start()) {
      Emulated.fsKeyManager(e, KM);
      EmulatorTraffic traffic = EmulatorTraffic.record(e);
      String user = Emulated.unique("tpp") + "@example.com";
      Psd2TestCertificate seal =
          Psd2TestCertificate.builder()
              .organization("Example TPP Ltd")
              .organizationIdentifier("PSDGB-FCA-123456")
              .nca("Financial Conduct Authority", "GB-FCA")
              .roles(Psd2Role.PSP_AI)
              .build();
      VettingPolicy policy =
          VettingPolicy.builder()
              .api(AIS, Psd2Role.PSP_AI)
              .api(PIS, Psd2Role.PSP_PI)
              .acceptedNcas("GB-FCA")
              .trustAnchors(List.of(seal.certificate()))
              .build();
      Map<String, String> records = Map.of(user, seal.certificatePem());

      try (ApiManager apim = Emulated.apim(e)) {
        ApimSession bank = Emulated.admin(apim, e);
        AdminWorkflows workflows = bank.admin().workflows();
        BackOffice office = BackOffice.of(workflows, Vetting.of(policy), t -> evidence(t, records));

        // 1. The application waits; nothing else can happen yet.
        TppOnboardingResult first = onboard(e, user, seal.certificatePem());
        assertThat(first.isApplicationPending()).isTrue();
        List<VettingDecision> apps = office.review(WorkflowType.APPLICATION_CREATION);
        assertThat(apps)
            .singleElement()
            .satisfies(d -> assertThat(d.verdict()).isEqualTo(Verdict.APPROVE));
        assertThat(apps.get(0).task().subject())
            .isEqualTo(new WorkflowSubject.Application("Held App", user, "Unlimited"));
        assertThat(office.apply(apps))
            .extracting(TaskResult::outcome)
            .containsExactly(TaskResult.Outcome.APPROVED);

        // 2. Subscriptions and production keys wait.
        TppOnboardingResult second = onboard(e, user, seal.certificatePem());
        assertThat(second.isApplicationPending()).isFalse();
        assertThat(second.subscriptions()).allSatisfy(s -> assertThat(s.isPending()).isTrue());
        assertThat(second.key(KeyType.PRODUCTION).orElseThrow().isPending()).isTrue();
        assertThat(second.key(KeyType.PRODUCTION).orElseThrow().consumerKey()).isNull();
        Page<WorkflowTask> page = workflows.list(null, 2, 0);
        assertThat(page.list()).hasSize(2);
        assertThat(page.hasNext()).isTrue();

        List<VettingDecision> dryRun = office.review();
        assertThat(dryRun).hasSize(3);
        assertThat(dryRun)
            .filteredOn(d -> d.verdict() == Verdict.REJECT)
            .singleElement()
            .satisfies(
                d -> {
                  assertThat(d.task().subject()).isInstanceOf(WorkflowSubject.Subscription.class);
                  assertThat(d.comment()).contains("API " + PIS + " needs the PSD2 role(s) [PISP]");
                });
        assertThat(dryRun)
            .filteredOn(d -> d.verdict() == Verdict.APPROVE)
            .extracting(d -> d.task().type())
            .containsExactlyInAnyOrder(
                WorkflowType.SUBSCRIPTION_CREATION,
                WorkflowType.APPLICATION_REGISTRATION_PRODUCTION);
        assertThat(workflows.pending(null)).hasSize(3);

        List<TaskResult> applied = office.apply(dryRun);
        assertThat(applied)
            .extracting(TaskResult::outcome)
            .containsExactlyInAnyOrder(
                TaskResult.Outcome.APPROVED,
                TaskResult.Outcome.APPROVED,
                TaskResult.Outcome.REJECTED);
        assertThat(office.apply(dryRun))
            .extracting(TaskResult::outcome)
            .containsOnly(TaskResult.Outcome.ALREADY_DECIDED);
        assertThat(
                workflows.decide(
                    dryRun.get(0).task().referenceId(), WorkflowDecision.APPROVED, "again"))
            .isEqualTo(WorkflowOutcome.NOT_PENDING);
        assertThat(workflows.pending(null)).isEmpty();

        // 3. The TPP's re-run finds its keys and the decided subscriptions.
        TppOnboardingResult third = onboard(e, user, seal.certificatePem());
        assertThat(third.key(KeyType.PRODUCTION).orElseThrow().consumerKey()).isNotBlank();
        assertThat(third.subscriptions())
            .extracting(SubscriptionOutcome::apiName, SubscriptionOutcome::status)
            .containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(
                    AIS, io.github.fsonboard.apim.devportal.SubscriptionStatus.UNBLOCKED),
                org.assertj.core.groups.Tuple.tuple(
                    PIS, io.github.fsonboard.apim.devportal.SubscriptionStatus.REJECTED));
      }
      if (Wso2Specs.available()) {
        ApimContract.assertValid(traffic.exchanges(), ApimVersion.values());
      }
    }
  }
}
