package io.github.fsonboard.examples;

import io.github.fsonboard.apim.ApiManager;
import io.github.fsonboard.apim.ApimSession;
import io.github.fsonboard.apim.admin.AdminPortal;
import io.github.fsonboard.apim.backoffice.BackOffice;
import io.github.fsonboard.apim.backoffice.EvidenceSource;
import io.github.fsonboard.apim.backoffice.TaskResult;
import io.github.fsonboard.apim.backoffice.Vetting;
import io.github.fsonboard.apim.backoffice.VettingPolicy;
import io.github.fsonboard.apim.devportal.KeyType;
import io.github.fsonboard.apim.onboarding.KeyManagerSetupReport;
import io.github.fsonboard.apim.onboarding.KeyOutcome;
import io.github.fsonboard.apim.onboarding.KeySpec;
import io.github.fsonboard.apim.onboarding.Onboarding;
import io.github.fsonboard.apim.onboarding.PlannedAction.Action;
import io.github.fsonboard.apim.onboarding.ProgressListener;
import io.github.fsonboard.apim.onboarding.StepEvent;
import io.github.fsonboard.apim.onboarding.StepStatus;
import io.github.fsonboard.apim.onboarding.TppOnboarding;
import io.github.fsonboard.apim.onboarding.TppOnboardingResult;
import io.github.fsonboard.apim.selfsignup.SignUpRequest;
import io.github.fsonboard.core.auth.BasicCredentials;
import io.github.fsonboard.core.auth.ClientAuthentication;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.cert.Certificates;
import io.github.fsonboard.core.cert.Psd2Role;
import io.github.fsonboard.core.error.AuthenticationException;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.http.Trust;
import io.github.fsonboard.core.oauth.TokenResponse;
import io.github.fsonboard.core.pkce.AuthorizationRequest;
import io.github.fsonboard.core.pkce.Nonce;
import io.github.fsonboard.core.pkce.Pkce;
import io.github.fsonboard.core.pkce.State;
import io.github.fsonboard.is.IdentityServer;
import io.github.fsonboard.is.introspection.IntrospectionResult;
import io.github.fsonboard.testkit.TestSoftware;
import io.github.fsonboard.testkit.Wso2Emulator;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The main job: the whole Manual Client Registration flow, end to end.
 *
 * <ol>
 *   <li>Bank admin: create (or correct) the fsKeyManager wired to IS 7, disable the Resident Key
 *       Manager.
 *   <li>TPP: sign up, sign in, create an application, subscribe to an API, generate production keys
 *       for a regulatory application with a certificate made on the fly.
 *   <li>Prove the keys work: a client-credentials token from IS, its introspection, and a PKCE
 *       authorization URL.
 *   <li>Optional second part ({@link SecondTppByDcr}, on by default on the emulator only): a second
 *       TPP onboarded by FS DCR with the test directory's software statement, and its token.
 * </ol>
 *
 * <p>Without configuration it runs on the embedded emulator over HTTPS, trusting the emulator's
 * generated certificate explicitly. Point it at a real deployment with environment variables or
 * {@code --config file.properties} (see {@link ExampleConfig}). Running it twice against the same
 * servers changes nothing the second time, and says so: the TPP who can already sign in is not
 * signed up again, and the demo certificate is kept in a file between runs.
 *
 * <p>With {@code FSONBOARD_APPROVAL=on} the bank holds the TPP's subscription and production keys
 * for approval: the job reports what awaits approval and stops; on the embedded emulator the bank's
 * back office ({@link BackOfficeJob}'s pieces) then approves and the TPP's re-run gets its keys.
 */
public final class ManualClientRegistration {
  private static final String DEMO_ORGANIZATION = "FS TPP Ltd";
  private static final String DEMO_ORGANIZATION_ID = "PSDGB-OB-Unknown0015800001HQQrZAAX";
  private static final String DCR_SOFTWARE_ID = "secondTpp";
  private static final int MAX_APPROVAL_ROUNDS = 3;

  private ManualClientRegistration() {}

  /**
   * Runs the job.
   *
   * @param args optional {@code --config file.properties}
   * @throws Exception when the job fails
   */
  public static void main(String[] args) throws Exception {
    ExampleConfig config = ExampleConfig.load(args, System.getenv());
    if (config.embedded()) {
      try (Wso2Emulator emulator = emulator(config).build().start()) {
        System.out.println(
            "Embedded WSO2 emulator: APIM "
                + emulator.apimBaseUrl()
                + ", IS "
                + emulator.isBaseUrl());
        // The embedded servers start empty on every run: a certificate for this run is enough.
        String certificate =
            config.certificatePem() != null
                ? Files.readString(config.certificatePem())
                : DemoCertificates.applicationCertificatePem(
                    DEMO_ORGANIZATION, DEMO_ORGANIZATION_ID, Duration.ofDays(365));
        System.out.println(
            "Application certificate: "
                + (config.certificatePem() != null
                    ? config.certificatePem().toString()
                    : "a demo certificate made for this run"));
        MainJobResult result = runOnEmulator(config, emulator, certificate, System.out);
        if (!result.awaitingApproval().isEmpty()) {
          return;
        }
        if (config.dcrEnabled()) {
          SecondTppByDcr.run(
              emulator.fsDcrBaseUrl(),
              emulator.isBaseUrl() + "/oauth2/token",
              Trust.pem(emulator.trustedCertificatePem()),
              emulatorSoftware(emulator.directory().software(DCR_SOFTWARE_ID).issue()),
              config.dcrAudience(),
              config.dcrClientFile(),
              System.out);
        } else {
          System.out.println("\n== Second TPP by FS DCR: off (FSONBOARD_DCR=off)");
        }
      }
    } else {
      String certificate;
      if (config.certificatePem() != null) {
        certificate = Files.readString(config.certificatePem());
        System.out.println("Application certificate: " + config.certificatePem());
      } else {
        DemoCertificates.Kept demo =
            DemoCertificates.kept(
                config.demoCertificate(),
                DEMO_ORGANIZATION,
                DEMO_ORGANIZATION_ID,
                Duration.ofDays(365));
        certificate = demo.pem();
        System.out.println("Application certificate: " + demo.note());
      }
      Trust trust = config.trustPem() == null ? Trust.system() : Trust.pem(config.trustPem());
      MainJobResult result =
          run(config, trust, config.apimUrl(), config.isUrl(), certificate, System.out);
      if (!result.awaitingApproval().isEmpty()) {
        return; // the bank approves in its own tooling; a re-run then completes
      }
      if (!config.dcrEnabled()) {
        System.out.println(
            "\n== Second TPP by FS DCR: off (set FSONBOARD_DCR_URL and FSONBOARD_DCR_SOFTWARE to"
                + " run it against this deployment)");
      } else if (config.dcrUrl() == null
          || config.dcrSoftware() == null
          || config.dcrKeyId() == null) {
        throw new IllegalArgumentException(
            "FSONBOARD_DCR is on: FSONBOARD_DCR_URL, FSONBOARD_DCR_SOFTWARE and"
                + " FSONBOARD_DCR_KEY_ID are required against a real deployment");
      } else {
        SecondTppByDcr.run(
            config.dcrUrl(),
            config.isUrl() + "/oauth2/token",
            trust,
            SecondTppByDcr.Software.fromDirectory(config.dcrSoftware(), config.dcrKeyId()),
            config.dcrAudience(),
            config.dcrClientFile(),
            System.out);
      }
    }
  }

  /**
   * The embedded emulator for this configuration: with {@code FSONBOARD_APPROVAL=on} the bank holds
   * subscriptions and production key generation for approval (application creation stays automatic:
   * an application awaiting approval has no keys, so no server holds the certificate a vetting
   * policy needs).
   */
  static Wso2Emulator.Builder emulator(ExampleConfig config) {
    Wso2Emulator.Builder emulator = Wso2Emulator.builder();
    if (config.approvalEnabled()) {
      emulator.subscriptionApproval(true).keyGenerationApproval(KeyType.PRODUCTION.name());
    }
    return emulator;
  }

  /**
   * Runs the flow on the embedded emulator. When the TPP's onboarding pauses for approval, the
   * bank's back office ({@link BackOfficeJob#reviewAndApply}) vets and decides what is pending and
   * the TPP runs again, until it has its keys or nothing more is approved.
   *
   * @param config the configuration
   * @param emulator the started emulator
   * @param certificatePem the TPP's application certificate
   * @param out where to print progress
   * @return the TPP's last run
   */
  static MainJobResult runOnEmulator(
      ExampleConfig config, Wso2Emulator emulator, String certificatePem, PrintStream out) {
    Trust trust = Trust.pem(emulator.trustedCertificatePem());
    String apimUrl = emulator.apimBaseUrl();
    String isUrl = emulator.isBaseUrl();
    MainJobResult result = run(config, trust, apimUrl, isUrl, certificatePem, out);
    for (int round = 1; round <= MAX_APPROVAL_ROUNDS; round++) {
      if (result.awaitingApproval().isEmpty()
          || approveAsBank(config, emulator, certificatePem, out).isEmpty()) {
        break;
      }
      out.println("\n== TPP: running again after the bank's decisions");
      result = run(config, trust, apimUrl, isUrl, certificatePem, out);
    }
    return result;
  }

  /**
   * The bank's back office on the emulator: a vetting policy that wants the AISP role for the API
   * and trusts the self-signed demo certificate as its own anchor, evidence read from the servers
   * with the bank's credentials, and the decisions applied.
   */
  private static List<TaskResult> approveAsBank(
      ExampleConfig config, Wso2Emulator emulator, String certificatePem, PrintStream out) {
    VettingPolicy policy =
        VettingPolicy.builder()
            .api(config.apiName(), Psd2Role.PSP_AI)
            .trustAnchors(List.of(Certificates.parseOne(certificatePem)))
            .build();
    HttpConfig httpConfig =
        HttpConfig.builder().trust(Trust.pem(emulator.trustedCertificatePem())).build();
    try (HttpTransport http = HttpTransport.create(httpConfig);
        ApiManager apim =
            ApiManager.builder().baseUrl(emulator.apimBaseUrl()).transport(http).build()) {
      AdminPortal admin =
          apim.admin(config.apimAdminUser(), config.apimAdminPassword()).adminPortal();
      EvidenceSource servers =
          EvidenceSource.fromServers(admin, identityServer(config, emulator.isBaseUrl(), http));
      BackOffice office =
          BackOffice.of(
              admin.workflows(),
              Vetting.of(policy),
              task -> BackOfficeJob.shown(task, servers, out));
      return BackOfficeJob.reviewAndApply(office, out);
    }
  }

  /** The test directory's software as the DCR part takes it. */
  static SecondTppByDcr.Software emulatorSoftware(TestSoftware software) {
    return new SecondTppByDcr.Software(
        software.ssa(),
        software.asSigningKey(),
        software.transportCertificatePem(),
        Secret.of(software.transportPrivateKeyPem()));
  }

  /**
   * Runs the flow against the given servers.
   *
   * @param config the configuration
   * @param trust which server certificates to trust
   * @param apimUrl API Manager base URL
   * @param isUrl Identity Server base URL
   * @param certificatePem the TPP's application certificate ({@code sp_certificate})
   * @param out where to print progress
   * @return what the TPP got
   */
  public static MainJobResult run(
      ExampleConfig config,
      Trust trust,
      String apimUrl,
      String isUrl,
      String certificatePem,
      PrintStream out) {
    HttpConfig httpConfig = HttpConfig.builder().trust(trust).build();
    try (HttpTransport http = HttpTransport.create(httpConfig);
        ApiManager apim = ApiManager.builder().baseUrl(apimUrl).transport(http).build()) {
      IdentityServer is = identityServer(config, isUrl, http);
      ProgressListener progress = ProgressListener.printingTo(out);

      out.println("\n== Bank admin: fsKeyManager '" + config.keyManagerName() + "'");
      ApimSession admin = apim.admin(config.apimAdminUser(), config.apimAdminPassword());
      KeyManagerSetupReport keyManager =
          Onboarding.keyManager(admin)
              .fsKeyManager(config.keyManagerName())
              .displayName("FS Key Manager")
              .identityServer(isUrl)
              .identityServerAdmin(config.isAdminUser(), config.isAdminPassword())
              .enableRolesCreation(true)
              .disableResidentKeyManager()
              .build()
              .apply(progress);
      out.println("   " + keyManagerOutcome(keyManager));

      out.println("\n== TPP: " + config.tppUser());
      TppOnboarding.Builder onboarding = Onboarding.tpp(apim);
      if (canSignIn(apim, config)) {
        out.println("   " + config.tppUser() + " can already sign in: no sign-up is sent");
        onboarding.signIn(config.tppUser(), config.tppPassword());
      } else {
        out.println("   " + config.tppUser() + " cannot sign in yet: signing up");
        onboarding.signUp(
            SignUpRequest.builder()
                .username(config.tppUser())
                .password(config.tppPassword())
                .givenName("Tina")
                .lastName("Provider")
                .email(config.tppUser())
                .organization(DEMO_ORGANIZATION)
                .build(),
            // IS secures the self sign-up resource: an existing account registers the TPP.
            new BasicCredentials(config.apimAdminUser(), config.apimAdminPassword()));
      }
      onboarding
          .application(config.applicationName())
          .subscribe(config.apiName(), config.apiVersion(), config.throttlingPolicy())
          .keyManager(config.keyManagerName());
      Consumer<KeySpec.Builder> keySpec =
          k ->
              k.grantTypes("authorization_code", "refresh_token", "client_credentials")
                  .callbackUrl(config.callbackUrl())
                  .pkceMandatory(true)
                  .pkceSupportPlain(false)
                  .regulatory(true)
                  .certificate(certificatePem);
      if (config.approvalEnabled()) {
        // Sandbox keys need no approval: the bank's vetting reads the certificate from them.
        onboarding.keys(KeyType.SANDBOX, keySpec);
      }
      TppOnboardingResult tpp = onboarding.keys(KeyType.PRODUCTION, keySpec).build().run(progress);
      List<String> waiting = awaitingApproval(tpp);
      if (!waiting.isEmpty()) {
        String what = String.join("; ", waiting);
        if (!config.approvalEnabled()) {
          throw new IllegalStateException(
              "the bank holds these for approval: "
                  + what
                  + ". Set FSONBOARD_APPROVAL=on to stop here cleanly and run again once the bank"
                  + " has approved them");
        }
        out.println(
            "\nStopped: awaiting the bank's approval of: "
                + what
                + ". Run again once the bank has approved them.");
        return new MainJobResult(keyManager, tpp, false, null);
      }
      KeyOutcome keys = tpp.key(KeyType.PRODUCTION).orElseThrow();
      out.println(
          "   Application "
              + config.applicationName()
              + " (id "
              + tpp.applicationId()
              + "): production consumer key "
              + keys.consumerKey()
              + "; the consumer secret "
              + (keys.consumerSecret() == null
                  ? "was not returned by the server"
                  : "was received and is kept in memory only, never printed"));

      out.println("\n== Proving the keys work at IS");
      TokenResponse token =
          is.tokens(
                  ClientAuthentication.clientSecretBasic(keys.consumerKey(), keys.consumerSecret()))
              .clientCredentials();
      out.println(
          "   Client-credentials token: a "
              + token.tokenType()
              + " token "
              + (token.expiresIn() == null
                  ? "with no lifetime given"
                  : "valid for " + inWords(token.expiresIn()))
              + ", scopes: "
              + (token.scopes().isEmpty() ? "none" : String.join(", ", token.scopes())));
      IntrospectionResult introspection = is.introspection().introspect(token.accessToken());
      out.println(
          "   Introspection: the token is "
              + (introspection.active() ? "active" : "NOT active")
              + ", issued to consumer key "
              + introspection.clientId());
      Pkce pkce = Pkce.s256();
      URI authorize =
          AuthorizationRequest.builder(is.authorizationEndpoint())
              .clientId(keys.consumerKey())
              .redirectUri(URI.create(config.callbackUrl()))
              .scope("openid accounts")
              .state(State.generate())
              .nonce(Nonce.generate())
              .codeChallenge(pkce.challenge())
              .build()
              .toUri();
      out.println("   PKCE authorization URL: " + authorize);
      MainJobResult result = new MainJobResult(keyManager, tpp, introspection.active(), authorize);
      List<String> writes = result.writes();
      out.println(
          writes.isEmpty()
              ? "\nDone: nothing was changed on the servers; everything was already in place."
              : "\nDone: changed on the servers: " + String.join("; ", writes) + ".");
      return result;
    }
  }

  /** Steps held by approval: pending now, or found pending by an earlier run's request. */
  private static List<String> awaitingApproval(TppOnboardingResult tpp) {
    Set<String> waiting = new LinkedHashSet<>();
    tpp.steps().stream()
        .filter(s -> s.status() == StepStatus.PENDING)
        .forEach(s -> waiting.add(s.step()));
    tpp.actions().stream()
        .filter(a -> a.action() == Action.PENDING)
        .forEach(a -> waiting.add(a.step()));
    return List.copyOf(waiting);
  }

  /** The Identity Server client, with the IS admin's credentials, on a shared transport. */
  private static IdentityServer identityServer(
      ExampleConfig config, String isUrl, HttpTransport http) {
    return IdentityServer.builder()
        .baseUrl(isUrl)
        .transport(http)
        .adminCredentials(new BasicCredentials(config.isAdminUser(), config.isAdminPassword()))
        .build();
  }

  /** Whether the TPP can sign in already (a re-run): then no sign-up is sent. */
  private static boolean canSignIn(ApiManager apim, ExampleConfig config) {
    try {
      apim.tpp(config.tppUser(), config.tppPassword()).tokens().token();
      return true;
    } catch (AuthenticationException e) {
      return false;
    }
  }

  private static String keyManagerOutcome(KeyManagerSetupReport report) {
    String what =
        switch (report.action()) {
          case CREATE -> "created";
          case UPDATE -> "updated (" + String.join(", ", report.changedFields()) + ")";
          case NONE -> "already as configured, not changed";
          case PENDING, BLOCKED -> "not changed (" + report.action() + ")";
        };
    String resident =
        report.residentKeyManagerAction() == Action.UPDATE
            ? "disabled now"
            : "disabled already, or not present";
    return "Key manager "
        + report.name()
        + " (id "
        + report.keyManagerId()
        + "): "
        + what
        + "; Resident Key Manager: "
        + resident;
  }

  /** A lifetime as an operator reads it: "1 hour", "2 hours 30 minutes", "45 seconds". */
  static String inWords(Duration duration) {
    List<String> parts = new ArrayList<>();
    long days = duration.toDays();
    int hours = duration.toHoursPart();
    int minutes = duration.toMinutesPart();
    int seconds = duration.toSecondsPart();
    addUnit(parts, days, "day");
    addUnit(parts, hours, "hour");
    addUnit(parts, minutes, "minute");
    addUnit(parts, seconds, "second");
    return parts.isEmpty() ? "less than a second" : String.join(" ", parts);
  }

  private static void addUnit(List<String> parts, long amount, String unit) {
    if (amount > 0) {
      parts.add(amount + " " + unit + (amount == 1 ? "" : "s"));
    }
  }

  /**
   * What the job produced, for tests and callers.
   *
   * @param keyManager the key manager setup report
   * @param tpp the TPP onboarding result
   * @param tokenActive whether the client-credentials token introspected as active; false while the
   *     TPP awaits approval
   * @param authorizationUrl the PKCE authorization URL; null while the TPP awaits approval
   */
  public record MainJobResult(
      KeyManagerSetupReport keyManager,
      TppOnboardingResult tpp,
      boolean tokenActive,
      URI authorizationUrl) {

    /**
     * Names the TPP's steps that an approval workflow holds.
     *
     * @return the pending steps, in order; empty when nothing awaits approval
     */
    public List<String> awaitingApproval() {
      return ManualClientRegistration.awaitingApproval(tpp);
    }

    /**
     * Names the steps that wrote to the servers.
     *
     * @return the writing steps, in order; empty when the run changed nothing
     */
    public List<String> writes() {
      List<String> writes = new ArrayList<>();
      for (StepEvent step : keyManager.steps()) {
        if (step.status() == StepStatus.DONE) {
          writes.add(step.step());
        }
      }
      for (StepEvent step : tpp.steps()) {
        if (step.status() == StepStatus.DONE && !step.step().startsWith("sign in")) {
          writes.add(step.step());
        }
      }
      return writes;
    }
  }
}
