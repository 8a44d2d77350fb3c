package io.github.fsonboard.is.roles;

import io.github.fsonboard.is.internal.Json;
import io.github.fsonboard.is.internal.scim.Scim;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Maps SCIM Roles v2 resources and PatchOp messages. */
final class RoleMapper {
  private static final String ROLE_SCHEMA = "urn:ietf:params:scim:schemas:extension:2.0:Role";

  private RoleMapper() {}

  /**
   * Builds the create body.
   *
   * @param r the role
   * @return the JSON members
   */
  public static Map<String, Object> toJson(NewRole r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("schemas", List.of(ROLE_SCHEMA));
    m.put("displayName", r.displayName());
    if (r.audience() != null) {
      m.put("audience", Map.of("value", r.audience().value(), "type", r.audience().type()));
    }
    if (!r.userIds().isEmpty()) {
      m.put("users", values(r.userIds()));
    }
    if (!r.permissions().isEmpty()) {
      m.put("permissions", permissions(r.permissions()));
    }
    return m;
  }

  /**
   * Builds a one-operation PatchOp message.
   *
   * @param op {@code add}, {@code remove} or {@code replace}
   * @param path the attribute path
   * @param value the value, or null (for a remove by path filter)
   * @return the message
   */
  public static Map<String, Object> patch(String op, String path, Object value) {
    Map<String, Object> operation = new LinkedHashMap<>();
    operation.put("op", op);
    operation.put("path", path);
    if (value != null) {
      operation.put("value", value);
    }
    return patch(List.of(operation));
  }

  /**
   * Builds a PatchOp message.
   *
   * @param operations the operations
   * @return the message
   */
  public static Map<String, Object> patch(List<Map<String, Object>> operations) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("schemas", List.of(Scim.PATCH_OP));
    m.put("Operations", operations);
    return m;
  }

  /**
   * Builds {@code [{"value": id}, ...]}.
   *
   * @param ids the ids
   * @return the list
   */
  public static List<Map<String, Object>> values(List<String> ids) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (String id : ids) {
      out.add(Map.of("value", id));
    }
    return out;
  }

  /**
   * Builds {@code [{"value": scope, "display": name}, ...]}.
   *
   * @param permissions the permissions
   * @return the list
   */
  public static List<Map<String, Object>> permissions(List<RolePermission> permissions) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (RolePermission p : permissions) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("value", p.value());
      if (p.display() != null) {
        e.put("display", p.display());
      }
      out.add(e);
    }
    return out;
  }

  /**
   * Maps a role resource.
   *
   * @param json the decoded resource
   * @return the role
   */
  public static Role fromJson(Map<String, Object> json) {
    Map<String, Object> aud = Json.object(json, "audience");
    RoleAudience audience = null;
    String type = Json.str(aud, "type");
    if (Json.str(aud, "value") != null
        && (RoleAudience.APPLICATION.equals(type) || RoleAudience.ORGANIZATION.equals(type))) {
      audience = new RoleAudience(Json.str(aud, "value"), type);
    }
    List<RolePermission> permissions = new ArrayList<>();
    for (Map<String, Object> p : Json.objects(json, "permissions")) {
      if (Json.str(p, "value") != null) {
        permissions.add(new RolePermission(Json.str(p, "value"), Json.str(p, "display")));
      }
    }
    List<String> users = new ArrayList<>();
    for (Map<String, Object> u : Json.objects(json, "users")) {
      if (Json.str(u, "value") != null) {
        users.add(Json.str(u, "value"));
      }
    }
    return new Role(
        Json.str(json, "id"),
        Json.str(json, "displayName"),
        audience,
        permissions,
        users,
        Json.rest(json, Set.of()));
  }
}
