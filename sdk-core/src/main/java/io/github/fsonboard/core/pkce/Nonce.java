package io.github.fsonboard.core.pkce;

import io.github.fsonboard.core.error.ValidationException;

/**
 * The OpenID Connect {@code nonce} value that binds an ID token to the session that requested it.
 * Keep it in the session, send it in the authorization request, and compare it with the ID token's
 * {@code nonce} claim with {@link #matches(String)}.
 *
 * <pre>{@code
 * Nonce nonce = Nonce.generate();
 * session.put("nonce", nonce.value());
 * // later
 * Nonce expected = Nonce.of(session.get("nonce"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Nonce extends SessionBoundValue {
  private Nonce(String value) {
    super(value);
  }

  /**
   * Generates a value from 256 bits of {@link java.security.SecureRandom} output.
   *
   * @return a fresh value of 43 base64url characters
   */
  public static Nonce generate() {
    return new Nonce(RandomValues.token());
  }

  /**
   * Wraps a value kept by the caller.
   *
   * @param value 1–512 printable ASCII characters
   * @return the value
   * @throws ValidationException naming {@code nonce} when the value is missing or malformed
   */
  public static Nonce of(String value) {
    if (value == null || !RandomValues.isVisibleAscii(value)) {
      throw new ValidationException("nonce", "must be 1-512 printable ASCII characters");
    }
    return new Nonce(value);
  }
}
