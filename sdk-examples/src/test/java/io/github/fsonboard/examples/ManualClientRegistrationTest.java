package io.github.fsonboard.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.apim.devportal.KeyType;
import io.github.fsonboard.apim.onboarding.PlannedAction.Action;
import io.github.fsonboard.core.http.Trust;
import io.github.fsonboard.testkit.EmulatorState;
import io.github.fsonboard.testkit.Wso2Emulator;
import io.github.fsonboard.testkit.Wso2EmulatorExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The README's main job, run twice on the emulator: the second run changes nothing. */
class ManualClientRegistrationTest {
  @RegisterExtension
  static Wso2EmulatorExtension wso2 = Wso2EmulatorExtension.with(Wso2Emulator.builder());

  @Test
  void runsTheWholeFlowAndASecondRunChangesNothing(Wso2Emulator emulator, @TempDir Path home)
      throws Exception {
    ExampleConfig config = ExampleConfig.load(new String[0], Map.of());
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    Path kept = home.resolve(".fsonboard/demo-certificate.pem");
    DemoCertificates.Kept made =
        DemoCertificates.kept(kept, "FS TPP Ltd", "PSDGB-OB-1", Duration.ofDays(30));

    ManualClientRegistration.MainJobResult first = run(config, emulator, made.pem(), log);
    EmulatorState state = emulator.state();
    int applications = state.applicationCount();
    int subscriptions = state.subscriptionCount();
    int keyMappings = state.keyMappingCount();
    String firstOutput = log.toString(StandardCharsets.UTF_8);
    log.reset();
    emulator.resetRequestCounts();
    // the second run, as a new process would: the certificate comes from the file again
    DemoCertificates.Kept reused =
        DemoCertificates.kept(kept, "FS TPP Ltd", "PSDGB-OB-1", Duration.ofDays(30));
    ManualClientRegistration.MainJobResult second = run(config, emulator, reused.pem(), log);
    String secondOutput = log.toString(StandardCharsets.UTF_8);

    assertThat(made.note()).contains("made now", kept.toString());
    assertThat(reused.pem()).isEqualTo(made.pem());
    assertThat(reused.note()).contains("kept in " + kept, "valid until");
    assertThat(firstOutput)
        .contains("cannot sign in yet: signing up", "Done: changed on the servers: ")
        .contains("valid for 1 hour", "the token is active")
        .doesNotContain("PT1H", "Secret[", "CREATE", "…");
    assertThat(secondOutput)
        .contains(
            "can already sign in: no sign-up is sent",
            "already as configured, not changed",
            "Done: nothing was changed on the servers")
        .doesNotContain("sign up ");
    assertThat(second.writes()).isEmpty();
    assertThat(emulator.state().requestCounts().keySet())
        .as("writes on the second run")
        .noneMatch(ManualClientRegistrationTest::isWrite);

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
    assertThat(second.tpp().key(KeyType.PRODUCTION).orElseThrow().consumerKey())
        .isEqualTo(first.tpp().key(KeyType.PRODUCTION).orElseThrow().consumerKey());
    assertThat(emulator.state().applicationCount()).isEqualTo(applications);
    assertThat(emulator.state().subscriptionCount()).isEqualTo(subscriptions);
    assertThat(emulator.state().keyMappingCount()).isEqualTo(keyMappings);

    String printed = firstOutput + secondOutput;
    assertThat(printed).contains("DONE", "SKIPPED", "PKCE authorization URL");
    assertThat(printed)
        .doesNotContain(
            first.tpp().key(KeyType.PRODUCTION).orElseThrow().consumerSecret().reveal(),
            config.tppPassword().reveal());
  }

  @Test
  void withApprovalOnTheTppPausesTheBankApprovesAndTheReRunGetsKeys() throws Exception {
    ExampleConfig config = ExampleConfig.load(new String[0], Map.of("FSONBOARD_APPROVAL", "on"));
    String certificate =
        DemoCertificates.applicationCertificatePem("FS TPP Ltd", "PSDGB-OB-1", Duration.ofDays(30));
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    ManualClientRegistration.MainJobResult result;
    try (Wso2Emulator approving = ManualClientRegistration.emulator(config).build().start()) {
      result =
          ManualClientRegistration.runOnEmulator(
              config, approving, certificate, new PrintStream(log, true, StandardCharsets.UTF_8));
      assertThat(approving.state().applicationCount()).isEqualTo(1);
    }
    String printed = log.toString(StandardCharsets.UTF_8);

    assertThat(result.awaitingApproval()).isEmpty();
    assertThat(result.tokenActive()).isTrue();
    assertThat(result.tpp().key(KeyType.PRODUCTION).orElseThrow().consumerKey()).isNotBlank();
    assertThat(printed)
        .containsSubsequence(
            "Stopped: awaiting the bank's approval of: ",
            "== Back office: pending tasks and decisions (dry run)",
            "APPROVE SUBSCRIPTION_CREATION",
            "== Back office: applying",
            "APPROVED ",
            "== TPP: running again after the bank's decisions",
            "the token is active",
            "Done: ")
        .doesNotContain("certificate not found", "REFER", "REJECT");
  }

  @Test
  void heldForApprovalTheRunStopsCleanlyWithTheSwitchOnAndFailsWithItOff() throws Exception {
    ExampleConfig on = ExampleConfig.load(new String[0], Map.of("FSONBOARD_APPROVAL", "on"));
    ExampleConfig off = ExampleConfig.load(new String[0], Map.of());
    String certificate =
        DemoCertificates.applicationCertificatePem("FS TPP Ltd", "PSDGB-OB-1", Duration.ofDays(30));
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (Wso2Emulator approving = ManualClientRegistration.emulator(on).build().start()) {
      // run() alone is what a real deployment gets: no back office approves in between
      ManualClientRegistration.MainJobResult stopped = run(on, approving, certificate, log);
      String printed = log.toString(StandardCharsets.UTF_8);

      assertThat(stopped.awaitingApproval()).isNotEmpty();
      assertThat(stopped.awaitingApproval()).allSatisfy(step -> assertThat(printed).contains(step));
      assertThat(stopped.tokenActive()).isFalse();
      assertThat(stopped.authorizationUrl()).isNull();
      assertThat(printed)
          .contains("Stopped: awaiting the bank's approval of: ")
          .doesNotContain("Proving the keys work", "Done: ");
    }
    try (Wso2Emulator approving = ManualClientRegistration.emulator(on).build().start()) {
      assertThatThrownBy(() -> run(off, approving, certificate, log))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("the bank holds these for approval: ")
          .hasMessageContaining("FSONBOARD_APPROVAL=on");
    }
  }

  /**
   * A request that changes server state (token, introspection and REST-API client look-ups do not).
   */
  private static boolean isWrite(String request) {
    return request.matches("\\w+ (POST|PUT|PATCH|DELETE) .*")
        && !request.contains("/oauth2/token")
        && !request.contains("/oauth2/introspect")
        && !request.contains("/client-registration/");
  }

  @Test
  void durationsReadAsWords() {
    assertThat(ManualClientRegistration.inWords(Duration.ofHours(1))).isEqualTo("1 hour");
    assertThat(ManualClientRegistration.inWords(Duration.ofMinutes(150)))
        .isEqualTo("2 hours 30 minutes");
    assertThat(ManualClientRegistration.inWords(Duration.ofSeconds(45))).isEqualTo("45 seconds");
    assertThat(ManualClientRegistration.inWords(Duration.ofDays(2))).isEqualTo("2 days");
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
