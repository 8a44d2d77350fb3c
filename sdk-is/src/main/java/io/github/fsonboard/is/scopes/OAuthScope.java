package io.github.fsonboard.is.scopes;

import io.github.fsonboard.core.error.Validation;
import java.util.List;

/**
 * An OAuth2 scope of the legacy scopes API, optionally bound to roles.
 *
 * @param name {@code name}
 * @param displayName {@code displayName}
 * @param description {@code description}, or null
 * @param bindings {@code bindings} (role names)
 */
public record OAuthScope(
    String name, String displayName, String description, List<String> bindings) {
  /**
   * Validates and copies the members.
   *
   * @throws io.github.fsonboard.core.error.ValidationException naming {@code name} or {@code
   *     displayName}
   */
  public OAuthScope {
    new Validation()
        .require(name != null && !name.isBlank(), "name", "is required")
        .require(name == null || !name.contains(" "), "name", "must not contain spaces")
        .require(displayName != null && !displayName.isBlank(), "displayName", "is required")
        .throwIfInvalid();
    bindings = bindings == null ? List.of() : List.copyOf(bindings);
  }
}
