package io.github.fsonboard.core.pkce;

import io.github.fsonboard.core.error.ValidationException;

/**
 * The OAuth 2.0 {@code state} value that binds an authorization response to the browser session
 * that started it (RFC 6749 §10.12). Keep it in the session, send it in the authorization request,
 * and give it to {@link AuthorizationCallback#code(State)}, which compares it in constant time.
 *
 * <pre>{@code
 * State state = State.generate();
 * session.put("state", state.value());
 * // later
 * State expected = State.of(session.get("state"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class State extends SessionBoundValue {
  private State(String value) {
    super(value);
  }

  /**
   * Generates a value from 256 bits of {@link java.security.SecureRandom} output.
   *
   * @return a fresh value of 43 base64url characters
   */
  public static State generate() {
    return new State(RandomValues.token());
  }

  /**
   * Wraps a value kept by the caller.
   *
   * @param value 1–512 printable ASCII characters
   * @return the value
   * @throws ValidationException naming {@code state} when the value is missing or malformed
   */
  public static State of(String value) {
    if (value == null || !RandomValues.isVisibleAscii(value)) {
      throw new ValidationException("state", "must be 1-512 printable ASCII characters");
    }
    return new State(value);
  }
}
