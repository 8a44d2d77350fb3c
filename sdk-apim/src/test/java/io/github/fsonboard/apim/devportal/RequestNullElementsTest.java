package io.github.fsonboard.apim.devportal;

import static io.github.fsonboard.apim.Refusals.assertRefused;

import io.github.fsonboard.core.error.Violation;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The Developer Portal requests name every list holding null with their other problems. */
class RequestNullElementsTest {
  @Test
  void keyGenerationNamesEveryListHoldingNullWithTheOtherProblems() {
    KeyGenerationRequest.Builder b =
        KeyGenerationRequest.builder()
            .keyType(KeyType.PRODUCTION)
            .grantTypes("client_credentials", null)
            .scopes((String) null);

    assertRefused(
        b::build,
        new Violation(
            "keyManager", "is required (name or id; empty would select the Resident Key Manager)"),
        new Violation("grantTypesToBeSupported", "must not contain null (index 1)"),
        new Violation("scopes", "must not contain null (index 0)"));
  }

  @Test
  void keyUpdateNamesANullGrantType() {
    KeyUpdateRequest r =
        new KeyUpdateRequest("map-1", "FSKM", KeyType.PRODUCTION, null, null, null)
            .withGrantTypes(null, "client_credentials");

    assertRefused(
        r::validate, new Violation("supportedGrantTypes", "must not contain null (index 0)"));
  }

  @Test
  void applicationNamesANullGroupWithTheMissingName() {
    ApplicationRequest.Builder b =
        ApplicationRequest.builder().throttlingPolicy("Unlimited").groups(Arrays.asList("g", null));

    assertRefused(
        b::build,
        new Violation("name", "is required"),
        new Violation("groups", "must not contain null (index 1)"));
  }
}
