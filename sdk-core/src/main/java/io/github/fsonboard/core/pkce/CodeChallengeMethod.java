package io.github.fsonboard.core.pkce;

/**
 * How a PKCE code challenge is derived from the verifier (RFC 7636 §4.2).
 *
 * <p>Use {@link #S256}. {@link #PLAIN} sends the verifier itself as the challenge; Identity Server
 * accepts it only when the application enables {@code ext_pkce_support_plain}, and it gives no
 * protection if the authorization request leaks.
 */
public enum CodeChallengeMethod {
  /** {@code BASE64URL(SHA-256(ASCII(verifier)))}, unpadded: always 43 characters. */
  S256("S256"),
  /** The challenge is the verifier. Only on explicit request. */
  PLAIN("plain");

  private final String value;

  CodeChallengeMethod(String value) {
    this.value = value;
  }

  /**
   * Returns the value of the {@code code_challenge_method} parameter.
   *
   * @return {@code "S256"} or {@code "plain"}
   */
  public String value() {
    return value;
  }
}
