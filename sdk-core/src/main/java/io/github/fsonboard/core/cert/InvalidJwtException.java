package io.github.fsonboard.core.cert;

import io.github.fsonboard.core.error.ValidationException;

/**
 * A JWT was refused by {@link JwtValidator}: malformed, unsigned, signed with a refused algorithm
 * or an unknown key, bad signature, wrong issuer or audience, expired, or not yet valid. The field
 * is always {@code jwt}; the message says why and never contains the token.
 */
public class InvalidJwtException extends ValidationException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param reason why the token was refused
   */
  public InvalidJwtException(String reason) {
    super("jwt", reason);
  }
}
