package io.github.fsonboard.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fsonboard.apim.devportal.KeyType;
import io.github.fsonboard.apim.onboarding.PlannedAction.Action;
import io.github.fsonboard.core.http.Trust;
import io.github.fsonboard.testkit.EmulatorState;
import io.github.fsonboard.testkit.Wso2Emulator;
import io.github.fsonboard.testkit.Wso2EmulatorExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's main job, run twice on the emulator: the second run changes nothing. */
class ManualClientRegistrationTest {
  @RegisterExtension
  static Wso2EmulatorExtension wso2 = Wso2EmulatorExtension.with(Wso2Emulator.builder());

  @Test
  void runsTheWholeFlowAndASecondRunChangesNothing(Wso2Emulator emulator) throws Exception {
    ExampleConfig config = ExampleConfig.load(new String[0], Map.of());
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    String certificate =
        DemoCertificates.applicationCertificatePem("FS TPP Ltd", "PSDGB-OB-1", Duration.ofDays(30));

    ManualClientRegistration.MainJobResult first = run(config, emulator, certificate, log);
    EmulatorState state = emulator.state();
    int applications = state.applicationCount();
    int subscriptions = state.subscriptionCount();
    int keyMappings = state.keyMappingCount();
    ManualClientRegistration.MainJobResult second = run(config, emulator, certificate, log);

    assertThat(first.keyManager().action()).isEqualTo(Action.CREATE);
    assertThat(first.tokenActive()).isTrue();
    assertThat(first.authorizationUrl().getQuery())
        .contains("code_challenge_method=S256", "client_id=");
    assertThat(state.keyManagerEnabled("Resident Key Manager")).isFalse();
    assertThat(applications).isEqualTo(1);
    assertThat(subscriptions).isEqualTo(1);
    assertThat(keyMappings).isEqualTo(1);

    assertThat(second.keyManager().action()).isEqualTo(Action.NONE);
    assertThat(second.tpp().changedAnything()).as("%s", second.tpp().steps()).isFalse();
    assertThat(second.tpp().keys().get(KeyType.PRODUCTION).consumerKey())
        .isEqualTo(first.tpp().keys().get(KeyType.PRODUCTION).consumerKey());
    assertThat(emulator.state().applicationCount()).isEqualTo(applications);
    assertThat(emulator.state().subscriptionCount()).isEqualTo(subscriptions);
    assertThat(emulator.state().keyMappingCount()).isEqualTo(keyMappings);

    String printed = log.toString(StandardCharsets.UTF_8);
    assertThat(printed).contains("DONE", "SKIPPED", "PKCE authorization URL");
    assertThat(printed)
        .doesNotContain(
            first.tpp().keys().get(KeyType.PRODUCTION).consumerSecret().reveal(),
            config.tppPassword().reveal());
  }

  private static ManualClientRegistration.MainJobResult run(
      ExampleConfig config, Wso2Emulator emulator, String certificate, ByteArrayOutputStream log) {
    return ManualClientRegistration.run(
        config,
        Trust.pem(emulator.trustedCertificatePem()),
        emulator.apimBaseUrl(),
        emulator.isBaseUrl(),
        certificate,
        new PrintStream(log, true, StandardCharsets.UTF_8));
  }
}
