package io.github.fsonboard.is.userinfo;

import java.util.Map;
import java.util.Optional;

/**
 * The claims an OpenID Connect UserInfo endpoint returned (OpenID Connect Core §5.3.2).
 *
 * @param subject {@code sub}
 * @param claims every claim, as decoded JSON values (including {@code sub})
 */
public record UserInfo(String subject, Map<String, Object> claims) {
  /** Copies the map. */
  public UserInfo {
    claims = claims == null ? Map.of() : Map.copyOf(claims);
  }

  /**
   * Returns a string claim.
   *
   * @param name e.g. {@code email}
   * @return the value, if present and a string
   */
  public Optional<String> claim(String name) {
    return claims.get(name) instanceof String s ? Optional.of(s) : Optional.empty();
  }
}
