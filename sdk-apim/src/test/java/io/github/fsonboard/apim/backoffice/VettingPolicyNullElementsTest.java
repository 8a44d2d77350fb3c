package io.github.fsonboard.apim.backoffice;

import static io.github.fsonboard.apim.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fsonboard.core.cert.Psd2Role;
import io.github.fsonboard.core.error.Violation;
import org.junit.jupiter.api.Test;

/** The policy builder names every null it was given at build(), never throws from a setter. */
class VettingPolicyNullElementsTest {
  @Test
  void everyNullIsNamedAtOnce() {
    VettingPolicy.Builder b =
        VettingPolicy.builder()
            .api("accounts", Psd2Role.PSP_AI, null)
            .api("payments", (Psd2Role[]) null)
            .acceptedNcas("GB-FCA", null)
            .trustAnchors(null)
            .requiredClaims((String[]) null)
            .revocation(null);

    assertRefused(
        b::build,
        new Violation("revocation", "is required"),
        new Violation("api.accounts.roles", "must not contain null (index 1)"),
        new Violation("api.payments.roles", "must not contain null (index 0)"),
        new Violation("acceptedNcas", "must not contain null (index 1)"),
        new Violation("trustAnchors", "must not contain null (index 0)"),
        new Violation("requiredClaims", "must not contain null (index 0)"));
  }

  @Test
  void aRoleNamedTwiceIsNeededOnce() {
    VettingPolicy p =
        VettingPolicy.builder().api("accounts", Psd2Role.PSP_AI, Psd2Role.PSP_AI).build();

    assertThat(p.apiRoles().get("accounts")).containsExactly(Psd2Role.PSP_AI);
  }
}
