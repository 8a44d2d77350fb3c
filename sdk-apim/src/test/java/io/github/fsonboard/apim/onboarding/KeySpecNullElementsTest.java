package io.github.fsonboard.apim.onboarding;

import static io.github.fsonboard.apim.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fsonboard.apim.devportal.KeyType;
import io.github.fsonboard.core.error.Violation;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A key spec names every list holding null at build(), never throws from a setter. */
class KeySpecNullElementsTest {
  @Test
  void everyListHoldingNullIsNamedAtOnce() {
    KeySpec.Builder b =
        KeySpec.builder(KeyType.PRODUCTION)
            .grantTypes(Arrays.asList("client_credentials", null))
            .scopes(null, "accounts");

    assertRefused(
        b::build,
        new Violation("grantTypes", "must not contain null (index 1)"),
        new Violation("scopes", "must not contain null (index 0)"));
  }

  @Test
  void aNullArrayLeavesTheDefault() {
    KeySpec spec =
        KeySpec.builder(KeyType.PRODUCTION)
            .grantTypes((String[]) null)
            .scopes((String[]) null)
            .build();

    assertThat(spec.grantTypes()).isEmpty();
    assertThat(spec.scopes()).containsExactly("default");
  }
}
