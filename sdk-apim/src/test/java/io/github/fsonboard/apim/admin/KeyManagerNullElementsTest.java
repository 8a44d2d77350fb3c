package io.github.fsonboard.apim.admin;

import static io.github.fsonboard.apim.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.error.Violation;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The key manager builders name every list holding null at build(), never throw from a setter. */
class KeyManagerNullElementsTest {
  @Test
  void keyManagerBuilderNamesEveryListHoldingNull() {
    KeyManager.Builder b =
        KeyManager.builder()
            .name("km")
            .availableGrantTypes("client_credentials", null)
            .claimMapping(Arrays.asList((ClaimMapping) null))
            .tokenValidation(Arrays.asList(TokenValidation.jwt(), null))
            .allowedOrganizations((String) null);

    assertRefused(
        b::build,
        new Violation("availableGrantTypes", "must not contain null (index 1)"),
        new Violation("claimMapping", "must not contain null (index 0)"),
        new Violation("tokenValidation", "must not contain null (index 1)"),
        new Violation("allowedOrganizations", "must not contain null (index 0)"));
  }

  @Test
  void aNullArrayLeavesTheListUnset() {
    KeyManager km = KeyManager.builder().name("km").availableGrantTypes((String[]) null).build();

    assertThat(km.availableGrantTypes()).isNull();
  }

  @Test
  void fsSettingsNameANullOrganizationWithTheMissingValues() {
    FsKeyManagerSettings.Builder b =
        FsKeyManagerSettings.builder()
            .identityServer("https://is.example")
            .identityServerAdmin("admin", Secret.of("pw"))
            .allowedOrganizations("ALL", null);

    assertRefused(
        b::build,
        new Violation("name", "is required"),
        new Violation("allowedOrganizations", "must not contain null (index 1)"));
  }
}
