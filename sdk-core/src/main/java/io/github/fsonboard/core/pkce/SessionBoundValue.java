package io.github.fsonboard.core.pkce;

/**
 * What {@link State} and {@link Nonce} share: a random or caller-kept value that binds a response
 * to the session that started it, compared in constant time and never shown by {@code toString}.
 */
abstract sealed class SessionBoundValue permits State, Nonce {
  private final String value;

  SessionBoundValue(String value) {
    this.value = value;
  }

  /**
   * Returns the value to send in the authorization request.
   *
   * @return the value
   */
  public final String value() {
    return value;
  }

  /**
   * Compares a received value with this one in constant time.
   *
   * @param received the value that came back, possibly null
   * @return true when equal
   */
  public final boolean matches(String received) {
    return RandomValues.constantTimeEquals(value, received);
  }

  @Override
  public final boolean equals(Object o) {
    return o != null
        && o.getClass() == getClass()
        && RandomValues.constantTimeEquals(value, ((SessionBoundValue) o).value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /** Shows only the length: the value guards a session. */
  @Override
  public final String toString() {
    return getClass().getSimpleName() + "[length=" + value.length() + "]";
  }
}
