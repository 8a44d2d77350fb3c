package io.github.fsonboard.apim.onboarding;

import io.github.fsonboard.apim.ApiManager;
import io.github.fsonboard.apim.ApimSession;
import io.github.fsonboard.core.auth.BasicCredentials;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.Trust;
import io.github.fsonboard.testkit.EmulatorState;
import io.github.fsonboard.testkit.Wso2Emulator;
import java.util.List;
import java.util.UUID;

/** Builds SDK clients for an emulator (its CA trusted explicitly) and snapshots its state. */
final class Emulated {
  private Emulated() {}

  static HttpConfig http(Wso2Emulator e) {
    return HttpConfig.builder().trust(Trust.pem(e.trustedCertificatePem())).build();
  }

  static ApiManager apim(Wso2Emulator e) {
    return ApiManager.builder().baseUrl(e.apimBaseUrl()).httpConfig(http(e)).build();
  }

  static ApimSession admin(ApiManager apim, Wso2Emulator e) {
    return apim.admin(e.adminUsername(), Secret.of(e.adminPassword()));
  }

  /** Sets the seed's fsKeyManager up under a name. */
  static KeyManagerSetupReport fsKeyManager(Wso2Emulator e, String name) {
    try (ApiManager apim = apim(e)) {
      return Onboarding.keyManager(admin(apim, e))
          .fsKeyManager(name)
          .identityServer(e.isBaseUrl())
          .identityServerAdmin(e.adminUsername(), Secret.of(e.adminPassword()))
          .disableResidentKeyManager()
          .build()
          .apply();
    }
  }

  /** The sign-up resource is secured: the emulator's admin registers TPPs. */
  static BasicCredentials registrar(Wso2Emulator e) {
    return new BasicCredentials(e.adminUsername(), Secret.of(e.adminPassword()));
  }

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** The counts a duplicate would change. */
  record Counts(
      int applications, int subscriptions, int keyMappings, List<String> keyManagers, int users) {
    static Counts of(EmulatorState s) {
      return new Counts(
          s.applicationCount(),
          s.subscriptionCount(),
          s.keyMappingCount(),
          s.keyManagerNames(),
          s.usernames().size());
    }
  }
}
