package io.github.fsonboard.apim.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fsonboard.apim.ApiManager;
import io.github.fsonboard.apim.ApimError;
import io.github.fsonboard.apim.devportal.KeyType;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.error.ApiException;
import io.github.fsonboard.core.error.ErrorPayload;
import io.github.fsonboard.testkit.Wso2Emulator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Key generation errors as the server sends them (wso2-contracts §9, §9b), said plainly by the
 * onboarding, which neither retries a decided write nor treats it as a lost answer.
 */
class KeyErrorsScenarioTest {
  private static final String GENERATE =
      "APIM POST /api/am/devportal/v3/applications/{id}/generate-keys";

  private static long generateCalls(Wso2Emulator e) {
    return e.state().requestCounts().getOrDefault(GENERATE, 0L);
  }

  private static TppOnboardingException failedRun(
      Wso2Emulator e, String km, String user, String app) {
    try (ApiManager apim = Emulated.apim(e)) {
      TppOnboarding tpp = TppOnboardingScenarioTest.tpp(apim, e, user, app).keyManager(km).build();
      return org.assertj.core.api.Assertions.catchThrowableOfType(
          TppOnboardingException.class, tpp::run);
    }
  }

  /**
   * FS FSKeyManagerUtil: a regulatory application's certificate the key manager finds expired (its
   * clock is two days ahead here) is HTTP 500, code 900953.
   */
  @Test
  void aCertificateTheKeyManagerRejectsIsSaidPlainlyAndTheKeysAreNotRequestedAgain() {
    Clock ahead = Clock.fixed(Instant.now().plus(Duration.ofDays(2)), ZoneOffset.UTC);
    try (Wso2Emulator e = Wso2Emulator.builder().clock(ahead).build().start()) {
      Emulated.fsKeyManager(e, TppOnboardingScenarioTest.KM);

      TppOnboardingException failed =
          failedRun(
              e,
              TppOnboardingScenarioTest.KM,
              TppOnboardingScenarioTest.user(),
              Emulated.unique("Cert App"));

      assertThat(failed).isNotNull();
      assertThat(failed.getMessage())
          .contains("the key manager rejected the certificate")
          .contains("code 900953");
      assertThat(ApimError.of(failed.getCause().getCause()))
          .contains(ApimError.CERTIFICATE_REJECTED);
      assertThat(generateCalls(e)).isEqualTo(1);
    }
  }

  /**
   * apim-km-wso2is WSO2IS7KeyManager uses the connector's IS admin credentials first at
   * generate-keys: wrong ones give 500, code 900967, with the key mapping saved (state CREATED, no
   * consumer key). carbon-apimgt AbstractAPIManager.getApplicationKeys lists that mapping as it is,
   * so the next run finds it and reports it instead of asking again (which would be 409, 901409).
   */
  @Test
  void wrongIsAdminCredentialsInTheKeyManagerAreSaidPlainlyAndTheLeftOverMappingToo() {
    try (Wso2Emulator e = Wso2Emulator.builder().build().start();
        ApiManager apim = Emulated.apim(e)) {
      Onboarding.keyManager(Emulated.admin(apim, e))
          .fsKeyManager("BadKM")
          .identityServer(e.isBaseUrl())
          .identityServerAdmin(e.adminUsername(), Secret.of("not-the-password"))
          .build()
          .apply();

      String user = TppOnboardingScenarioTest.user();
      String app = Emulated.unique("Bad KM App");
      TppOnboardingException first = failedRun(e, "BadKM", user, app);

      assertThat(first.getMessage()).contains("code 900967").contains("IS admin credentials");
      assertThat(generateCalls(e)).isEqualTo(1);
      assertThat(e.state().keyMappingCount()).isEqualTo(1);

      // The second run reports the production mapping and fails again only at the sandbox keys,
      // which it asks for for the first time.
      TppOnboardingException second = failedRun(e, "BadKM", user, app);

      assertThat(second.failedStep()).startsWith("keys SANDBOX");
      KeyOutcome left = second.partialResult().key(KeyType.PRODUCTION).orElseThrow();
      assertThat(left.action()).isEqualTo(PlannedAction.Action.PENDING);
      assertThat(left.keyState()).isEqualTo("CREATED");
      assertThat(left.consumerKey()).isNull();
      assertThat(second.steps())
          .filteredOn(s -> s.step().startsWith("keys PRODUCTION"))
          .singleElement()
          .satisfies(s -> assertThat(s.detail()).contains("clean the key mapping up"));
      assertThat(generateCalls(e)).isEqualTo(2);
      assertThat(e.state().keyMappingCount()).isEqualTo(2);
    }
  }

  /**
   * The API Manager cannot check the connector's IS admin credentials (creating the key manager
   * never calls IS); the setup can, at IS, before it writes anything.
   */
  @Test
  void theKeyManagerSetupCanCheckTheConnectorCredentialsAtTheIdentityServer() {
    try (Wso2Emulator e = Wso2Emulator.builder().build().start();
        ApiManager apim = Emulated.apim(e)) {
      KeyManagerSetup.Builder setup =
          Onboarding.keyManager(Emulated.admin(apim, e))
              .fsKeyManager("CheckedKM")
              .identityServer(e.isBaseUrl())
              .checkConnectorCredentials(apim.transport());

      OnboardingException refused =
          org.assertj.core.api.Assertions.catchThrowableOfType(
              OnboardingException.class,
              () ->
                  setup
                      .identityServerAdmin(e.adminUsername(), Secret.of("not-the-password"))
                      .build()
                      .apply());

      assertThat(refused.failedStep()).isEqualTo("check IS admin credentials");
      assertThat(refused.getMessage()).contains("refused the key manager's IS admin credentials");
      assertThat(e.state().keyManagerNames()).doesNotContain("CheckedKM");

      KeyManagerSetupReport ok =
          setup
              .identityServerAdmin(e.adminUsername(), Secret.of(e.adminPassword()))
              .build()
              .apply();
      assertThat(ok.steps())
          .extracting(StepEvent::detail)
          .contains("the Identity Server accepts the connector's admin credentials");
      assertThat(e.state().keyManagerNames()).contains("CheckedKM");
    }
  }

  @Test
  void apimErrorMatchesCodeAndStatusTogether() {
    assertThat(ApimError.of(error(500, "900953", null))).contains(ApimError.CERTIFICATE_REJECTED);
    assertThat(ApimError.of(error(400, "900953", null))).isEmpty();
    assertThat(ApimError.of(error(409, "409", null))).contains(ApimError.RESOURCE_ALREADY_EXISTS);
    assertThat(
            ApimError.of(
                error(
                    400,
                    "400",
                    "Cannot generate keys for applications that are not yet approved.")))
        .contains(ApimError.APPLICATION_NOT_APPROVED);
    assertThat(ApimError.of(error(400, "900309", "Application is not active")))
        .contains(ApimError.APPLICATION_NOT_APPROVED);
    assertThat(ApimError.of(error(404, "900309", null))).isEmpty();
    assertThat(ApimError.of(new IllegalStateException("not an API error"))).isEmpty();
    assertThat(ApimError.APPLICATION_NOT_APPROVED.code()).contains("900309");
  }

  private static ApiException error(int status, String code, String description) {
    return ApiException.of(
        status,
        "POST",
        "https://apim/x",
        new ErrorPayload(
            code, "m", description, null, List.of(), null, null, null, null, null, null, null, ""));
  }
}
