package io.github.fsonboard.core.cert;

import io.github.fsonboard.core.error.FsOnboardException;

/**
 * A JWT was refused by {@link JwtValidator}: malformed, unsigned, signed with a refused algorithm
 * or an unknown key, bad signature, wrong issuer or audience, expired, or not yet valid. The
 * message says why and never contains the token.
 *
 * <p>Not a {@link io.github.fsonboard.core.error.ValidationException}: that one means the caller's
 * input was refused before any HTTP call, while a token is refused after checking it against keys
 * that may have been fetched, and a server or TPP usually issued it.
 */
public class InvalidJwtException extends FsOnboardException {
  private static final long serialVersionUID = 1L;

  /** Why the token was refused. */
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param reason why the token was refused
   */
  public InvalidJwtException(String reason) {
    super("Invalid JWT: " + reason);
    this.reason = reason;
  }

  /**
   * Returns why the token was refused.
   *
   * @return the reason, without the token
   */
  public String reason() {
    return reason;
  }
}
