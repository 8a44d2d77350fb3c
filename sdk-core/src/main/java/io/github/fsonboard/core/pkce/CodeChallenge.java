package io.github.fsonboard.core.pkce;

import io.github.fsonboard.core.error.ValidationException;

/**
 * A PKCE code challenge, sent in the authorization request as {@code code_challenge} and {@code
 * code_challenge_method}. Not secret: it travels through the user agent.
 *
 * @param value the {@code code_challenge} parameter
 * @param method the {@code code_challenge_method} parameter
 */
public record CodeChallenge(String value, CodeChallengeMethod method) {
  /**
   * Validates the components.
   *
   * @param value the {@code value} component
   * @param method the {@code method} component
   * @throws ValidationException naming {@code code_challenge} when the value is not 43–128
   *     unreserved characters (exactly 43 for S256)
   */
  public CodeChallenge {
    if (method == null) {
      throw new ValidationException("code_challenge_method", "is required");
    }
    if (value == null || !CodeVerifier.isWellFormed(value)) {
      throw new ValidationException(
          "code_challenge", "must be 43-128 characters of [A-Za-z0-9-._~]");
    }
    if (method == CodeChallengeMethod.S256 && value.length() != 43) {
      throw new ValidationException(
          "code_challenge", "an S256 challenge is exactly 43 base64url characters");
    }
  }
}
