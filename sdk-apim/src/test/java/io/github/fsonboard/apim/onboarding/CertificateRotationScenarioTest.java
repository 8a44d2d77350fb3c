package io.github.fsonboard.apim.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fsonboard.apim.ApiManager;
import io.github.fsonboard.apim.TestCertificates;
import io.github.fsonboard.apim.devportal.KeyType;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.cert.Certificates;
import io.github.fsonboard.is.IdentityServer;
import io.github.fsonboard.is.applications.CertificateChange;
import io.github.fsonboard.testkit.Wso2Emulator;
import io.github.fsonboard.testkit.Wso2EmulatorExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Rotating a TPP's certificate: a TPP re-run changes the API Manager key only and says so (FS gives
 * IS the certificate only on create, wso2-contracts §9); the bank's rotation changes both places,
 * once.
 */
class CertificateRotationScenarioTest {
  private static final String KM = TppOnboardingScenarioTest.KM;
  private static final String PASSWORD = "Tpp-pass-1!";

  @RegisterExtension static Wso2EmulatorExtension wso2 = new Wso2EmulatorExtension();

  private Wso2Emulator emulator;
  private final List<AutoCloseable> closing = new ArrayList<>();

  @BeforeAll
  static void keyManager() {
    Emulated.fsKeyManager(wso2.emulator(), KM);
  }

  @BeforeEach
  void emulator(Wso2Emulator e) {
    emulator = e;
  }

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable c : closing) {
      c.close();
    }
  }

  private ApiManager apim() {
    ApiManager apim = Emulated.apim(emulator);
    closing.add(apim);
    return apim;
  }

  private IdentityServer identityServer() {
    IdentityServer is =
        IdentityServer.builder()
            .baseUrl(emulator.isBaseUrl())
            .httpConfig(Emulated.http(emulator))
            .adminCredentials(Emulated.registrar(emulator))
            .build();
    closing.add(is);
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
    assertThat(is.applicationCertificates().get(consumerKey).map(Certificates::canonicalPem))
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
    assertThat(is.applicationCertificates().get(consumerKey).map(Certificates::canonicalPem))
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
    assertThat(is.applicationCertificates().get(consumerKey).map(Certificates::canonicalPem))
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
}
