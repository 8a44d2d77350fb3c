package io.github.fsonboard.core.pkce;

/**
 * A verifier and its challenge, created together for one authorization request.
 *
 * <pre>{@code
 * Pkce pkce = Pkce.s256();
 * builder.codeChallenge(pkce.challenge());          // authorization request
 * tokenClient.exchange(code, pkce.verifier().asSecret()); // token request
 * }</pre>
 *
 * @param verifier the secret verifier, kept by the client
 * @param challenge the challenge derived from it, sent in the authorization request
 */
public record Pkce(CodeVerifier verifier, CodeChallenge challenge) {
  /**
   * Checks that the challenge belongs to the verifier.
   *
   * @param verifier the {@code verifier} component
   * @param challenge the {@code challenge} component
   * @throws io.github.fsonboard.core.error.ValidationException naming {@code code_challenge} when
   *     it was not derived from {@code verifier}
   */
  public Pkce {
    if (verifier == null) {
      throw new io.github.fsonboard.core.error.ValidationException("code_verifier", "is required");
    }
    if (challenge == null || !verifier.matches(challenge)) {
      throw new io.github.fsonboard.core.error.ValidationException(
          "code_challenge", "was not derived from the code verifier");
    }
  }

  /**
   * Generates a 256-bit verifier and its S256 challenge: the recommended choice.
   *
   * @return a fresh pair
   */
  public static Pkce s256() {
    CodeVerifier verifier = CodeVerifier.generate();
    return new Pkce(verifier, verifier.challenge(CodeChallengeMethod.S256));
  }

  /**
   * Generates a verifier and a challenge with the given method.
   *
   * @param method {@link CodeChallengeMethod#PLAIN} only if the server allows nothing better
   * @return a fresh pair
   * @throws io.github.fsonboard.core.error.ValidationException when {@code method} is null
   */
  public static Pkce generate(CodeChallengeMethod method) {
    CodeVerifier verifier = CodeVerifier.generate();
    return new Pkce(verifier, verifier.challenge(method));
  }
}
