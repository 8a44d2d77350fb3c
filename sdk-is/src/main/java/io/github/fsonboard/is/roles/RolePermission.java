package io.github.fsonboard.is.roles;

import io.github.fsonboard.core.error.Validation;

/**
 * A permission of a role: an API resource scope.
 *
 * @param value the scope name, e.g. {@code accounts}
 * @param display the display name, or null
 */
public record RolePermission(String value, String display) {
  /**
   * Validates the members.
   *
   * @throws io.github.fsonboard.core.error.ValidationException naming {@code permissions.value}
   */
  public RolePermission {
    Validation.requireNonBlank(value, "permissions.value");
  }

  /**
   * A permission without a display name.
   *
   * @param scope the scope name
   * @return the permission
   */
  public static RolePermission of(String scope) {
    return new RolePermission(scope, null);
  }
}
