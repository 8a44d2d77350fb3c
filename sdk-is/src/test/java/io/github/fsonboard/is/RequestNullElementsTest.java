package io.github.fsonboard.is;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.error.Violation;
import io.github.fsonboard.is.apiresources.ApiResourceScope;
import io.github.fsonboard.is.apiresources.NewApiResource;
import io.github.fsonboard.is.applications.ApiAuthorization;
import io.github.fsonboard.is.roles.NewRole;
import io.github.fsonboard.is.roles.RolePermission;
import io.github.fsonboard.is.scim.NewUser;
import java.util.Arrays;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The IS request records name a list holding null with their other problems. */
class RequestNullElementsTest {
  @Test
  void apiResourceNamesANullScopeWithTheMissingName() {
    refused(
        () ->
            new NewApiResource(
                null,
                "accounts_api",
                null,
                true,
                Arrays.asList(ApiResourceScope.of("accounts", "Accounts"), null)),
        new Violation("name", "is required"),
        new Violation("scopes", "must not contain null (index 1)"));
  }

  @Test
  void userNamesANullEmailWithTheMissingPassword() {
    refused(
        () -> new NewUser("tpp", null, null, null, Arrays.asList((String) null), null),
        new Violation("password", "is required"),
        new Violation("emails", "must not contain null (index 0)"));
  }

  @Test
  void roleNamesEveryListHoldingNull() {
    refused(
        () ->
            new NewRole(
                "reader",
                null,
                Arrays.asList(RolePermission.of("accounts"), null),
                Arrays.asList(null, "u1")),
        new Violation("permissions", "must not contain null (index 1)"),
        new Violation("userIds", "must not contain null (index 0)"));
  }

  @Test
  void apiAuthorizationNamesANullScope() {
    refused(
        () -> ApiAuthorization.rbac("res-1", Arrays.asList("accounts", null)),
        new Violation("scopes", "must not contain null (index 1)"));
  }

  @Test
  void listsWithoutNullAreCopied() {
    NewUser user =
        new NewUser("tpp", Secret.of("pw"), null, null, Arrays.asList("tpp@example.com"), null);

    assertThat(user.emails()).containsExactly("tpp@example.com");
  }

  private static void refused(ThrowingCallable call, Violation... expected) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.violations()).containsExactly(expected));
  }
}
