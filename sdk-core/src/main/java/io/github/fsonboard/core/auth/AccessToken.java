package io.github.fsonboard.core.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A bearer access token with its expiry. {@code toString} shows the expiry and scopes, never the
 * token.
 *
 * @param value the token
 * @param tokenType usually {@code "Bearer"}
 * @param expiresAt when it expires, computed from the time the token request was sent; null when
 *     the server gave no lifetime
 * @param scopes the granted scopes; empty when the server did not say
 */
public record AccessToken(Secret value, String tokenType, Instant expiresAt, Set<String> scopes) {

  /** Validates and copies the components. */
  public AccessToken {
    Objects.requireNonNull(value, "value");
    tokenType = tokenType == null || tokenType.isBlank() ? "Bearer" : tokenType;
    scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
  }

  /**
   * Tells whether the token can still be used at {@code now}, leaving {@code margin} before its
   * expiry.
   *
   * @param now the current time
   * @param margin how long before expiry the token counts as expired
   * @return true when usable
   */
  public boolean isUsableAt(Instant now, Duration margin) {
    return expiresAt == null || now.plus(margin).isBefore(expiresAt);
  }

  /**
   * Returns the {@code Authorization} header value, e.g. {@code "Bearer eyJ..."}.
   *
   * @return the header value; never log it
   */
  public String authorizationHeader() {
    String type = tokenType.equalsIgnoreCase("bearer") ? "Bearer" : tokenType;
    return type + " " + value.reveal();
  }
}
