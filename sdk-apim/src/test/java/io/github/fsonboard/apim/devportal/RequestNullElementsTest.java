package io.github.fsonboard.apim.devportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.error.ValidationException;
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

    assertThatThrownBy(b::build)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly("keyManager", "grantTypesToBeSupported", "scopes"));
  }

  @Test
  void keyUpdateNamesANullGrantType() {
    KeyUpdateRequest r =
        new KeyUpdateRequest("map-1", "FSKM", KeyType.PRODUCTION, null, null, null)
            .withGrantTypes(null, "client_credentials");

    assertThatThrownBy(r::validate)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        new Violation("supportedGrantTypes", "must not contain null (index 0)")));
  }

  @Test
  void applicationNamesANullGroupWithTheMissingName() {
    ApplicationRequest.Builder b =
        ApplicationRequest.builder().throttlingPolicy("Unlimited").groups(Arrays.asList("g", null));

    assertThatThrownBy(b::build)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        new Violation("name", "is required"),
                        new Violation("groups", "must not contain null (index 1)")));
  }
}
