package io.github.fsonboard.apim.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fsonboard.apim.ApiManager;
import io.github.fsonboard.apim.devportal.ApiInfo;
import io.github.fsonboard.apim.devportal.ApplicationRequest;
import io.github.fsonboard.apim.devportal.DevportalApi;
import io.github.fsonboard.apim.devportal.SubscriptionRequest;
import io.github.fsonboard.apim.selfsignup.SignUpRequest;
import io.github.fsonboard.core.auth.BasicCredentials;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.Trust;
import io.github.fsonboard.testkit.Fixture;
import io.github.fsonboard.testkit.Wso2Emulator;
import org.junit.jupiter.api.Test;

/**
 * Publisher {@code SubscriptionsApiServiceImpl.unBlockSubscription} sets UNBLOCKED from any status;
 * the lifecycle must not use it to release a subscription an approval workflow holds.
 */
class TppLifecycleApprovalTest {
  @Test
  void aSubscriptionOnHoldForApprovalIsNotUnblocked() {
    Secret password = Secret.of("tpp-Pa55word!");
    try (Wso2Emulator emulator =
            Wso2Emulator.builder()
                .fixture(Fixture.defaults())
                .subscriptionApproval(true)
                .build()
                .start();
        ApiManager apim =
            ApiManager.builder()
                .baseUrl(emulator.apimBaseUrl())
                .httpConfig(
                    HttpConfig.builder().trust(Trust.pem(emulator.trustedCertificatePem())).build())
                .build()) {
      apim.selfSignUp()
          .signUp(
              SignUpRequest.builder()
                  .username("tpp@example.com")
                  .password(password)
                  .givenName("Ada")
                  .lastName("Lovelace")
                  .email("tpp@example.com")
                  .organization("Example TPP")
                  .build(),
              BasicCredentials.of(emulator.adminUsername(), emulator.adminPassword()));
      DevportalApi portal = apim.tpp("tpp@example.com", password).devportal();
      String appId =
          portal
              .applications()
              .create(
                  ApplicationRequest.builder().name("App").throttlingPolicy("Unlimited").build())
              .created()
              .orElseThrow()
              .applicationId();
      ApiInfo api =
          portal.apis().findByNameAndVersion("AccountandTransactionAPI", "3.1.11").orElseThrow();
      String subId =
          portal
              .subscriptions()
              .create(new SubscriptionRequest(appId, api.id(), "Gold", null))
              .created()
              .orElseThrow()
              .subscriptionId();

      LifecycleChange unblock =
          TppLifecycle.of(apim.admin(emulator.adminUsername(), Secret.of(emulator.adminPassword())))
              .unblockSubscription(api.id(), subId);

      assertThat(unblock.needed()).isFalse();
      assertThat(unblock.reason()).contains("ON_HOLD", "approve or reject");
      assertThat(unblock.apply().written()).isFalse();
      assertThat(portal.subscriptions().get(subId).status()).isEqualTo("ON_HOLD");
    }
  }
}
