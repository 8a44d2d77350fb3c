package io.github.fsonboard.is.roles;

import io.github.fsonboard.core.auth.Authentication;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.http.BaseUrl;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.internal.http.Calls;
import io.github.fsonboard.core.internal.http.HttpEngine;
import io.github.fsonboard.core.paging.Page;
import io.github.fsonboard.is.internal.Bodies;
import io.github.fsonboard.is.internal.scim.Scim;
import io.github.fsonboard.is.internal.scim.ScimResources;
import io.github.fsonboard.is.internal.scim.ScimService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * WSO2 IS Roles v2 ({@code /scim2/v2/Roles}, {@code application/scim+json}). Needs scopes {@code
 * internal_role_mgt_*}, plus {@code internal_role_mgt_permissions_update} / {@code _users_update}
 * for patches that change permissions / users.
 *
 * <pre>{@code
 * Role r = is.roles().create(new NewRole("accounts-reader", RoleAudience.application(appId),
 *     List.of(RolePermission.of("accounts")), List.of()));
 * is.roles().addUsers(r.id(), List.of(userId));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class RolesClient {
  private final ScimService api;
  private final ScimResources<Role> resources;

  /**
   * Creates a client.
   *
   * @param transport the transport
   * @param baseUrl the server
   * @param authentication admin credentials
   */
  public RolesClient(HttpTransport transport, BaseUrl baseUrl, Authentication authentication) {
    this.api = HttpEngine.of(transport).service(baseUrl, authentication, ScimService.class);
    this.resources =
        new ScimResources<>("SCIM roles", api::getRole, api::listRoles, RoleMapper::fromJson);
  }

  /**
   * Creates a role.
   *
   * @param role the role
   * @return the created role
   * @throws io.github.fsonboard.core.error.ConflictException when the name exists in the audience
   */
  public Role create(NewRole role) {
    Validation.requireNonNull(role, "role");
    return RoleMapper.fromJson(Calls.execute(api.createRole(RoleMapper.toJson(role))));
  }

  /**
   * Reads a role.
   *
   * @param id the role id
   * @return the role, or empty on 404
   */
  public Optional<Role> find(String id) {
    return resources.find(id);
  }

  /**
   * Lists one page.
   *
   * @param filter a SCIM filter (e.g. {@code displayName eq "x"}), or null
   * @param startIndex 1-based index
   * @param count page size
   * @return the page; {@link Page#next()} is the next 1-based start index
   */
  public Page<Role> list(String filter, int startIndex, int count) {
    return resources.list(filter, startIndex, count);
  }

  /**
   * Streams every matching role, fetching pages lazily.
   *
   * @param filter a SCIM filter, or null
   * @return the roles
   */
  public Stream<Role> stream(String filter) {
    return resources.stream(filter);
  }

  /**
   * Finds roles by display name (one name may exist once per audience).
   *
   * @param displayName the exact name
   * @return the matching roles
   */
  public List<Role> listByDisplayName(String displayName) {
    Validation.requireNonBlank(displayName, "displayName");
    // Keep only true matches: a server that ignores the filter must not make this hold every role.
    return stream(Scim.eq("displayName", displayName))
        .filter(r -> displayName.equals(r.displayName()))
        .toList();
  }

  /**
   * Adds permissions (PatchOp {@code add} on {@code permissions}).
   *
   * @param id the role id
   * @param permissions the permissions to add
   */
  public void addPermissions(String id, List<RolePermission> permissions) {
    requireNonEmpty(permissions, "permissions");
    patch(id, RoleMapper.patch("add", "permissions", RoleMapper.permissions(permissions)));
  }

  /**
   * Removes permissions (PatchOp {@code remove} with {@code permissions[value eq "x"]}).
   *
   * @param id the role id
   * @param scopes the scope names to remove
   */
  public void removePermissions(String id, List<String> scopes) {
    requireNonEmpty(scopes, "permissions");
    patch(id, removals("permissions", scopes));
  }

  /**
   * Assigns users (PatchOp {@code add} on {@code users}).
   *
   * @param id the role id
   * @param userIds the SCIM user ids
   */
  public void addUsers(String id, List<String> userIds) {
    requireNonEmpty(userIds, "users");
    patch(id, RoleMapper.patch("add", "users", RoleMapper.values(userIds)));
  }

  /**
   * Unassigns users (PatchOp {@code remove} with {@code users[value eq "id"]}).
   *
   * @param id the role id
   * @param userIds the SCIM user ids
   */
  public void removeUsers(String id, List<String> userIds) {
    requireNonEmpty(userIds, "users");
    patch(id, removals("users", userIds));
  }

  /**
   * Deletes a role.
   *
   * @param id the role id
   */
  public void delete(String id) {
    Calls.execute(api.deleteRole(Scim.id(id, "id")));
  }

  private void patch(String id, Map<String, Object> message) {
    Bodies.discard(Calls.execute(api.patchRole(Scim.id(id, "id"), message)));
  }

  private static Map<String, Object> removals(String attribute, List<String> values) {
    List<Map<String, Object>> ops = new ArrayList<>();
    for (String v : values) {
      ops.add(Map.of("op", "remove", "path", attribute + "[" + Scim.eq("value", v) + "]"));
    }
    return RoleMapper.patch(ops);
  }

  private static void requireNonEmpty(List<?> list, String field) {
    if (list == null || list.isEmpty()) {
      throw new io.github.fsonboard.core.error.ValidationException(field, "must not be empty");
    }
  }
}
