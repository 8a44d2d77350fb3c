package io.github.fsonboard.is.apiresources;

import io.github.fsonboard.core.error.Validation;

/**
 * A scope of an API resource.
 *
 * @param name {@code name}, e.g. {@code accounts}
 * @param displayName {@code displayName}, or null (defaults to the name when sent)
 * @param description {@code description}, or null
 * @param id {@code id} as the server assigned it; null in requests
 */
public record ApiResourceScope(String name, String displayName, String description, String id) {
  /**
   * Validates the name.
   *
   * @throws io.github.fsonboard.core.error.ValidationException naming {@code scopes.name}
   */
  public ApiResourceScope {
    Validation.requireNonBlank(name, "scopes.name");
  }

  /**
   * A scope to create.
   *
   * @param name the name
   * @param displayName the display name
   * @return the scope
   */
  public static ApiResourceScope of(String name, String displayName) {
    return new ApiResourceScope(name, displayName, null, null);
  }
}
