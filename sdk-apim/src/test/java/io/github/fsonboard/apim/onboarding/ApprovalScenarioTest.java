package io.github.fsonboard.apim.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fsonboard.apim.ApiManager;
import io.github.fsonboard.apim.ApimSession;
import io.github.fsonboard.apim.admin.AdminWorkflowsClient;
import io.github.fsonboard.apim.admin.WorkflowDecision;
import io.github.fsonboard.apim.admin.WorkflowOutcome;
import io.github.fsonboard.apim.admin.WorkflowSubject;
import io.github.fsonboard.apim.admin.WorkflowTask;
import io.github.fsonboard.apim.admin.WorkflowType;
import io.github.fsonboard.apim.backoffice.BackOffice;
import io.github.fsonboard.apim.backoffice.Evidence;
import io.github.fsonboard.apim.backoffice.EvidenceSource;
import io.github.fsonboard.apim.backoffice.TaskResult;
import io.github.fsonboard.apim.backoffice.Verdict;
import io.github.fsonboard.apim.backoffice.Vetting;
import io.github.fsonboard.apim.backoffice.VettingDecision;
import io.github.fsonboard.apim.backoffice.VettingPolicy;
import io.github.fsonboard.apim.contract.ApimContract;
import io.github.fsonboard.apim.contract.ApimVersion;
import io.github.fsonboard.apim.contract.EmulatorTraffic;
import io.github.fsonboard.apim.devportal.KeyType;
import io.github.fsonboard.apim.devportal.SubscriptionStatus;
import io.github.fsonboard.apim.selfsignup.SignUpRequest;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.cert.Psd2Role;
import io.github.fsonboard.core.oauth.GrantType;
import io.github.fsonboard.core.paging.Page;
import io.github.fsonboard.harness.Wso2Specs;
import io.github.fsonboard.is.IdentityServer;
import io.github.fsonboard.testkit.Psd2TestCertificate;
import io.github.fsonboard.testkit.Wso2Emulator;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The bank approves with evidence: the TPP's onboarding pauses at each approval point (application,
 * subscriptions, production keys), the back office vets and approves or rejects with reasons, and
 * the TPP's re-run completes after approval. Every APIM exchange is checked against the 4.4, 4.5
 * and 4.7 specs when they are there.
 */
class ApprovalScenarioTest {
  private static final String COUNTRY = "http://wso2.org/claims/country";
  private static final String KM = "FSKM";
  private static final String AIS = "AccountandTransactionAPI";
  private static final String PIS = "PaymentInitiationAPI";
  private static final List<KeyType> BOTH = List.of(KeyType.SANDBOX, KeyType.PRODUCTION);

  private static TppOnboardingResult onboard(Wso2Emulator e, String user, String pem) {
    return onboard(e, user, pem, List.of(KeyType.PRODUCTION));
  }

  private static TppOnboardingResult onboard(
      Wso2Emulator e, String user, String pem, List<KeyType> keyTypes) {
    try (ApiManager apim = Emulated.apim(e)) {
      return tpp(apim, e, user, pem, keyTypes).run();
    }
  }

  private static TppOnboarding tpp(
      ApiManager apim, Wso2Emulator e, String user, String pem, List<KeyType> keyTypes) {
    TppOnboarding.Builder tpp =
        Onboarding.tpp(apim)
            .signUp(
                SignUpRequest.builder()
                    .username(user)
                    .password(Secret.of("Tpp-pass-1!"))
                    .organization("Example TPP Ltd")
                    .claim(COUNTRY, "United Kingdom")
                    .build(),
                Emulated.registrar(e))
            .application("Held App")
            .subscribe(AIS, "3.1.11", "Unlimited")
            .subscribe(PIS, "3.1.11", "Unlimited")
            .keyManager(KM);
    for (KeyType type : keyTypes) {
      tpp.keys(
          type,
          k ->
              k.grantTypes(GrantType.CLIENT_CREDENTIALS, GrantType.AUTHORIZATION_CODE)
                  .callbackUrl("https://tpp.example.com/cb")
                  .regulatory(true)
                  .certificate(pem));
    }
    return tpp.build();
  }

  private static long generateCalls(Wso2Emulator e) {
    return e.state()
        .requestCounts()
        .getOrDefault("APIM POST /api/am/devportal/v3/applications/{id}/generate-keys", 0L);
  }

  /** The bank decides the one open production key generation task. */
  private static void decideKeys(Wso2Emulator e, WorkflowDecision decision) {
    try (ApiManager apim = Emulated.apim(e)) {
      AdminWorkflowsClient workflows = Emulated.admin(apim, e).adminPortal().workflows();
      WorkflowTask task =
          workflows.stream(WorkflowType.APPLICATION_REGISTRATION_PRODUCTION)
              .findFirst()
              .orElseThrow();
      assertThat(workflows.decide(task.referenceId(), decision, "decided"))
          .isEqualTo(WorkflowOutcome.DECIDED);
    }
  }

  /** The bank's back office for sign-ups, with evidence from nowhere (sign-ups carry none). */
  private static List<TaskResult> decideSignUps(Wso2Emulator e, Verdict signUps, int expected) {
    try (ApiManager apim = Emulated.apim(e)) {
      AdminWorkflowsClient workflows = Emulated.admin(apim, e).adminPortal().workflows();
      VettingPolicy policy = VettingPolicy.builder().signUps(signUps).build();
      BackOffice office =
          BackOffice.of(
              workflows, Vetting.of(policy), t -> new Evidence(null, null, Map.of(), "none"));
      List<VettingDecision> decisions = office.review(WorkflowType.USER_SIGNUP);
      assertThat(decisions).hasSize(expected);
      return office.apply(decisions);
    }
  }

  /**
   * carbon-apimgt UserSignUpApprovalWorkflowExecutor holds a self sign-up: the user signs in but
   * gets no Developer Portal scope, so the run stops after the sign-in with the sign-up pending and
   * everything else blocked; the back office refers sign-ups by default and approves them when the
   * policy says so; the re-run then completes.
   */
  @Test
  void aSignUpAwaitingApprovalHoldsEverythingUntilTheBankApprovesIt() {
    try (Wso2Emulator e = Wso2Emulator.builder().signUpApproval(true).build().start()) {
      Emulated.fsKeyManager(e, KM);
      String user = Emulated.unique("tpp") + "@example.com";
      String pem = aispSeal().certificatePem();

      TppOnboardingResult first = onboard(e, user, pem);

      assertThat(first.isSignUpPending()).isTrue();
      assertThat(first.applicationId()).isNull();
      assertThat(first.subscriptions()).allSatisfy(s -> assertThat(s.isPending()).isTrue());
      assertThat(first.key(KeyType.PRODUCTION).orElseThrow().isPending()).isTrue();
      assertThat(first.steps())
          .filteredOn(s -> s.step().startsWith("sign in"))
          .singleElement()
          .satisfies(
              s -> {
                assertThat(s.status()).isEqualTo(StepStatus.PENDING);
                assertThat(s.detail()).contains("sign-up awaits the bank's approval");
              });
      assertThat(first.actions())
          .filteredOn(a -> a.step().startsWith("application"))
          .singleElement()
          .satisfies(a -> assertThat(a.action()).isEqualTo(PlannedAction.Action.BLOCKED));

      try (ApiManager apim = Emulated.apim(e)) {
        assertThat(tpp(apim, e, user, pem, List.of(KeyType.PRODUCTION)).plan().actions())
            .extracting(PlannedAction::action)
            .containsExactly(
                PlannedAction.Action.NONE,
                PlannedAction.Action.PENDING,
                PlannedAction.Action.BLOCKED,
                PlannedAction.Action.BLOCKED,
                PlannedAction.Action.BLOCKED,
                PlannedAction.Action.BLOCKED);
        List<VettingDecision> referred =
            BackOffice.of(
                    Emulated.admin(apim, e).adminPortal().workflows(),
                    Vetting.of(VettingPolicy.builder().build()),
                    t -> new Evidence(null, null, Map.of(), "none"))
                .review(WorkflowType.USER_SIGNUP);
        assertThat(referred)
            .singleElement()
            .satisfies(
                d -> {
                  assertThat(d.verdict()).isEqualTo(Verdict.REFER);
                  assertThat(d.task().subject())
                      .isEqualTo(new WorkflowSubject.User(user, "carbon.super"));
                  assertThat(d.comment()).contains("a person decides");
                });
      }
      assertThat(decideSignUps(e, Verdict.APPROVE, 1))
          .extracting(TaskResult::outcome)
          .containsExactly(TaskResult.Outcome.APPROVED);

      TppOnboardingResult second = onboard(e, user, pem);

      assertThat(second.isSignUpPending()).isFalse();
      assertThat(second.applicationId()).isNotBlank();
      assertThat(second.key(KeyType.PRODUCTION).orElseThrow().consumerKey()).isNotBlank();
    }
  }

  /**
   * UserSignUpApprovalWorkflowExecutor.complete deletes a rejected user: a re-run signs up anew.
   */
  @Test
  void aRejectedSignUpRemovesTheUserSoTheReRunSignsUpAgain() {
    try (Wso2Emulator e = Wso2Emulator.builder().signUpApproval(true).build().start()) {
      Emulated.fsKeyManager(e, KM);
      String user = Emulated.unique("tpp") + "@example.com";
      String pem = aispSeal().certificatePem();
      assertThat(onboard(e, user, pem).isSignUpPending()).isTrue();

      assertThat(decideSignUps(e, Verdict.REJECT, 1))
          .extracting(TaskResult::outcome)
          .containsExactly(TaskResult.Outcome.REJECTED);

      TppOnboardingResult again = onboard(e, user, pem);
      assertThat(again.actions().get(0).action()).isEqualTo(PlannedAction.Action.CREATE);
      assertThat(again.isSignUpPending()).isTrue();
      assertThat(decideSignUps(e, Verdict.REFER, 1))
          .extracting(TaskResult::outcome)
          .containsExactly(TaskResult.Outcome.REFERRED);
    }
  }

  /**
   * carbon-apimgt AbstractAPIManager.getApplicationKeys lists a key mapping whose generation awaits
   * approval (keyState CREATED, no consumer key): the TPP's re-run reports it pending and does not
   * ask again (generate-keys would be 409, 901409); after approval the re-run finds the keys.
   */
  @Test
  void aReRunWhileKeysAwaitApprovalReportsThemPendingAndGetsThemAfterApproval() {
    try (Wso2Emulator e =
        Wso2Emulator.builder().keyGenerationApproval("PRODUCTION").build().start()) {
      Emulated.fsKeyManager(e, KM);
      String user = Emulated.unique("tpp") + "@example.com";
      String pem = aispSeal().certificatePem();
      assertThat(onboard(e, user, pem).key(KeyType.PRODUCTION).orElseThrow().isPending()).isTrue();

      TppOnboardingResult again = onboard(e, user, pem);

      KeyOutcome waiting = again.key(KeyType.PRODUCTION).orElseThrow();
      assertThat(waiting.action()).isEqualTo(PlannedAction.Action.PENDING);
      assertThat(waiting.keyState()).isEqualTo("CREATED");
      assertThat(waiting.keyMappingId()).isNotBlank();
      assertThat(waiting.consumerKey()).isNull();
      assertThat(again.steps())
          .filteredOn(s -> s.step().startsWith("keys PRODUCTION"))
          .singleElement()
          .satisfies(s -> assertThat(s.status()).isEqualTo(StepStatus.PENDING));
      assertThat(generateCalls(e)).isEqualTo(1);

      decideKeys(e, WorkflowDecision.APPROVED);
      TppOnboardingResult done = onboard(e, user, pem);

      KeyOutcome keys = done.key(KeyType.PRODUCTION).orElseThrow();
      assertThat(keys.consumerKey()).isNotBlank();
      assertThat(keys.keyState()).isEqualTo("COMPLETED");
      assertThat(keys.isPending()).isFalse();
      assertThat(generateCalls(e)).isEqualTo(1);
    }
  }

  /** A rejected key generation stays listed (keyState REJECTED): the re-run says so and stops. */
  @Test
  void aReRunAfterTheBankRejectedTheKeysSaysRejected() {
    try (Wso2Emulator e =
        Wso2Emulator.builder().keyGenerationApproval("PRODUCTION").build().start()) {
      Emulated.fsKeyManager(e, KM);
      String user = Emulated.unique("tpp") + "@example.com";
      String pem = aispSeal().certificatePem();
      onboard(e, user, pem);

      decideKeys(e, WorkflowDecision.REJECTED);

      try (ApiManager apim = Emulated.apim(e)) {
        TppOnboarding tpp = tpp(apim, e, user, pem, List.of(KeyType.PRODUCTION));
        assertThat(tpp.plan().actions())
            .filteredOn(a -> a.step().startsWith("keys PRODUCTION"))
            .singleElement()
            .satisfies(
                a -> {
                  assertThat(a.action()).isEqualTo(PlannedAction.Action.BLOCKED);
                  assertThat(a.detail()).contains("rejected by the approval workflow");
                });
        TppOnboardingException rejected =
            org.assertj.core.api.Assertions.catchThrowableOfType(
                TppOnboardingException.class, tpp::run);
        assertThat(rejected.getMessage())
            .contains("rejected by the approval workflow")
            .contains("clean up key mapping");
        KeyOutcome keys = rejected.partialResult().key(KeyType.PRODUCTION).orElseThrow();
        assertThat(keys.isRejected()).isTrue();
        assertThat(keys.isPending()).isFalse();
      }
      assertThat(generateCalls(e)).isEqualTo(1);
    }
  }

  /** An AISP-only seal from GB-FCA. */
  private static Psd2TestCertificate aispSeal() {
    return Psd2TestCertificate.builder()
        .organization("Example TPP Ltd")
        .organizationIdentifier("PSDGB-FCA-123456")
        .nca("Financial Conduct Authority", "GB-FCA")
        .roles(Psd2Role.PSP_AI)
        .build();
  }

  /** Accounts need AISP, payments PISP; GB-FCA only; the self-signed seal is its own anchor. */
  private static VettingPolicy policy(Psd2TestCertificate seal, String... requiredClaims) {
    return VettingPolicy.builder()
        .api(AIS, Psd2Role.PSP_AI)
        .api(PIS, Psd2Role.PSP_PI)
        .acceptedNcas("GB-FCA")
        .trustAnchors(List.of(seal.certificate()))
        .requiredClaims(requiredClaims)
        .build();
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
      Psd2TestCertificate seal = aispSeal();
      VettingPolicy policy = policy(seal);
      Map<String, String> records = Map.of(user, seal.certificatePem());

      try (ApiManager apim = Emulated.apim(e)) {
        ApimSession bank = Emulated.admin(apim, e);
        AdminWorkflowsClient workflows = bank.adminPortal().workflows();
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
        assertThat(page.items()).hasSize(2);
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
        assertThat(workflows.stream(null)).hasSize(3);

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
        assertThat(workflows.stream(null)).isEmpty();

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

  /**
   * The bank vets with evidence it reads from the servers only, with its own credentials: the
   * application through the Admin API, the certificate from the Identity Server application of the
   * TPP's sandbox client, the user from SCIM. No records of its own.
   */
  @Test
  void vetsWithServerReadEvidenceAndRefersWhatTheServersCannotShow() {
    try (Wso2Emulator e =
            Wso2Emulator.builder()
                .applicationApproval(true)
                .subscriptionApproval(true)
                .keyGenerationApproval("PRODUCTION")
                .build()
                .start();
        IdentityServer is =
            IdentityServer.builder()
                .baseUrl(e.isBaseUrl())
                .httpConfig(Emulated.http(e))
                .adminCredentials(Emulated.registrar(e))
                .build()) {
      Emulated.fsKeyManager(e, KM);
      String user = Emulated.unique("tpp") + "@example.com";
      Psd2TestCertificate seal = aispSeal();
      // Claims named as IS 7's SCIM2 API names them (enterprise organization, wso2 country).
      VettingPolicy policy = policy(seal, "organization", "country");

      try (ApiManager apim = Emulated.apim(e)) {
        ApimSession bank = Emulated.admin(apim, e);
        AdminWorkflowsClient workflows = bank.adminPortal().workflows();
        EvidenceSource evidence = EvidenceSource.fromServers(bank.adminPortal(), is);
        BackOffice office = BackOffice.of(workflows, Vetting.of(policy), evidence);

        // 1. A pending application has no keys, so no server holds its certificate: referred.
        assertThat(onboard(e, user, seal.certificatePem(), BOTH).isApplicationPending()).isTrue();
        List<VettingDecision> apps = office.review(WorkflowType.APPLICATION_CREATION);
        assertThat(apps)
            .singleElement()
            .satisfies(d -> assertThat(d.verdict()).isEqualTo(Verdict.REFER));
        assertThat(apps.get(0).comment())
            .contains("no application certificate was found")
            .contains("PRODUCTION: no IS application " + user + "_")
            .contains("SANDBOX: no IS application");
        assertThat(office.apply(apps))
            .extracting(TaskResult::outcome)
            .containsExactly(TaskResult.Outcome.REFERRED);
        // A person looked at it and approves.
        assertThat(
                workflows.decide(
                    apps.get(0).task().referenceId(), WorkflowDecision.APPROVED, "known TPP"))
            .isEqualTo(WorkflowOutcome.DECIDED);

        // 2. Sandbox keys come at once; subscriptions and production keys wait, and are vetted
        // with the certificate the key manager wrote to the sandbox client's IS application.
        TppOnboardingResult second = onboard(e, user, seal.certificatePem(), BOTH);
        assertThat(second.key(KeyType.SANDBOX).orElseThrow().consumerKey()).isNotBlank();
        assertThat(second.key(KeyType.PRODUCTION).orElseThrow().isPending()).isTrue();
        List<VettingDecision> decisions = office.review();
        assertThat(decisions)
            .extracting(d -> d.task().type(), VettingDecision::verdict)
            .containsExactlyInAnyOrder(
                Tuple.tuple(WorkflowType.SUBSCRIPTION_CREATION, Verdict.APPROVE),
                Tuple.tuple(WorkflowType.SUBSCRIPTION_CREATION, Verdict.REJECT),
                Tuple.tuple(WorkflowType.APPLICATION_REGISTRATION_PRODUCTION, Verdict.APPROVE));
        assertThat(decisions)
            .filteredOn(d -> d.verdict() == Verdict.REJECT)
            .singleElement()
            .satisfies(d -> assertThat(d.comment()).contains("API " + PIS + " needs"));
        WorkflowTask keyTask =
            decisions.stream()
                .map(VettingDecision::task)
                .filter(t -> t.type() == WorkflowType.APPLICATION_REGISTRATION_PRODUCTION)
                .findFirst()
                .orElseThrow();
        Evidence read = evidence.gather(keyTask);
        assertThat(read.source()).startsWith("IS application " + user + "_").endsWith("_SANDBOX");
        assertThat(read.userClaims())
            .containsEntry("userName", user)
            .containsEntry("organization", "Example TPP Ltd")
            .containsEntry("country", "United Kingdom")
            .doesNotContainKey("http://wso2.org/claims/organization");
        assertThat(office.apply(decisions))
            .extracting(TaskResult::outcome)
            .containsExactlyInAnyOrder(
                TaskResult.Outcome.APPROVED,
                TaskResult.Outcome.APPROVED,
                TaskResult.Outcome.REJECTED);

        // 3. The TPP's re-run finds its production keys.
        TppOnboardingResult third = onboard(e, user, seal.certificatePem(), BOTH);
        assertThat(third.key(KeyType.PRODUCTION).orElseThrow().consumerKey()).isNotBlank();
        assertThat(third.subscriptions())
            .extracting(SubscriptionOutcome::apiName, SubscriptionOutcome::status)
            .containsExactlyInAnyOrder(
                Tuple.tuple(AIS, SubscriptionStatus.UNBLOCKED),
                Tuple.tuple(PIS, SubscriptionStatus.REJECTED));

        // A task naming an application nobody owns is referred with that reason.
        WorkflowTask unknown =
            WorkflowTask.of(
                "ref-unknown",
                "AM_SUBSCRIPTION_CREATION",
                "CREATED",
                null,
                null,
                Map.of(
                    "apiName",
                    AIS,
                    "apiVersion",
                    "3.1.11",
                    "subscriber",
                    user,
                    "applicationName",
                    "No Such App"));
        assertThat(Vetting.of(policy).evaluate(unknown, evidence.gather(unknown)).comment())
            .contains("no application No Such App owned by " + user + " found");
      }
    }
  }
}
