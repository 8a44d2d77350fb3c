package io.github.fsonboard.apim.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fsonboard.apim.admin.ClaimMapping;
import io.github.fsonboard.apim.admin.FsKeyManagerConnector;
import io.github.fsonboard.apim.admin.FsKeyManagerSettings;
import io.github.fsonboard.apim.admin.KeyManager;
import io.github.fsonboard.apim.admin.TokenValidation;
import io.github.fsonboard.core.auth.Secret;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The field-by-field comparison behind the key manager upsert. */
class KeyManagerDriftTest {
  private static final KeyManager DESIRED =
      FsKeyManagerSettings.builder()
          .name("FSKM")
          .identityServer("https://is.bank.example:9446")
          .identityServerAdmin("admin", Secret.of("is-admin-pw"))
          .build();

  /** What a server returns: an id, extra defaults, the password masked, grants reordered. */
  private static KeyManager asServerReturnsIt(KeyManager k) {
    Map<String, Object> props = new LinkedHashMap<>(k.additionalProperties());
    props.put(FsKeyManagerConnector.PASSWORD, "*****");
    props.put("self_validate_jwt", true);
    return k.toBuilder()
        .id("km-1")
        .alias("server-default")
        .additionalProperties(props)
        .availableGrantTypes(List.copyOf(reversed(k.availableGrantTypes())))
        .build();
  }

  private static List<String> reversed(List<String> l) {
    java.util.ArrayList<String> r = new java.util.ArrayList<>(l);
    java.util.Collections.reverse(r);
    return r;
  }

  @Test
  void matchingServerCopyHasNoDriftDespiteMaskDefaultsAndOrder() {
    assertThat(KeyManagerDrift.changedFields(DESIRED, asServerReturnsIt(DESIRED), false)).isEmpty();
  }

  @Test
  void reportsExactlyTheDriftedFields() {
    KeyManager actual = asServerReturnsIt(DESIRED);
    Map<String, Object> props = new LinkedHashMap<>(actual.additionalProperties());
    props.put(FsKeyManagerConnector.ENABLE_ROLES_CREATION, false);
    actual =
        actual.toBuilder()
            .issuer("https://other/oauth2/token")
            .availableGrantTypes("client_credentials")
            .enableTokenGeneration(false)
            .additionalProperties(props)
            .build();

    assertThat(KeyManagerDrift.changedFields(DESIRED, actual, false))
        .containsExactlyInAnyOrder(
            "issuer",
            "availableGrantTypes",
            "additionalProperties." + FsKeyManagerConnector.ENABLE_ROLES_CREATION,
            "enableTokenGeneration");
  }

  @Test
  void maskedSecretCountsOnlyWhenForcedButAPlainDifferentOneCounts() {
    KeyManager masked = asServerReturnsIt(DESIRED);
    assertThat(KeyManagerDrift.changedFields(DESIRED, masked, true))
        .containsExactly("additionalProperties." + FsKeyManagerConnector.PASSWORD);

    Map<String, Object> props = new LinkedHashMap<>(masked.additionalProperties());
    props.put(FsKeyManagerConnector.PASSWORD, "plain-other");
    KeyManager plain = masked.toBuilder().additionalProperties(props).build();
    assertThat(KeyManagerDrift.changedFields(DESIRED, plain, false))
        .containsExactly("additionalProperties." + FsKeyManagerConnector.PASSWORD);
  }

  @Test
  void serverDefaultsForEmptyListsAndServerAssignedNestedIdsAreNoDrift() {
    KeyManager actual =
        asServerReturnsIt(DESIRED).toBuilder()
            .claimMapping(List.of(new ClaimMapping("sub", "http://wso2.org/claims/username")))
            .tokenValidation(
                List.of(
                    new TokenValidation(7, true, "JWT", DESIRED.tokenValidation().get(0).value())))
            .build();
    assertThat(KeyManagerDrift.changedFields(DESIRED, actual, false)).isEmpty();
    assertThat(KeyManagerDrift.merge(actual, DESIRED).claimMapping()).hasSize(1);
  }

  @Test
  void booleansAndStringsCompareByValue() {
    Map<String, Object> props =
        new LinkedHashMap<>(asServerReturnsIt(DESIRED).additionalProperties());
    props.put(FsKeyManagerConnector.ENABLE_ROLES_CREATION, "true");
    KeyManager actual = asServerReturnsIt(DESIRED).toBuilder().additionalProperties(props).build();
    assertThat(KeyManagerDrift.changedFields(DESIRED, actual, false)).isEmpty();
  }

  @Test
  void mergeKeepsServerFieldsAndIdAndLaysDesiredOverThem() {
    KeyManager actual =
        asServerReturnsIt(DESIRED).toBuilder().tokenEndpoint("https://drifted/token").build();

    KeyManager merged = KeyManagerDrift.merge(actual, DESIRED);

    assertThat(merged.id()).isEqualTo("km-1");
    assertThat(merged.alias()).isEqualTo("server-default");
    assertThat(merged.tokenEndpoint()).isEqualTo(DESIRED.tokenEndpoint());
    assertThat(merged.additionalProperties()).containsEntry("self_validate_jwt", true);
    assertThat(merged.fsConnector().password().reveal()).isEqualTo("is-admin-pw");
    assertThat(KeyManagerDrift.changedFields(DESIRED, merged, false)).isEmpty();
  }
}
