package io.github.fsonboard.apim.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.apim.ApiManager;
import io.github.fsonboard.apim.ApimSession;
import io.github.fsonboard.apim.TestCertificates;
import io.github.fsonboard.apim.devportal.ApplicationKey;
import io.github.fsonboard.apim.devportal.KeyType;
import io.github.fsonboard.apim.devportal.KeyUpdateRequest;
import io.github.fsonboard.apim.lifecycle.LifecycleChange;
import io.github.fsonboard.apim.lifecycle.TppLifecycle;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.cert.Certificates;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.is.IdentityServer;
import io.github.fsonboard.is.applications.CertificateChange;
import io.github.fsonboard.testkit.Wso2Emulator;
import io.github.fsonboard.testkit.Wso2EmulatorExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Key re-runs, updates and certificate rotation against an emulator that answers like the server
 * (wso2-contracts §9): lifetimes as JSON numbers, flags as JSON booleans, {@code 0} for unset
 * lifetimes, unknown keys dropped, a PUT validated with {@code Long.parseLong} (400 / 900970 on
 * {@code 3600.0}), and the IS application certificate set from {@code sp_certificate} only when the
 * application is created: a TPP re-run changes the API Manager key only and says so; the bank's
 * rotation changes both places, once.
 */
class ServerShapedKeysScenarioTest {
  private static final String KM = TppOnboardingScenarioTest.KM;
  private static final String PUT_KEY =
      "APIM PUT /api/am/devportal/v3/applications/{id}/oauth-keys/{id}";

  @RegisterExtension static Wso2EmulatorExtension wso2 = new Wso2EmulatorExtension();

  private Wso2Emulator emulator;
  private final List<AutoCloseable> clients = new ArrayList<>();
  private static final String PASSWORD = "Tpp-pass-1!";

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
  void close() throws Exception {
    for (AutoCloseable c : clients) {
      c.close();
    }
  }

  private ApiManager apim() {
    ApiManager apim = Emulated.apim(emulator);
    clients.add(apim);
    return apim;
  }

  private TppOnboarding onboarding(String user, String app, Duration refreshLifetime) {
    return TppOnboardingScenarioTest.tpp(
            apim(),
            emulator,
            user,
            app,
            k ->
                k.applicationTokenLifetime(Duration.ofHours(1))
                    .refreshTokenLifetime(refreshLifetime))
        .build();
  }

  private long puts() {
    return emulator.state().requestCounts().getOrDefault(PUT_KEY, 0L);
  }

  @Test
  void aReRunAgainstServerShapedKeysWritesNothingAndARealChangeWritesOnce() {
    String user = TppOnboardingScenarioTest.user();
    String app = Emulated.unique("Shaped App");
    onboarding(user, app, Duration.ofDays(1)).run();
    long before = puts();

    TppOnboardingResult again = onboarding(user, app, Duration.ofDays(1)).run();

    assertThat(again.changedAnything()).as(again.steps().toString()).isFalse();
    assertThat(puts()).isEqualTo(before);

    TppOnboardingResult changed = onboarding(user, app, Duration.ofDays(2)).run();

    assertThat(changed.key(KeyType.PRODUCTION).orElseThrow().action())
        .isEqualTo(PlannedAction.Action.UPDATE);
    assertThat(puts()).isEqualTo(before + 1);

    TppOnboardingResult converged = onboarding(user, app, Duration.ofDays(2)).run();

    assertThat(converged.changedAnything()).as(converged.steps().toString()).isFalse();
    assertThat(puts()).isEqualTo(before + 1);
  }

  @Test
  void theDocumentedUpdatePatternSendsBackWhatTheServerListedAndIsAccepted() {
    String user = TppOnboardingScenarioTest.user();
    String app = Emulated.unique("Update App");
    TppOnboardingResult r = onboarding(user, app, Duration.ofDays(1)).run();
    ApimSession tpp = apim().tpp(user, Secret.of(PASSWORD));
    ApplicationKey key =
        tpp.devPortal().keys().find(r.applicationId(), KeyType.PRODUCTION, KM).orElseThrow();
    Map<String, Object> listed = key.additionalProperties();
    assertThat(listed.get("ext_refresh_token_lifetime")).isEqualTo(86400L);
    assertThat(listed.get("ext_user_token_lifetime")).isEqualTo(0L);
    assertThat(listed.get("ext_pkce_mandatory")).isEqualTo(true);

    ApplicationKey updated =
        tpp.devPortal()
            .keys()
            .update(
                r.applicationId(),
                KeyUpdateRequest.from(key).withCallbackUrl("https://tpp.example.com/cb2"));

    assertThat(updated.callbackUrl()).isEqualTo("https://tpp.example.com/cb2");
    assertThat(updated.additionalProperties()).isEqualTo(listed);
  }

  private IdentityServer identityServer() {
    IdentityServer is =
        IdentityServer.builder()
            .baseUrl(emulator.isBaseUrl())
            .httpConfig(Emulated.http(emulator))
            .adminCredentials(Emulated.registrar(emulator))
            .build();
    clients.add(is);
    return is;
  }

  private TppOnboardingResult run(String user, String app, String certificate) {
    return TppOnboardingScenarioTest.tpp(
            apim(), emulator, user, app, k -> k.certificate(certificate))
        .build()
        .run();
  }

  private long writes() {
    return emulator.state().requestCounts().entrySet().stream()
        .filter(e -> e.getKey().contains(" PUT ") || e.getKey().contains(" PATCH "))
        .mapToLong(java.util.Map.Entry::getValue)
        .sum();
  }

  @Test
  void aTppReRunChangesTheApimKeyOnlyAndTheBankRotationChangesBothOnce() {
    String user = TppOnboardingScenarioTest.user();
    String app = Emulated.unique("Rotating App");
    String first = TestCertificates.validPem();
    String second = TestCertificates.validPem();
    TppOnboardingResult made = run(user, app, first);
    String consumerKey = made.key(KeyType.PRODUCTION).orElseThrow().consumerKey();
    IdentityServer is = identityServer();
    assertThat(is.applicationCertificates().find(consumerKey).map(Certificates::canonicalPem))
        .contains(Certificates.canonicalPem(first));

    TppOnboardingResult reRun = run(user, app, second);

    StepEvent keyStep =
        reRun.steps().stream()
            .filter(s -> s.step().startsWith("keys PRODUCTION"))
            .findFirst()
            .orElseThrow();
    assertThat(keyStep.detail())
        .contains("sp_certificate")
        .contains("API Manager only")
        .contains("Identity Server application keeps the old one");
    assertThat(is.applicationCertificates().find(consumerKey).map(Certificates::canonicalPem))
        .contains(Certificates.canonicalPem(first));

    CertificateRotation rotation =
        Onboarding.certificateRotation(apim().tpp(user, Secret.of(PASSWORD)), is)
            .application(app)
            .keyManager(KM)
            .keyType(KeyType.PRODUCTION)
            .certificate(second.replace("\n", "\\n"))
            .build();
    CertificateRotationReport rotated = rotation.apply();

    assertThat(rotated.apiManager()).isEqualTo(CertificateChange.UNCHANGED);
    assertThat(rotated.identityServer()).isEqualTo(CertificateChange.UPDATED);
    assertThat(rotated.consumerKey()).isEqualTo(consumerKey);
    assertThat(is.applicationCertificates().find(consumerKey).map(Certificates::canonicalPem))
        .contains(Certificates.canonicalPem(second));

    long before = writes();
    CertificateRotationReport again = rotation.apply();

    assertThat(again.changedAnything()).isFalse();
    assertThat(writes()).isEqualTo(before);
  }

  @Test
  void theBankRotationChangesBothPlacesWhenNeitherHasTheNewCertificate() {
    String user = TppOnboardingScenarioTest.user();
    String app = Emulated.unique("Bank Rotated App");
    run(user, app, TestCertificates.validPem());
    String next = TestCertificates.validPem();

    CertificateRotationReport r =
        Onboarding.certificateRotation(apim().tpp(user, Secret.of(PASSWORD)), identityServer())
            .application(app)
            .keyManager(KM)
            .certificate(next)
            .build()
            .apply();

    assertThat(r.apiManager()).isEqualTo(CertificateChange.UPDATED);
    assertThat(r.identityServer()).isEqualTo(CertificateChange.UPDATED);
    TppOnboardingResult tppAgain = run(user, app, next);
    assertThat(tppAgain.changedAnything()).as(tppAgain.steps().toString()).isFalse();
  }

  /**
   * The bank rotates with its own credentials only: the IS application's certificate (found by the
   * client name apim-km-wso2is WSO2IS7KeyManager gives it) once; the API Manager key, which only
   * its owner may update (carbon-apimgt RestAPIStoreUtils.isUserAccessAllowedForApplication), is
   * left to the TPP's own run and the plan says so.
   */
  @Test
  void theBankRotatesTheIdentityServerHalfWithItsOwnCredentialsAndLeavesTheKeyToTheTpp() {
    String user = TppOnboardingScenarioTest.user();
    String app = Emulated.unique("Bank Side App");
    String next = TestCertificates.validPem();
    String consumerKey =
        run(user, app, TestCertificates.validPem())
            .key(KeyType.PRODUCTION)
            .orElseThrow()
            .consumerKey();
    IdentityServer is = identityServer();
    TppLifecycle bank = TppLifecycle.of(Emulated.admin(apim(), emulator));

    LifecycleChange rotation = bank.rotateCertificate(is, user, app, KeyType.PRODUCTION, next);

    assertThat(rotation.needed()).isTrue();
    assertThat(rotation.reason()).contains("holds another certificate");
    assertThat(rotation.leftToOthers())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.action()).isEqualTo(PlannedAction.Action.BLOCKED);
              assertThat(a.step()).contains("sp_certificate");
              assertThat(a.detail())
                  .contains("needs the TPP")
                  .contains("RestAPIStoreUtils.isUserAccessAllowedForApplication");
            });
    assertThat(rotation.apply().written()).isTrue();
    assertThat(is.applicationCertificates().find(consumerKey).map(Certificates::canonicalPem))
        .contains(Certificates.canonicalPem(next));
    long before = writes();
    assertThat(rotation.apply().written()).isFalse();
    assertThat(writes()).isEqualTo(before);

    TppOnboardingResult tpp = run(user, app, next);

    assertThat(tpp.key(KeyType.PRODUCTION).orElseThrow().action())
        .isEqualTo(PlannedAction.Action.UPDATE);
    assertThat(
            bank.rotateCertificate(is, user, app, KeyType.PRODUCTION, next.replace("\n", "\\n"))
                .needed())
        .isFalse();
  }

  @Test
  void aBankRotationNamesEveryBadArgument() {
    TppLifecycle bank = TppLifecycle.of(Emulated.admin(apim(), emulator));

    assertThatThrownBy(() -> bank.rotateCertificate(null, " ", null, null, "not a certificate"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("identityServer")
        .hasMessageContaining("owner")
        .hasMessageContaining("applicationName")
        .hasMessageContaining("keyType")
        .hasMessageContaining("certificate");
  }
}
