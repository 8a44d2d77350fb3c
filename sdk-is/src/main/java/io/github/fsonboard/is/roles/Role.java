package io.github.fsonboard.is.roles;

import java.util.List;
import java.util.Map;

/**
 * A role as SCIM Roles v2 returned it.
 *
 * @param id {@code id}
 * @param displayName {@code displayName}
 * @param audience {@code audience}, or null when not returned
 * @param permissions {@code permissions}
 * @param userIds {@code users[].value}
 * @param attributes the whole resource, as decoded JSON values
 */
public record Role(
    String id,
    String displayName,
    RoleAudience audience,
    List<RolePermission> permissions,
    List<String> userIds,
    Map<String, Object> attributes) {

  /** Copies the collections. */
  public Role {
    permissions = permissions == null ? List.of() : List.copyOf(permissions);
    userIds = userIds == null ? List.of() : List.copyOf(userIds);
    attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
  }
}
