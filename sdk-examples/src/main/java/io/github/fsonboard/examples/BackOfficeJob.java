package io.github.fsonboard.examples;

import io.github.fsonboard.apim.ApiManager;
import io.github.fsonboard.apim.ApimSession;
import io.github.fsonboard.apim.admin.WorkflowTask;
import io.github.fsonboard.apim.backoffice.BackOffice;
import io.github.fsonboard.apim.backoffice.Evidence;
import io.github.fsonboard.apim.backoffice.EvidenceSource;
import io.github.fsonboard.apim.backoffice.TaskResult;
import io.github.fsonboard.apim.backoffice.Vetting;
import io.github.fsonboard.apim.backoffice.VettingDecision;
import io.github.fsonboard.apim.backoffice.VettingPolicy;
import io.github.fsonboard.apim.devportal.KeyType;
import io.github.fsonboard.apim.onboarding.KeySpec;
import io.github.fsonboard.apim.onboarding.Onboarding;
import io.github.fsonboard.apim.onboarding.SubscriptionOutcome;
import io.github.fsonboard.apim.onboarding.TppOnboardingResult;
import io.github.fsonboard.apim.selfsignup.SignUpRequest;
import io.github.fsonboard.core.auth.BasicCredentials;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.cert.Psd2Role;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.Trust;
import io.github.fsonboard.core.oauth.GrantType;
import io.github.fsonboard.is.IdentityServer;
import io.github.fsonboard.testkit.Psd2TestCertificate;
import io.github.fsonboard.testkit.Wso2Emulator;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The bank's back-office job on the embedded emulator with subscription and production key approval
 * on: a TPP onboards, gets sandbox keys at once and pauses at each approval point; the back office
 * lists the pending tasks, vets each against a {@link VettingPolicy} with evidence it reads from
 * the servers with its own credentials ({@link EvidenceSource#fromServers}: the certificate the key
 * manager stored on the Identity Server application of the TPP's sandbox client), prints the
 * decisions (the dry run), applies them, and the TPP runs again until it has its production keys.
 *
 * <p>The TPP's certificate grants only the AISP role, so its subscription to the payments API is
 * rejected with the reason, while the accounts API and the production keys are approved. An
 * application awaiting approval has no keys yet, so no server holds its certificate and such a task
 * would be referred to a person: this bank does not hold application creation for approval.
 */
public final class BackOfficeJob {
  private static final String KM = "FSKM";
  private static final String AIS = "AccountandTransactionAPI";
  private static final String PIS = "PaymentInitiationAPI";
  private static final String TPP = "approved-tpp@example.com";
  private static final int MAX_ROUNDS = 4;

  private BackOfficeJob() {}

  /**
   * What the job did.
   *
   * @param tpp the TPP's last onboarding result
   * @param applied every task the back office decided, in order
   */
  public record Result(TppOnboardingResult tpp, List<TaskResult> applied) {
    /** Copies the list. */
    public Result {
      applied = List.copyOf(applied);
    }
  }

  /**
   * Runs the job on a fresh emulator.
   *
   * @param args none
   */
  public static void main(String[] args) {
    try (Wso2Emulator emulator =
        Wso2Emulator.builder()
            .subscriptionApproval(true)
            .keyGenerationApproval("PRODUCTION")
            .build()
            .start()) {
      run(emulator, System.out);
    }
  }

  /**
   * Runs the job on a started emulator whose subscription and production key approvals are on.
   *
   * @param emulator the emulator
   * @param out where to print
   * @return what happened
   */
  public static Result run(Wso2Emulator emulator, PrintStream out) {
    Secret adminPassword = Secret.of(emulator.adminPassword());
    Psd2TestCertificate seal =
        Psd2TestCertificate.builder()
            .organization("Approved TPP Ltd")
            .organizationIdentifier("PSDGB-FCA-700001")
            .nca("Financial Conduct Authority", "GB-FCA")
            .roles(Psd2Role.PSP_AI)
            .build();
    // Written once by the bank. The demo certificate is self-signed, so it is its own anchor.
    VettingPolicy policy =
        VettingPolicy.builder()
            .api(AIS, Psd2Role.PSP_AI)
            .api(PIS, Psd2Role.PSP_PI)
            .acceptedNcas("GB-FCA")
            .trustAnchors(List.of(seal.certificate()))
            .build();
    HttpConfig http =
        HttpConfig.builder().trust(Trust.pem(emulator.trustedCertificatePem())).build();
    BasicCredentials admin = new BasicCredentials(emulator.adminUsername(), adminPassword);
    try (ApiManager apim =
            ApiManager.builder().baseUrl(emulator.apimBaseUrl()).httpConfig(http).build();
        IdentityServer is =
            IdentityServer.builder()
                .baseUrl(emulator.isBaseUrl())
                .httpConfig(http)
                .adminCredentials(admin)
                .build()) {
      ApimSession bank = apim.admin(emulator.adminUsername(), adminPassword);
      Onboarding.keyManager(bank)
          .fsKeyManager(KM)
          .identityServer(emulator.isBaseUrl())
          .identityServerAdmin(emulator.adminUsername(), adminPassword)
          .disableResidentKeyManager()
          .build()
          .apply();
      EvidenceSource servers = EvidenceSource.fromServers(bank.adminPortal(), is);
      BackOffice office =
          BackOffice.of(
              bank.adminPortal().workflows(),
              Vetting.of(policy),
              task -> shown(task, servers, out));
      List<TaskResult> applied = new ArrayList<>();
      TppOnboardingResult tpp = null;
      for (int round = 1; round <= MAX_ROUNDS; round++) {
        out.println("\n== TPP onboarding, run " + round);
        tpp = onboardTpp(apim, admin, seal.certificatePem());
        printTpp(tpp, out);
        if (hasProductionKeys(tpp)) {
          break;
        }
        applied.addAll(reviewAndApply(office, out));
      }
      return new Result(tpp, applied);
    }
  }

  /**
   * Lists the pending tasks with their decisions (the dry run), applies them, and prints each
   * outcome.
   *
   * @param office the bank's back office
   * @param out where to print
   * @return every task decided, in order
   */
  static List<TaskResult> reviewAndApply(BackOffice office, PrintStream out) {
    out.println("\n== Back office: pending tasks and decisions (dry run)");
    List<VettingDecision> decisions = office.review();
    decisions.forEach(d -> out.println("  " + BackOffice.describe(d)));
    out.println("== Back office: applying");
    List<TaskResult> applied = office.apply(decisions);
    for (TaskResult r : applied) {
      out.println(
          "  "
              + r.outcome()
              + " "
              + r.decision().task().referenceId()
              + (r.detail() == null ? "" : " (" + r.detail() + ")"));
    }
    return applied;
  }

  private static TppOnboardingResult onboardTpp(
      ApiManager apim, BasicCredentials registrar, String certificatePem) {
    return Onboarding.tpp(apim)
        .signUp(
            SignUpRequest.builder().username(TPP).password(Secret.of("Tpp-pass-1!")).build(),
            registrar)
        .application("Approved TPP App")
        .subscribe(AIS, "3.1.11", "Unlimited")
        .subscribe(PIS, "3.1.11", "Unlimited")
        .keyManager(KM)
        .keys(KeyType.SANDBOX, k -> regulatory(k, certificatePem))
        .keys(KeyType.PRODUCTION, k -> regulatory(k, certificatePem))
        .build()
        .run();
  }

  private static void regulatory(KeySpec.Builder k, String certificatePem) {
    k.grantTypes(GrantType.CLIENT_CREDENTIALS, GrantType.AUTHORIZATION_CODE)
        .callbackUrl("https://tpp.example.com/cb")
        .regulatory(true)
        .certificate(certificatePem);
  }

  /** Reads a task's evidence from the servers and says where its certificate came from. */
  static Evidence shown(WorkflowTask task, EvidenceSource servers, PrintStream out) {
    Evidence evidence = servers.gather(task);
    out.println(
        "  "
            + task.type()
            + " "
            + task.referenceId()
            + ": certificate "
            + (evidence.certificatePem() == null ? "not found" : "read")
            + " ("
            + evidence.source()
            + ")");
    return evidence;
  }

  private static boolean hasProductionKeys(TppOnboardingResult r) {
    return r.key(KeyType.PRODUCTION).map(k -> k.consumerKey() != null).orElse(false);
  }

  private static void printTpp(TppOnboardingResult r, PrintStream out) {
    out.println("  application: " + r.applicationStep());
    for (SubscriptionOutcome s : r.subscriptions()) {
      out.println("  subscription " + s.apiName() + ": " + s.status());
    }
    r.key(KeyType.PRODUCTION)
        .ifPresent(
            k ->
                out.println(
                    "  production keys: "
                        + (k.consumerKey() == null
                            ? "awaiting approval"
                            : "consumer key " + k.consumerKey())));
  }
}
