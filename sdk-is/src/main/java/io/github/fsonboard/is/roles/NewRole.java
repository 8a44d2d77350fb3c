package io.github.fsonboard.is.roles;

import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.internal.builder.Elements;
import java.util.List;

/**
 * A role to create through SCIM Roles v2.
 *
 * <pre>{@code
 * new NewRole("accounts-reader", RoleAudience.application(appId),
 *     List.of(RolePermission.of("accounts")), List.of(userId));
 * }</pre>
 *
 * @param displayName {@code displayName}
 * @param audience {@code audience}, or null for the server's default (the organization)
 * @param permissions {@code permissions}
 * @param userIds {@code users[].value}
 */
public record NewRole(
    String displayName,
    RoleAudience audience,
    List<RolePermission> permissions,
    List<String> userIds) {

  /**
   * Validates and copies the members.
   *
   * @throws io.github.fsonboard.core.error.ValidationException naming {@code displayName} when
   *     blank, and {@code permissions} and {@code userIds} when they hold {@code null}
   */
  public NewRole {
    Validation v =
        new Validation()
            .require(
                displayName != null && !displayName.isBlank(),
                "displayName",
                "is required and must not be blank");
    Elements.requireNoNull(v, "permissions", permissions);
    Elements.requireNoNull(v, "userIds", userIds);
    v.throwIfInvalid();
    permissions = permissions == null ? List.of() : List.copyOf(permissions);
    userIds = userIds == null ? List.of() : List.copyOf(userIds);
  }
}
