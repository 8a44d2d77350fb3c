package io.github.fsonboard.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fsonboard.apim.ApiManager;
import io.github.fsonboard.apim.devportal.KeyType;
import io.github.fsonboard.apim.onboarding.ApiCatalog;
import io.github.fsonboard.apim.onboarding.Onboarding;
import io.github.fsonboard.apim.onboarding.TppOnboarding;
import io.github.fsonboard.core.auth.BasicCredentials;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.Trust;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The batch example on the emulator, with refused sign-ins along the way. */
class BatchOnboardingTest {
  private static final int TPPS = 12;

  @RegisterExtension
  static Wso2EmulatorExtension wso2 = Wso2EmulatorExtension.with(Wso2Emulator.builder());

  @Test
  void everyTppEndsOnboardedOnceDespiteFailedRuns(Wso2Emulator emulator) throws Exception {
    Secret adminPassword = Secret.of(emulator.adminPassword());
    try (ApiManager apim =
        ApiManager.builder()
            .baseUrl(emulator.apimBaseUrl())
            .httpConfig(
                HttpConfig.builder().trust(Trust.pem(emulator.trustedCertificatePem())).build())
            .build()) {
      Onboarding.keyManager(apim.admin(emulator.adminUsername(), adminPassword))
          .fsKeyManager("FSKM")
          .identityServer(emulator.isBaseUrl())
          .identityServerAdmin(emulator.adminUsername(), adminPassword)
          .build()
          .apply();
      BasicCredentials registrar = new BasicCredentials(emulator.adminUsername(), adminPassword);
      String certificate =
          DemoCertificates.applicationCertificatePem("Batch TPP", "PSDGB-1", Duration.ofDays(30));
      ApiCatalog catalog = ApiCatalog.of(apim);
      List<TppOnboarding> batch = new ArrayList<>();
      for (int i = 0; i < TPPS; i++) {
        batch.add(
            BatchOnboarding.tpp(
                apim,
                catalog,
                registrar,
                "batch" + i + "@example.com",
                Secret.of("Batch-pw-" + i + "!"),
                certificate));
      }
      // Two sign-ins refused with a 500: not a status the transport repeats, and not a write the
      // step can look for, so each costs its TPP one failed run. With three runs allowed, every
      // TPP ends onboarded whichever TPPs the two faults hit.
      emulator
          .faults()
          .add(
              FaultRule.on("POST", "/oauth2/token")
                  .target(FaultRule.Target.APIM)
                  .inject(InjectedFault.status(500))
                  .times(2));
      int applicationsBefore = emulator.state().applicationCount();

      List<BatchOnboarding.Outcome> outcomes = BatchOnboarding.onboardAll(batch, 4, 3);

      ByteArrayOutputStream printed = new ByteArrayOutputStream();
      BatchOnboarding.print(outcomes, new PrintStream(printed, true, StandardCharsets.UTF_8));
      String summary = printed.toString(StandardCharsets.UTF_8);
      System.out.print(summary);
      assertThat(outcomes).hasSize(TPPS).allMatch(BatchOnboarding.Outcome::onboarded);
      assertThat(outcomes.stream().mapToInt(o -> o.attempts() - 1).sum())
          .as("one failed run per fault")
          .isEqualTo(2);
      assertThat(outcomes)
          .allSatisfy(o -> assertThat(o.result().key(KeyType.PRODUCTION)).isPresent());
      assertThat(emulator.state().applicationCount() - applicationsBefore).isEqualTo(TPPS);
      assertThat(emulator.state().subscriptionCount()).isEqualTo(TPPS);
      assertThat(emulator.state().keyMappingCount()).isEqualTo(TPPS);
      assertThat(summary).contains("onboarded 12 of 12 TPPs (");
      assertThat(summary).doesNotContain("Batch-pw-");
    }
  }
}
