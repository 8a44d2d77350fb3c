package io.github.fsonboard.apim.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.apim.ApiManager;
import io.github.fsonboard.apim.TestCertificates;
import io.github.fsonboard.apim.devportal.ApplicationRequest;
import io.github.fsonboard.apim.devportal.KeyType;
import io.github.fsonboard.apim.devportal.SubscriptionStatus;
import io.github.fsonboard.apim.onboarding.PlannedAction.Action;
import io.github.fsonboard.apim.selfsignup.SignUpRequest;
import io.github.fsonboard.core.auth.ClientAuthentication;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.error.ServerException;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.error.Violation;
import io.github.fsonboard.core.oauth.GrantType;
import io.github.fsonboard.core.oauth.OAuthTokenClient;
import io.github.fsonboard.core.oauth.TokenResponse;
import io.github.fsonboard.testkit.FaultRule;
import io.github.fsonboard.testkit.InjectedFault;
import io.github.fsonboard.testkit.Wso2Emulator;
import io.github.fsonboard.testkit.Wso2EmulatorExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A TPP's onboarding against the emulator: fresh, repeated, interrupted, dry run, pre-flight. */
class TppOnboardingScenarioTest {
  static final String KM = "FSKM";
  static final String AISP = "AccountandTransactionAPI";
  static final String PISP = "PaymentInitiationAPI";
  static final String VERSION = "3.1.11";

  /** One application certificate for the class, generated at run time. */
  static final String CERTIFICATE = TestCertificates.validPem();

  @RegisterExtension static Wso2EmulatorExtension wso2 = new Wso2EmulatorExtension();

  private Wso2Emulator emulator;
  private final List<ApiManager> clients = new ArrayList<>();

  @BeforeAll
  static void keyManager() {
    Emulated.fsKeyManager(wso2.emulator(), KM);
  }

  @BeforeEach
  void emulator(Wso2Emulator e) {
    emulator = e;
    e.faults().clear();
  }

  @AfterEach
  void close() {
    emulator.faults().clear();
    clients.forEach(ApiManager::close);
  }

  /** A new ApiManager per run, as a new process would have. */
  private TppOnboarding onboarding(String user, String app) {
    ApiManager apim = Emulated.apim(emulator);
    clients.add(apim);
    return tpp(apim, emulator, user, app).build();
  }

  /** The whole flow for one TPP: sign-up, application, two subscriptions, two key types. */
  static TppOnboarding.Builder tpp(ApiManager apim, Wso2Emulator e, String user, String app) {
    return tpp(apim, e, user, app, k -> {});
  }

  /** The same flow, with more settings on the production keys. */
  static TppOnboarding.Builder tpp(
      ApiManager apim,
      Wso2Emulator e,
      String user,
      String app,
      java.util.function.Consumer<KeySpec.Builder> production) {
    return Onboarding.tpp(apim)
        .signUp(
            SignUpRequest.builder()
                .username(user)
                .password(Secret.of("Tpp-pass-1!"))
                .givenName("Ada")
                .lastName("Lovelace")
                .email(user)
                .build(),
            Emulated.registrar(e))
        .application(app)
        .subscribe(AISP, VERSION, "Gold")
        .subscribe(PISP, VERSION, "Unlimited")
        .keyManager(KM)
        .keys(
            KeyType.PRODUCTION,
            k -> {
              k.grantTypes(
                      GrantType.AUTHORIZATION_CODE,
                      GrantType.REFRESH_TOKEN,
                      GrantType.CLIENT_CREDENTIALS)
                  .callbackUrl("https://tpp.example.com/callback")
                  .pkceMandatory(true)
                  .regulatory(true)
                  .certificate(CERTIFICATE);
              production.accept(k);
            })
        .keys(KeyType.SANDBOX, k -> k.grantTypes(GrantType.CLIENT_CREDENTIALS));
  }

  static String user() {
    return Emulated.unique("tpp") + "@example.com";
  }

  @Test
  void freshRunOnboardsTheTppAndASecondRunChangesNothing() {
    String user = user();
    String app = Emulated.unique("Accounts App");
    Emulated.Counts before = Emulated.Counts.of(emulator.state());

    ByteArrayOutputStream log = new ByteArrayOutputStream();
    TppOnboardingResult r =
        onboarding(user, app)
            .run(ProgressListener.printingTo(new PrintStream(log, true, StandardCharsets.UTF_8)));

    String printed = log.toString(StandardCharsets.UTF_8);
    assertThat(printed.lines()).hasSize(7);
    assertThat(printed).contains("sign up " + user).contains("DONE").doesNotContain("Tpp-pass-1!");
    assertThat(r.username()).isEqualTo(user);
    assertThat(r.applicationId()).isNotBlank();
    assertThat(r.applicationStep()).isEqualTo(StepStatus.DONE);
    assertThat(r.subscriptions())
        .extracting(SubscriptionOutcome::apiName, SubscriptionOutcome::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(AISP, SubscriptionStatus.UNBLOCKED),
            org.assertj.core.groups.Tuple.tuple(PISP, SubscriptionStatus.UNBLOCKED));
    assertThat(r.actions())
        .filteredOn(a -> a.step().startsWith("subscribe"))
        .extracting(PlannedAction::action)
        .containsExactly(Action.CREATE, Action.CREATE);
    assertThat(r.subscriptions()).allSatisfy(s -> assertThat(s.subscriptionId()).isNotBlank());
    KeyOutcome sandbox = r.key(KeyType.SANDBOX).orElseThrow();
    KeyOutcome prod = r.key(KeyType.PRODUCTION).orElseThrow();
    assertThat(prod.action()).isEqualTo(Action.CREATE);
    assertThat(prod.keyManager()).isEqualTo(KM);
    assertThat(prod.grantTypes()).contains(GrantType.AUTHORIZATION_CODE);
    assertThat(sandbox.consumerSecret()).isNotNull();
    assertThat(Emulated.Counts.of(emulator.state()))
        .isEqualTo(
            new Emulated.Counts(
                before.applications() + 1,
                before.subscriptions() + 2,
                before.keyMappings() + 2,
                before.keyManagers(),
                before.users() + 1));
    assertThat(emulator.state().applicationNames(user)).containsExactly(app);

    TokenResponse token =
        OAuthTokenClient.builder()
            .tokenEndpoint(emulator.isBaseUrl() + "/oauth2/token")
            .clientAuthentication(
                ClientAuthentication.clientSecretBasic(
                    sandbox.consumerKey(), sandbox.consumerSecret()))
            .httpConfig(Emulated.http(emulator))
            .build()
            .clientCredentials("accounts");
    assertThat(token.accessToken().reveal()).isNotBlank();

    Emulated.Counts afterFirst = Emulated.Counts.of(emulator.state());
    TppOnboardingResult again = onboarding(user, app).run();

    assertThat(Emulated.Counts.of(emulator.state())).isEqualTo(afterFirst);
    assertThat(again.changedAnything()).as(again.steps().toString()).isFalse();
    assertThat(again.steps())
        .filteredOn(s -> !s.step().startsWith("sign in"))
        .extracting(StepEvent::status)
        .containsOnly(StepStatus.SKIPPED);
    assertThat(again.applicationId()).isEqualTo(r.applicationId());
    assertThat(printed).doesNotContain(sandbox.consumerSecret().reveal());
    assertThat(again.key(KeyType.SANDBOX).orElseThrow().consumerKey())
        .isEqualTo(sandbox.consumerKey());
    assertThat(again.actions())
        .filteredOn(a -> a.step().startsWith("subscribe"))
        .extracting(PlannedAction::action)
        .containsExactly(Action.NONE, Action.NONE);
  }

  @Test
  void dryRunsChangeNothing() {
    String user = user();
    String app = Emulated.unique("Dry App");
    Emulated.Counts before = Emulated.Counts.of(emulator.state());

    Plan fresh = onboarding(user, app).plan();

    assertThat(Emulated.Counts.of(emulator.state())).isEqualTo(before);
    assertThat(fresh.changes())
        .extracting(PlannedAction::step)
        .containsExactly(
            "sign up " + user,
            "application " + app,
            "subscribe " + AISP + " " + VERSION + " (Gold)",
            "subscribe " + PISP + " " + VERSION + " (Unlimited)",
            "keys PRODUCTION (" + KM + ")",
            "keys SANDBOX (" + KM + ")");

    onboarding(user, app).run();
    Emulated.Counts after = Emulated.Counts.of(emulator.state());
    Plan done = onboarding(user, app).plan();

    assertThat(done.hasChanges()).as(done.toString()).isFalse();
    assertThat(Emulated.Counts.of(emulator.state())).isEqualTo(after);
  }

  @Test
  void changedKeySettingsAreUpdatedInPlace() {
    String user = user();
    String app = Emulated.unique("Key App");
    onboarding(user, app).run();
    ApiManager apim = Emulated.apim(emulator);
    clients.add(apim);
    TppOnboarding changed =
        Onboarding.tpp(apim)
            .signIn(user, Secret.of("Tpp-pass-1!"))
            .application(app)
            .keyManager(KM)
            .keys(
                KeyType.SANDBOX,
                k ->
                    k.grantTypes(GrantType.CLIENT_CREDENTIALS, GrantType.REFRESH_TOKEN)
                        .pkceMandatory(true))
            .build();
    Emulated.Counts before = Emulated.Counts.of(emulator.state());

    assertThat(changed.plan().changes())
        .singleElement()
        .satisfies(
            a ->
                assertThat(a.changedFields())
                    .containsExactlyInAnyOrder(
                        "grantTypes", "additionalProperties.ext_pkce_mandatory"));
    TppOnboardingResult r = changed.run();

    KeyOutcome sandbox = r.key(KeyType.SANDBOX).orElseThrow();
    assertThat(sandbox.action()).isEqualTo(Action.UPDATE);
    assertThat(sandbox.grantTypes())
        .containsExactlyInAnyOrder(GrantType.CLIENT_CREDENTIALS, GrantType.REFRESH_TOKEN);
    assertThat(Emulated.Counts.of(emulator.state())).isEqualTo(before);
    assertThat(changed.plan().hasChanges()).isFalse();
  }

  @Test
  void preFlightReportsEveryProblemAtOnceAndChangesNothing() {
    ApiManager apim = Emulated.apim(emulator);
    clients.add(apim);
    String user = user();
    TppOnboarding bad =
        Onboarding.tpp(apim)
            .signUp(
                SignUpRequest.builder().username(user).password(Secret.of("pw-1!")).build(),
                Emulated.registrar(emulator))
            .application(
                ApplicationRequest.builder().name("Bad App").throttlingPolicy("Platinum").build())
            .subscribe("NoSuchAPI", "1.0.0", "Unlimited")
            .subscribe(PISP, VERSION, "Gold")
            .keys(
                KeyType.PRODUCTION,
                k ->
                    k.grantTypes(GrantType.AUTHORIZATION_CODE)
                        .callbackUrl("http://tpp.example.com/cb")
                        .regulatory(true)
                        .pkceSupportPlain(true))
            .keys(
                KeyType.SANDBOX,
                k ->
                    k.keyManager(KM)
                        .grantTypes(GrantType.CLIENT_CREDENTIALS)
                        .regulatory(true)
                        .certificate(TestCertificates.expiredPem()))
            .build();
    Emulated.Counts before = Emulated.Counts.of(emulator.state());

    assertThatThrownBy(bad::run)
        .isInstanceOf(ValidationException.class)
        .satisfies(
            e ->
                assertThat(((ValidationException) e).violations())
                    .extracting(Violation::field)
                    .contains(
                        "application.throttlingPolicy",
                        "subscriptions[0].apiName",
                        "subscriptions[1].throttlingPolicy",
                        "keys[PRODUCTION].keyManager",
                        "keys[PRODUCTION].callbackUrl",
                        "keys[PRODUCTION].additionalProperties.sp_certificate",
                        "keys[PRODUCTION].additionalProperties.ext_pkce_support_plain",
                        "keys[SANDBOX].grantTypesToBeSupported",
                        "keys[SANDBOX].additionalProperties.sp_certificate"));
    assertThat(Emulated.Counts.of(emulator.state())).isEqualTo(before);
    assertThat(emulator.state().usernames()).doesNotContain(user);
  }

  @Test
  void signUpWithoutRegistrarExplainsTheSecuredResource() {
    ApiManager apim = Emulated.apim(emulator);
    clients.add(apim);
    TppOnboarding o =
        Onboarding.tpp(apim)
            .signUp(SignUpRequest.builder().username(user()).password(Secret.of("pw-1!")).build())
            .build();

    assertThatThrownBy(o::run)
        .isInstanceOf(TppOnboardingException.class)
        .hasMessageContaining("signUp(request, registrar)");
  }

  /**
   * A fault on each write of the flow: a 500 before the write (once or twice) or a lost answer
   * after it. What a run gets over by itself: the transport repeats the sign-in POSTs after a lost
   * answer (they are safe to repeat), and the sign-up, application, subscription and key steps look
   * for what a failed write may have made, then write once more if it is not there. A second
   * failure, or a 500 on a sign-in POST, ends the run; the next run completes the rest.
   */
  static Stream<Arguments> interruptions() {
    String devportal = "/api/am/devportal/v3";
    List<Arguments> all = new ArrayList<>();
    List<Object[]> routes =
        List.of(
            new Object[] {"sign up", "/api/identity/user/v1.0/me", true},
            new Object[] {"sign in (client registration)", "/client-registration/v0.17/register"},
            new Object[] {"sign in (token)", "/oauth2/token"},
            new Object[] {"application", devportal + "/applications", true},
            new Object[] {"subscribe", devportal + "/subscriptions", true},
            new Object[] {"keys", devportal + "/applications/[^/]+/generate-keys", true});
    for (Object[] r : routes) {
      boolean stepRecovers = r.length > 2;
      all.add(Arguments.of(r[0] + ", 500 once", r[1], false, 1, stepRecovers));
      all.add(Arguments.of(r[0] + ", 500 twice", r[1], false, 2, false));
      all.add(Arguments.of(r[0] + ", answer lost", r[1], true, 1, true));
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("interruptions")
  void faultsEndInOneOnboardingWithoutDuplicates(
      String label, String path, boolean afterCommit, int times, boolean firstRunCompletes) {
    String user = user();
    String app = Emulated.unique("Resume App");
    Emulated.Counts before = Emulated.Counts.of(emulator.state());
    FaultRule rule = FaultRule.on("POST", path).target(FaultRule.Target.APIM).times(times);
    emulator
        .faults()
        .add(
            afterCommit
                ? rule.inject(InjectedFault.emptyResponse()).afterCommit()
                : rule.inject(InjectedFault.status(500)));

    Supplier<TppOnboardingResult> run = () -> onboarding(user, app).run();
    if (firstRunCompletes) {
      List<StepEvent> steps = run.get().steps();
      if (afterCommit && !label.startsWith("sign in")) {
        assertThat(steps)
            .extracting(StepEvent::detail)
            .anySatisfy(d -> assertThat(d).contains("answer was lost"));
      }
    } else {
      assertThatThrownBy(run::get).isInstanceOf(TppOnboardingException.class);
    }
    assertThat(emulator.faults().injectedCount()).isPositive();
    emulator.faults().clear();

    TppOnboardingResult r = run.get();

    assertThat(Emulated.Counts.of(emulator.state()))
        .isEqualTo(
            new Emulated.Counts(
                before.applications() + 1,
                before.subscriptions() + 2,
                before.keyMappings() + 2,
                before.keyManagers(),
                before.users() + 1));
    assertThat(emulator.state().applicationNames(user)).containsExactly(app);
    assertThat(r.keys()).hasSize(2);
    assertThat(r.keys()).allSatisfy(k -> assertThat(k.consumerKey()).isNotBlank());
    Plan plan = onboarding(user, app).plan();
    assertThat(plan.hasChanges()).as(plan.toString()).isFalse();
  }

  @Test
  void failureReportsTheStepAndThePartialResult() {
    String user = user();
    String app = Emulated.unique("Partial App");
    emulator
        .faults()
        .add(
            FaultRule.on("POST", "/api/am/devportal/v3/applications/[^/]+/generate-keys")
                .inject(InjectedFault.status(500))
                .times(2)); // the step writes once more after a 5xx

    assertThatThrownBy(() -> onboarding(user, app).run(ProgressListener.NONE))
        .isInstanceOfSatisfying(
            TppOnboardingException.class,
            e -> {
              assertThat(e.failedStep()).isEqualTo("keys PRODUCTION (" + KM + ")");
              assertThat(e.getMessage())
                  .contains("done before it: sign up " + user + " DONE")
                  .contains("Run again");
              assertThat(e.steps())
                  .last()
                  .extracting(StepEvent::status)
                  .isEqualTo(StepStatus.FAILED);
              assertThat(e.partialResult().applicationId()).isNotBlank();
              assertThat(e.partialResult().subscriptions()).hasSize(2);
              assertThat(e.partialResult().keys()).isEmpty();
              // The step wrote once more after the first 500; both failures are kept.
              assertThat(e.getCause()).isInstanceOf(ServerException.class);
              assertThat(e.getCause().getSuppressed())
                  .singleElement()
                  .isInstanceOf(ServerException.class);
            });
  }

  @Test
  void countsHttpCallsOfAFreshOnboardingAndOfAReRun() {
    String user = user();
    String app = Emulated.unique("Count App");
    emulator
        .faults()
        .add(
            FaultRule.on("*", ".*")
                .inject(InjectedFault.latency(Duration.ZERO))
                .times(Integer.MAX_VALUE));
    TppOnboarding o = onboarding(user, app);

    long start = emulator.faults().injectedCount();
    o.run();
    long fresh = emulator.faults().injectedCount() - start;
    o.run();
    long rerun = emulator.faults().injectedCount() - start - fresh;
    onboarding(user, app).run();
    long rerunNewProcess = emulator.faults().injectedCount() - start - fresh - rerun;

    System.out.println(
        "HTTP calls: fresh TPP onboarding "
            + fresh
            + ", re-run "
            + rerun
            + ", re-run with a new ApiManager "
            + rerunNewProcess);
    // Fresh: sign-up, registration, token, 2 API look-ups, application, 2 subscriptions, 2 key
    // generations. Re-run: sign-up (409), token, 2 API look-ups, one list each of applications,
    // subscriptions and keys (a new ApiManager registers the REST-API client once more).
    assertThat(fresh).isEqualTo(10);
    assertThat(rerun).isEqualTo(7);
    assertThat(rerunNewProcess).isEqualTo(rerun + 1);
  }
}
