package io.github.fsonboard.is.dcr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.error.Violation;
import org.junit.jupiter.api.Test;

/** A null redirect URI or grant type is named at build() with the other problems. */
class ClientRegistrationRequestNullElementsTest {
  @Test
  void everyListHoldingNullIsNamedWithTheOtherProblems() {
    ClientRegistrationRequest.Builder b =
        ClientRegistrationRequest.builder()
            .redirectUris("https://tpp.example/cb", null)
            .grantTypes(null, "authorization_code");

    assertThatThrownBy(b::build)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        new Violation("redirect_uris", "must not contain null (index 1)"),
                        new Violation("grant_types", "must not contain null (index 0)"),
                        new Violation("client_name", "is required")));
  }

  @Test
  void aNullArrayLeavesTheListEmpty() {
    ClientRegistrationRequest r =
        ClientRegistrationRequest.builder()
            .clientName("tpp")
            .grantTypes("client_credentials")
            .redirectUris((String[]) null)
            .build();

    assertThat(r.redirectUris()).isEmpty();
  }
}
