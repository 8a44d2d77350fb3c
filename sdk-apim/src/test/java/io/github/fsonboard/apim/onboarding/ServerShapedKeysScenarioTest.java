package io.github.fsonboard.apim.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fsonboard.apim.ApiManager;
import io.github.fsonboard.apim.ApimSession;
import io.github.fsonboard.apim.devportal.ApplicationKey;
import io.github.fsonboard.apim.devportal.KeyType;
import io.github.fsonboard.apim.devportal.KeyUpdateRequest;
import io.github.fsonboard.core.auth.Secret;
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
 * Key re-runs and updates against a key listing shaped like the server's (wso2-contracts §9):
 * lifetimes as JSON numbers, flags as JSON booleans, {@code 0} for unset lifetimes, unknown keys
 * dropped, and a PUT validated with {@code Long.parseLong} (400 / 900970 on {@code 3600.0}).
 */
class ServerShapedKeysScenarioTest {
  private static final String KM = TppOnboardingScenarioTest.KM;
  private static final String PUT_KEY =
      "APIM PUT /api/am/devportal/v3/applications/{id}/oauth-keys/{id}";

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
    clients.forEach(ApiManager::close);
  }

  private TppOnboarding onboarding(String user, String app, Duration refreshLifetime) {
    ApiManager apim = Emulated.apim(emulator);
    clients.add(apim);
    return TppOnboardingScenarioTest.tpp(
            apim,
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
    ApiManager apim = Emulated.apim(emulator);
    clients.add(apim);
    ApimSession tpp = apim.tpp(user, Secret.of("Tpp-pass-1!"));
    ApplicationKey key =
        tpp.devportal().keys().find(r.applicationId(), KeyType.PRODUCTION, KM).orElseThrow();
    Map<String, Object> listed = key.additionalProperties();
    assertThat(listed.get("ext_refresh_token_lifetime")).isEqualTo(86400L);
    assertThat(listed.get("ext_user_token_lifetime")).isEqualTo(0L);
    assertThat(listed.get("ext_pkce_mandatory")).isEqualTo(true);

    ApplicationKey updated =
        tpp.devportal()
            .keys()
            .update(
                r.applicationId(),
                KeyUpdateRequest.from(key).withCallbackUrl("https://tpp.example.com/cb2"));

    assertThat(updated.callbackUrl()).isEqualTo("https://tpp.example.com/cb2");
    assertThat(updated.additionalProperties()).isEqualTo(listed);
  }
}
