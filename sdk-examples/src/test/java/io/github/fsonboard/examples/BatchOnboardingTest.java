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

/** The batch example on the emulator, with responses lost after the server acted. */
class BatchOnboardingTest {
  private static final int TPPS = 12;

  @RegisterExtension
  static Wso2EmulatorExtension wso2 = Wso2EmulatorExtension.with(Wso2Emulator.builder());

  @Test
  void everyTppEndsOnboardedOnceDespiteFailedFirstRuns(Wso2Emulator emulator) throws Exception {
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
      // The server creates five applications but their responses are lost. A POST is not repeated
      // behind the caller's back, so five first runs fail; each second run finds its application
      // (and never POSTs it again, so the second runs cannot meet these faults).
      emulator
          .faults()
          .add(
              FaultRule.on("POST", "/api/am/devportal/v3/applications")
                  .inject(InjectedFault.status(502))
                  .afterCommit()
                  .times(5));
      int applicationsBefore = emulator.state().applicationCount();

      List<BatchOnboarding.Outcome> outcomes = BatchOnboarding.onboardAll(batch, 4);

      ByteArrayOutputStream printed = new ByteArrayOutputStream();
      BatchOnboarding.print(outcomes, new PrintStream(printed, true, StandardCharsets.UTF_8));
      String summary = printed.toString(StandardCharsets.UTF_8);
      System.out.print(summary);
      assertThat(outcomes).hasSize(TPPS).allMatch(BatchOnboarding.Outcome::onboarded);
      assertThat(outcomes).filteredOn(o -> o.attempts() == 2).hasSize(5);
      assertThat(outcomes)
          .allSatisfy(o -> assertThat(o.result().key(KeyType.PRODUCTION)).isPresent());
      assertThat(emulator.state().applicationCount() - applicationsBefore).isEqualTo(TPPS);
      assertThat(emulator.state().subscriptionCount()).isEqualTo(TPPS);
      assertThat(emulator.state().keyMappingCount()).isEqualTo(TPPS);
      assertThat(summary).contains("onboarded 12 of 12 TPPs (5 needed a second run)");
      assertThat(summary).doesNotContain("Batch-pw-");
    }
  }
}
