package io.github.fsonboard.is.scim;

import java.util.List;
import java.util.Map;

/**
 * A SCIM 2.0 user (RFC 7643 §4.1) as WSO2 IS returned it.
 *
 * @param id {@code id}
 * @param userName {@code userName} (WSO2 may prefix a user-store domain, e.g. {@code
 *     PRIMARY/alice})
 * @param givenName {@code name.givenName}, or null
 * @param familyName {@code name.familyName}, or null
 * @param emails the {@code emails[].value}s
 * @param roles the {@code roles[].display}s, when the server listed them
 * @param attributes the whole resource, as decoded JSON values
 */
public record ScimUser(
    String id,
    String userName,
    String givenName,
    String familyName,
    List<String> emails,
    List<String> roles,
    Map<String, Object> attributes) {

  /** Copies the collections. */
  public ScimUser {
    emails = emails == null ? List.of() : List.copyOf(emails);
    roles = roles == null ? List.of() : List.copyOf(roles);
    attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
  }
}
