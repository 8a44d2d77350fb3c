package io.github.fsonboard.apim.fsdcr;

import static io.github.fsonboard.apim.Refusals.assertRefused;

import io.github.fsonboard.core.error.Violation;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A null element of a list setting is named at build() with the other problems. */
class RegistrationRequestNullElementsTest {
  @Test
  void everyListHoldingNullIsNamedWithTheMissingValues() throws Exception {
    RegistrationRequest.Builder b =
        FsDcrClientTest.request(Map.of())
            .audience(null)
            .redirectUris("https://tpp.example.com/cb", null)
            .grantTypes((String) null)
            .responseTypes(null, "code id_token")
            .scopes("accounts", null);

    assertRefused(
        b::build,
        new Violation("aud", "is required"),
        new Violation("redirect_uris", "must not contain null (index 1)"),
        new Violation("grant_types", "must not contain null (index 0)"),
        new Violation("response_types", "must not contain null (index 0)"),
        new Violation("scope", "must not contain null (index 1)"));
  }

  @Test
  void aNullArrayIsAMissingList() throws Exception {
    assertRefused(
        () -> FsDcrClientTest.request(Map.of()).scopes((String[]) null).build(),
        new Violation("scope", "is required"));
  }
}
