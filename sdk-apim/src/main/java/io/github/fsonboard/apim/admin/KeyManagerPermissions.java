package io.github.fsonboard.apim.admin;

import io.github.fsonboard.apim.internal.Lists;
import java.util.List;

/**
 * Who may use a key manager ({@code permissions} of the KeyManager schema).
 *
 * @param permissionType {@code PUBLIC}, {@code ALLOW} or {@code DENY}
 * @param roles the roles allowed or denied; null or empty for {@code PUBLIC}
 */
public record KeyManagerPermissions(String permissionType, List<String> roles) {

  /** Copies the roles. */
  public KeyManagerPermissions {
    roles = Lists.copy(roles);
  }

  /**
   * Everyone may use the key manager (the seed's "Permission: Public"). Sent as {@code
   * {"permissionType":"PUBLIC"}}, never as {@code null}, which the spec does not allow.
   *
   * @return the public permission
   */
  public static KeyManagerPermissions publicAccess() {
    return new KeyManagerPermissions("PUBLIC", null);
  }
}
