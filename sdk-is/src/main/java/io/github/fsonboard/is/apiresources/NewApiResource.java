package io.github.fsonboard.is.apiresources;

import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.internal.builder.Elements;
import java.util.List;

/**
 * An API resource to create.
 *
 * @param name {@code name}
 * @param identifier {@code identifier} (unique; usually the API's base URL or audience)
 * @param description {@code description}, or null
 * @param requiresAuthorization {@code requiresAuthorization}, or null for the server default
 * @param scopes {@code scopes}
 */
public record NewApiResource(
    String name,
    String identifier,
    String description,
    Boolean requiresAuthorization,
    List<ApiResourceScope> scopes) {
  /**
   * Validates and copies the members.
   *
   * @throws io.github.fsonboard.core.error.ValidationException naming {@code name} or {@code
   *     identifier}, and {@code scopes} when it holds {@code null}
   */
  public NewApiResource {
    Validation v =
        new Validation()
            .require(name != null && !name.isBlank(), "name", "is required")
            .require(identifier != null && !identifier.isBlank(), "identifier", "is required");
    Elements.requireNoNull(v, "scopes", scopes);
    v.throwIfInvalid();
    scopes = scopes == null ? List.of() : List.copyOf(scopes);
  }
}
