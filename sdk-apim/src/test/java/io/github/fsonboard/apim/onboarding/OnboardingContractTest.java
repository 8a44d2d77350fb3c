package io.github.fsonboard.apim.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fsonboard.apim.ApiManager;
import io.github.fsonboard.apim.TestCertificates;
import io.github.fsonboard.apim.contract.ApimContract;
import io.github.fsonboard.apim.contract.ApimVersion;
import io.github.fsonboard.apim.contract.EmulatorTraffic;
import io.github.fsonboard.apim.devportal.KeyType;
import io.github.fsonboard.apim.onboarding.PlannedAction.Action;
import io.github.fsonboard.apim.selfsignup.SignUpRequest;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.oauth.GrantType;
import io.github.fsonboard.harness.Wso2Specs;
import io.github.fsonboard.testkit.Wso2Emulator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The whole flow (key manager, TPP, re-run, key update) on the emulator, with every APIM exchange
 * validated against the WSO2 APIM 4.5.0 specs: the Onboarding API adds no wire mistakes of its own.
 */
class OnboardingContractTest {

  private static TppOnboarding tpp(
      ApiManager apim, Wso2Emulator e, String user, String pem, String... extraGrants) {
    List<String> grants = new ArrayList<>(List.of(extraGrants));
    grants.add(GrantType.AUTHORIZATION_CODE);
    return Onboarding.tpp(apim)
        .signUp(
            SignUpRequest.builder().username(user).password(Secret.of("Tpp-pass-1!")).build(),
            Emulated.registrar(e))
        .application("Contract App")
        .subscribe("AccountandTransactionAPI", "3.1.11", "Gold")
        .keyManager("FSKM")
        .keys(
            KeyType.PRODUCTION,
            k ->
                k.grantTypes(grants)
                    .callbackUrl("https://tpp.example.com/cb")
                    .pkceMandatory(true)
                    .regulatory(true)
                    .certificate(pem))
        .build();
  }

  @Test
  void wholeFlowTrafficMatchesTheSpecs() {
    try (Wso2Emulator e = Wso2Emulator.builder().build().start();
        ApiManager apim = Emulated.apim(e)) {
      EmulatorTraffic traffic = EmulatorTraffic.record(e);
      Emulated.fsKeyManager(e, "FSKM");
      String user = Emulated.unique("tpp") + "@example.com";
      String pem = TestCertificates.validPem();
      tpp(apim, e, user, pem, GrantType.CLIENT_CREDENTIALS).run();
      tpp(apim, e, user, pem, GrantType.CLIENT_CREDENTIALS).plan();

      TppOnboardingResult updated =
          tpp(apim, e, user, pem, GrantType.CLIENT_CREDENTIALS, GrantType.REFRESH_TOKEN).run();

      assertThat(updated.key(KeyType.PRODUCTION).orElseThrow().action()).isEqualTo(Action.UPDATE);
      assertThat(traffic.exchanges()).hasSizeGreaterThan(10);
      if (Wso2Specs.available()) {
        ApimContract.assertValid(traffic.exchanges(), ApimVersion.V4_5_0);
      }
    }
  }
}
