package io.github.fsonboard.apim.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.apim.ApiManager;
import io.github.fsonboard.apim.ApimSession;
import io.github.fsonboard.apim.admin.FsKeyManagerConnector;
import io.github.fsonboard.apim.admin.KeyManager;
import io.github.fsonboard.apim.admin.KeyManagersClient;
import io.github.fsonboard.apim.onboarding.PlannedAction.Action;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.testkit.FaultRule;
import io.github.fsonboard.testkit.InjectedFault;
import io.github.fsonboard.testkit.Wso2Emulator;
import io.github.fsonboard.testkit.Wso2EmulatorExtension;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bank administrator's key manager setup against the emulator. */
class KeyManagerSetupScenarioTest {
  @RegisterExtension static Wso2EmulatorExtension wso2 = new Wso2EmulatorExtension();

  private ApiManager apim;
  private ApimSession admin;
  private Wso2Emulator emulator;

  @BeforeEach
  void signIn(Wso2Emulator e) {
    emulator = e;
    apim = Emulated.apim(e);
    admin = Emulated.admin(apim, e);
  }

  @AfterEach
  void close() {
    emulator.faults().clear();
    apim.close();
  }

  private KeyManagerSetup.Builder setup(String name) {
    return Onboarding.keyManager(admin)
        .fsKeyManager(name)
        .identityServer(emulator.isBaseUrl())
        .identityServerAdmin(emulator.adminUsername(), Secret.of(emulator.adminPassword()));
  }

  @Test
  void createsTheKeyManagerDisablesTheResidentOneThenChangesNothing() {
    String name = Emulated.unique("FSKM");
    KeyManagerSetup s = setup(name).disableResidentKeyManager().build();

    KeyManagerSetupReport first = s.apply();

    assertThat(first.action()).isEqualTo(Action.CREATE);
    assertThat(first.keyManagerId()).isNotBlank();
    assertThat(emulator.state().keyManagerNames()).contains(name);
    assertThat(emulator.state().keyManagerEnabled(name)).isTrue();
    assertThat(emulator.state().keyManagerEnabled("Resident Key Manager")).isFalse();
    assertThat(first.steps()).extracting(StepEvent::status).doesNotContain(StepStatus.FAILED);

    KeyManagerSetupReport second = s.apply();

    assertThat(second.action()).isEqualTo(Action.NONE);
    assertThat(second.residentKeyManagerAction()).isEqualTo(Action.NONE);
    assertThat(second.changedAnything()).isFalse();
    assertThat(second.keyManagerId()).isEqualTo(first.keyManagerId());
    assertThat(second.steps()).extracting(StepEvent::status).containsOnly(StepStatus.SKIPPED);
    assertThat(s.plan().hasChanges()).isFalse();
  }

  @Test
  void correctsExactlyTheDriftedFields() {
    String name = Emulated.unique("FSKM");
    KeyManagerSetup s = setup(name).build();
    String id = s.apply().keyManagerId();
    KeyManagersClient kms = admin.adminPortal().keyManagers();
    KeyManager current = kms.get(id);
    Map<String, Object> props = new LinkedHashMap<>(current.additionalProperties());
    props.put(FsKeyManagerConnector.USERNAME, "someone-else");
    kms.update(
        current.toBuilder()
            .tokenEndpoint("https://elsewhere.example/oauth2/token")
            .enableSelfValidationJWT(false)
            .additionalProperties(props)
            .build());

    List<String> expected =
        List.of(
            "tokenEndpoint",
            "enableSelfValidationJWT",
            "additionalProperties." + FsKeyManagerConnector.USERNAME);
    Plan plan = s.plan();
    assertThat(plan.actions().get(0).action()).isEqualTo(Action.UPDATE);
    assertThat(plan.actions().get(0).changedFields()).containsExactlyInAnyOrderElementsOf(expected);

    KeyManagerSetupReport fixed = s.apply();

    assertThat(fixed.action()).isEqualTo(Action.UPDATE);
    assertThat(fixed.changedFields()).containsExactlyInAnyOrderElementsOf(expected);
    KeyManager after = kms.get(id);
    assertThat(after.tokenEndpoint()).isEqualTo(emulator.isBaseUrl() + "/oauth2/token");
    assertThat(after.enableSelfValidationJWT()).isTrue();
    assertThat(after.fsConnector().username()).isEqualTo(emulator.adminUsername());
    assertThat(s.apply().action()).isEqualTo(Action.NONE);
  }

  @Test
  void maskedSecretIsUpdatedOnlyWhenForced() {
    String name = Emulated.unique("FSKM");
    setup(name).build().apply();

    KeyManagerSetupReport forced = setup(name).forceSecretUpdate().build().apply();

    assertThat(forced.action()).isEqualTo(Action.UPDATE);
    assertThat(forced.changedFields())
        .containsExactly("additionalProperties." + FsKeyManagerConnector.PASSWORD);
    assertThat(setup(name).build().apply().action()).isEqualTo(Action.NONE);
  }

  // A PUT is idempotent: when its answer is lost (an HTTP/2 stream reset here) the transport
  // repeats it. A POST is never repeated behind the caller's back, but when its answer is lost
  // the setup looks for the key manager before creating it again. A 500 is not a retryable status
  // and a 500 on the create is written once more only when nothing was made, so both complete
  // the first apply except the PUT refused with a 500.
  @ParameterizedTest(name = "{0} {1} afterCommit={2}")
  @CsvSource({
    "POST, /api/am/admin/v4/key-managers, false, true",
    "POST, /api/am/admin/v4/key-managers, true, true",
    "PUT, /api/am/admin/v4/key-managers/.+, false, false",
    "PUT, /api/am/admin/v4/key-managers/.+, true, true"
  })
  void interruptedSetupCompletesOnReRun(
      String method, String path, boolean afterCommit, boolean firstApplyCompletes) {
    KeyManagersClient kms = admin.adminPortal().keyManagers();
    kms.residentKeyManager().ifPresent(r -> kms.enable(r.id()));
    String name = Emulated.unique("FSKM");
    FaultRule rule = FaultRule.on(method, path).times(1);
    emulator
        .faults()
        .add(
            afterCommit
                ? rule.inject(InjectedFault.emptyResponse()).afterCommit()
                : rule.inject(InjectedFault.status(500)));
    List<StepEvent> events = new ArrayList<>();
    KeyManagerSetup s = setup(name).disableResidentKeyManager().build();

    if (firstApplyCompletes) {
      s.apply(events::add);
      assertThat(events).extracting(StepEvent::status).doesNotContain(StepStatus.FAILED);
    } else {
      assertThatThrownBy(() -> s.apply(events::add)).isInstanceOf(OnboardingException.class);
      assertThat(events)
          .extracting(StepEvent::status)
          .contains(StepStatus.STARTED, StepStatus.FAILED);
    }
    assertThat(emulator.faults().injectedCount()).isPositive();
    emulator.faults().clear();

    KeyManagerSetupReport report = s.apply();

    assertThat(emulator.state().keyManagerNames()).containsOnlyOnce(name);
    assertThat(emulator.state().keyManagerEnabled("Resident Key Manager")).isFalse();
    assertThat(report.keyManagerId()).isEqualTo(kms.find(name).orElseThrow().id());
    assertThat(s.plan().hasChanges()).isFalse();
  }

  @Test
  void dryRunChangesNothing() {
    String name = Emulated.unique("FSKM");
    Emulated.Counts before = Emulated.Counts.of(emulator.state());

    Plan plan = setup(name).disableResidentKeyManager().build().plan();

    assertThat(plan.hasChanges()).isTrue();
    assertThat(plan.actions().get(0).action()).isEqualTo(Action.CREATE);
    assertThat(plan.toString()).contains("CREATE key manager " + name);
    assertThat(Emulated.Counts.of(emulator.state())).isEqualTo(before);
    assertThat(emulator.state().keyManagerNames()).doesNotContain(name);
  }
}
