package io.github.fsonboard.is.apiresources;

import java.util.List;
import java.util.Map;

/**
 * An API resource as the server returned it. List responses carry no scopes; {@link
 * ApiResourcesClient#findById} does.
 *
 * @param id {@code id}
 * @param name {@code name}
 * @param identifier {@code identifier}
 * @param description {@code description}, or null
 * @param type {@code type}, e.g. {@code BUSINESS} or {@code SYSTEM}
 * @param requiresAuthorization {@code requiresAuthorization}, or null
 * @param scopes {@code scopes}
 * @param attributes the whole resource, as decoded JSON values
 */
public record ApiResource(
    String id,
    String name,
    String identifier,
    String description,
    String type,
    Boolean requiresAuthorization,
    List<ApiResourceScope> scopes,
    Map<String, Object> attributes) {
  /** Copies the collections. */
  public ApiResource {
    scopes = scopes == null ? List.of() : List.copyOf(scopes);
    attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
  }
}
