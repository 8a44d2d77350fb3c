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
public final class State {
  private final String value;

  private State(String value) {
    this.value = value;
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

  /**
   * Returns the value to send in the authorization request.
   *
   * @return the value
   */
  public String value() {
    return value;
  }

  /**
   * Compares a received value with this one in constant time.
   *
   * @param received the value that came back, possibly null
   * @return true when equal
   */
  public boolean matches(String received) {
    return RandomValues.constantTimeEquals(value, received);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof State other && RandomValues.constantTimeEquals(value, other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Shows only the length: the value guards a session. */
  @Override
  public String toString() {
    return "State[length=" + value.length() + "]";
  }
}
