package com.example.tpp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.fsonboard.apim.ApiManager;
import io.github.fsonboard.apim.devportal.KeyType;
import io.github.fsonboard.apim.onboarding.Onboarding;
import io.github.fsonboard.apim.onboarding.ProgressListener;
import io.github.fsonboard.apim.onboarding.TppOnboardingResult;
import io.github.fsonboard.apim.selfsignup.SignUpRequest;
import io.github.fsonboard.core.auth.BasicCredentials;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.Trust;
import io.github.fsonboard.testkit.Fixture;
import io.github.fsonboard.testkit.Wso2Emulator;
import org.junit.jupiter.api.Test;

/** A TPP onboarding against sdk-testkit, written only from the published API. */
class TppOnboardingTest {

  @Test
  void onboardsATppOnTheEmulator() {
    // The bank's fsKeyManager is set up by the emulator: this test plays the TPP only.
    try (Wso2Emulator wso2 =
            Wso2Emulator.builder().fixture(Fixture.defaults().withFsKeyManager("FSKM")).build().start();
        ApiManager apim =
            ApiManager.builder()
                .baseUrl(wso2.apimBaseUrl())
                .httpConfig(
                    HttpConfig.builder().trust(Trust.pem(wso2.trustedCertificatePem())).build())
                .build()) {
      Secret adminPassword = Secret.of(wso2.adminPassword());
      TppOnboardingResult tpp =
          Onboarding.tpp(apim)
              .signUp(
                  SignUpRequest.builder()
                      .username("tpp@consumer.example")
                      .password(Secret.of("Consumer-Pa55word!"))
                      .givenName("Tina")
                      .lastName("Provider")
                      .email("tpp@consumer.example")
                      .build(),
                  new BasicCredentials(wso2.adminUsername(), adminPassword))
              .application("Consumer App")
              .subscribe("AccountandTransactionAPI", "3.1.11", "Unlimited")
              .keyManager("FSKM")
              .keys(KeyType.PRODUCTION, k -> k.grantTypes("client_credentials"))
              .build()
              .run(ProgressListener.printingTo(System.out));

      assertFalse(tpp.key(KeyType.PRODUCTION).orElseThrow().consumerKey().isBlank());
      assertEquals(1, wso2.state().applicationCount());
    }
  }
}
