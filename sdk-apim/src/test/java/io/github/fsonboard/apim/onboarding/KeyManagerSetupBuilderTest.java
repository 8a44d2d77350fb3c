package io.github.fsonboard.apim.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.apim.ApiManager;
import io.github.fsonboard.apim.ApimSession;
import io.github.fsonboard.apim.admin.KeyManager;
import io.github.fsonboard.apim.auth.ApimScopes;
import io.github.fsonboard.apim.auth.RestApiClient;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.error.Violation;
import org.junit.jupiter.api.Test;

/** Building a key manager setup checks everything at once and makes no HTTP call. */
class KeyManagerSetupBuilderTest {

  @Test
  void reportsEveryMissingValueAtOnce() {
    assertThatThrownBy(() -> Onboarding.keyManager(null).fsKeyManager(" ").build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .contains(
                        "adminSession",
                        "name",
                        "identityServer",
                        "identityServerAdmin.username",
                        "identityServerAdmin.password"));
  }

  @Test
  void needsExactlyOneWayToDescribeTheKeyManager() {
    assertThatThrownBy(() -> KeyManagerSetup.builder(null).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("keyManager");
    KeyManager any = KeyManager.builder().name("KM").type("custom").build();
    assertThatThrownBy(
            () -> KeyManagerSetup.builder(null).desired(any).fsKeyManager("FSKM").build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("not both");
  }

  @Test
  void fsKeyManagerIsTheSeedConfiguration() {
    // Nothing listens there; signing in with a known client makes no call.
    try (ApiManager apim = ApiManager.builder().baseUrl("https://127.0.0.1:9").build()) {
      ApimSession admin =
          apim.signIn(
              "admin",
              Secret.of("x"),
              ApimScopes.ADMIN,
              new RestApiClient("id", Secret.of("s"), "n"));
      KeyManagerSetup s =
          Onboarding.keyManager(admin)
              .fsKeyManager("FSKM")
              .displayName("FS Key Manager")
              .identityServer("https://is.bank.example:9446")
              .identityServerAdmin("admin", Secret.of("pw"))
              .enableRolesCreation(false)
              .build();

      KeyManager km = s.desired();
      assertThat(km.type()).isEqualTo(KeyManager.FS_TYPE);
      assertThat(km.displayName()).isEqualTo("FS Key Manager");
      assertThat(km.issuer()).isEqualTo("https://is.bank.example:9446/oauth2/token");
      assertThat(km.availableGrantTypes()).hasSize(4);
      assertThat(km.fsConnector().enableRolesCreation()).isFalse();
      assertThat(km.enableSelfValidationJWT()).isTrue();
    }
  }
}
