package io.github.fsonboard.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fsonboard.apim.onboarding.StepEvent;
import io.github.fsonboard.apim.onboarding.StepStatus;
import io.github.fsonboard.core.http.Trust;
import io.github.fsonboard.testkit.Fixture;
import io.github.fsonboard.testkit.TestSoftware;
import io.github.fsonboard.testkit.Wso2Emulator;
import io.github.fsonboard.testkit.Wso2EmulatorExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The main job's DCR part, run twice on the emulator: the second run registers nothing. */
class SecondTppByDcrTest {
  @RegisterExtension
  static Wso2EmulatorExtension wso2 =
      Wso2EmulatorExtension.with(Wso2Emulator.builder().fixture(Fixture.defaults()));

  @Test
  void registersGetsATokenAndASecondRunRegistersNothing(Wso2Emulator emulator, @TempDir Path home) {
    Path kept = home.resolve(".fsonboard/dcr-client-id.txt");
    TestSoftware software = emulator.directory().software("mainJobTpp").issue();
    ByteArrayOutputStream log = new ByteArrayOutputStream();

    SecondTppByDcr.Result first = run(emulator, software, kept, log);
    String firstOutput = log.toString(StandardCharsets.UTF_8);
    log.reset();
    // A new process fetches a fresh SSA from its directory (FS refuses a replayed SSA jti).
    SecondTppByDcr.Result second = run(emulator, emulator.directory().reissue(software), kept, log);
    String secondOutput = log.toString(StandardCharsets.UTF_8);

    String clientId = first.onboarding().registration().clientId();
    assertThat(first.onboarding().created()).isTrue();
    assertThat(first.tokenIssued()).isTrue();
    assertThat(firstOutput)
        .contains("no client id kept yet: registering", "Registered client " + clientId)
        .contains("private_key_jwt", "scopes: accounts");
    assertThat(kept).hasContent(clientId);

    assertThat(second.onboarding().created()).isFalse();
    assertThat(second.onboarding().registration().clientId()).isEqualTo(clientId);
    assertThat(second.onboarding().steps())
        .extracting(StepEvent::status)
        .containsExactly(StepStatus.SKIPPED);
    assertThat(second.tokenIssued()).isTrue();
    assertThat(secondOutput)
        .contains("client id kept in " + kept, "no second registration is sent")
        .doesNotContain("Registered client");
    assertThat(emulator.state().identityServerClientCount("mainJobTpp")).isEqualTo(1);
    assertThat(firstOutput + secondOutput)
        .doesNotContain(first.onboarding().registration().clientSecret().reveal());
  }

  @Test
  void aGoneClientIsRegisteredAgainOnce(Wso2Emulator emulator, @TempDir Path home)
      throws Exception {
    // The embedded emulator starts empty on every run of the main job: the kept id is stale.
    Path kept = home.resolve("dcr-client-id.txt");
    Files.writeString(kept, "a-client-of-an-earlier-emulator\n");
    TestSoftware software = emulator.directory().software("staleTpp").issue();

    SecondTppByDcr.Result r = run(emulator, software, kept, new ByteArrayOutputStream());

    assertThat(r.onboarding().created()).isTrue();
    assertThat(kept).hasContent(r.onboarding().registration().clientId());
    assertThat(emulator.state().identityServerClientCount("staleTpp")).isEqualTo(1);
  }

  @Test
  void aRealDeploymentsSoftwareIsReadFromADirectory(Wso2Emulator emulator, @TempDir Path dir)
      throws Exception {
    TestSoftware software = emulator.directory().software("filesTpp").algorithm("ES256").issue();
    Files.writeString(dir.resolve("ssa.jwt"), software.ssa() + "\n");
    Files.writeString(
        dir.resolve("signing-key.pem"),
        "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder(64, new byte[] {'\n'})
                .encodeToString(software.signingKey().getEncoded())
            + "\n-----END PRIVATE KEY-----\n");
    Files.writeString(dir.resolve("transport-certificate.pem"), software.transportCertificatePem());
    Files.writeString(dir.resolve("transport-key.pem"), software.transportPrivateKeyPem());

    SecondTppByDcr.Software read = SecondTppByDcr.Software.fromDirectory(dir, software.keyId());
    SecondTppByDcr.Result r =
        SecondTppByDcr.run(
            emulator.fsDcrBaseUrl(),
            emulator.isBaseUrl() + "/oauth2/token",
            Trust.pem(emulator.trustedCertificatePem()),
            read,
            "aspsp1",
            dir.resolve("client-id.txt"),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    assertThat(read.signingKey().algorithm()).isEqualTo("ES256");
    assertThat(r.onboarding().created()).isTrue();
    assertThat(r.tokenIssued()).isTrue();
  }

  @Test
  void onByDefaultOnTheEmulatorOffAgainstARealDeploymentUnlessConfigured() throws Exception {
    assertThat(ExampleConfig.load(new String[0], Map.of()).dcrEnabled()).isTrue();
    assertThat(ExampleConfig.load(new String[0], Map.of("FSONBOARD_DCR", "off")).dcrEnabled())
        .isFalse();
    Map<String, String> real = Map.of("FSONBOARD_APIM_URL", "https://apim.bank.example:9443");
    assertThat(ExampleConfig.load(new String[0], real).dcrEnabled()).isFalse();
    Map<String, String> configured =
        Map.of(
            "FSONBOARD_APIM_URL", "https://apim.bank.example:9443",
            "FSONBOARD_DCR_URL", "https://apim.bank.example:8243/open-banking/v3.3",
            "FSONBOARD_DCR_SOFTWARE", "/etc/tpp");
    assertThat(ExampleConfig.load(new String[0], configured).dcrEnabled()).isTrue();
  }

  private static SecondTppByDcr.Result run(
      Wso2Emulator emulator, TestSoftware software, Path kept, ByteArrayOutputStream log) {
    return SecondTppByDcr.run(
        emulator.fsDcrBaseUrl(),
        emulator.isBaseUrl() + "/oauth2/token",
        Trust.pem(emulator.trustedCertificatePem()),
        ManualClientRegistration.emulatorSoftware(software),
        "aspsp1",
        kept,
        new PrintStream(log, true, StandardCharsets.UTF_8));
  }
}
