package io.github.fsonboard.core.pkce;

import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.internal.uri.UriCodec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * A PKCE code verifier (RFC 7636 §4.1): a high-entropy secret the client keeps until it exchanges
 * the authorization code. {@link #toString()} never shows it.
 *
 * <pre>{@code
 * CodeVerifier verifier = CodeVerifier.generate();           // 256 bits, 43 characters
 * CodeChallenge challenge = verifier.challenge(CodeChallengeMethod.S256);
 * // authorization request carries challenge; token request carries verifier.asSecret()
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CodeVerifier {
  /** Shortest verifier RFC 7636 allows. */
  public static final int MIN_LENGTH = 43;

  /** Longest verifier RFC 7636 allows. */
  public static final int MAX_LENGTH = 128;

  private static final int DEFAULT_ENTROPY_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private final String value;

  private CodeVerifier(String value) {
    this.value = value;
  }

  /**
   * Generates a verifier from 256 bits of {@link SecureRandom} output, base64url-encoded to 43
   * characters.
   *
   * @return a fresh verifier
   */
  public static CodeVerifier generate() {
    return generate(DEFAULT_ENTROPY_BYTES);
  }

  /**
   * Generates a verifier from {@code entropyBytes} random bytes.
   *
   * @param entropyBytes 32 to 96 bytes, giving 43 to 128 characters
   * @return a fresh verifier
   * @throws ValidationException naming {@code entropyBytes} when out of range
   */
  public static CodeVerifier generate(int entropyBytes) {
    if (entropyBytes < 32 || entropyBytes > 96) {
      throw new ValidationException("entropyBytes", "must be between 32 and 96");
    }
    byte[] bytes = new byte[entropyBytes];
    RANDOM.nextBytes(bytes);
    return new CodeVerifier(BASE64URL.encodeToString(bytes));
  }

  /**
   * Wraps an existing verifier, for example one restored from the user's session.
   *
   * @param value 43–128 characters of {@code [A-Za-z0-9-._~]}
   * @return the verifier
   * @throws ValidationException naming {@code code_verifier} when the value is malformed (the
   *     message never contains the value)
   */
  public static CodeVerifier of(String value) {
    if (value == null || !isWellFormed(value)) {
      throw new ValidationException(
          "code_verifier", "must be 43-128 characters of [A-Za-z0-9-._~]");
    }
    return new CodeVerifier(value);
  }

  /**
   * Derives the code challenge for this verifier.
   *
   * @param method {@link CodeChallengeMethod#S256}, or {@link CodeChallengeMethod#PLAIN} on
   *     explicit request only
   * @return the challenge to send in the authorization request
   * @throws ValidationException naming {@code code_challenge_method} when {@code method} is null
   */
  public CodeChallenge challenge(CodeChallengeMethod method) {
    if (method == null) {
      throw new ValidationException("code_challenge_method", "is required");
    }
    if (method == CodeChallengeMethod.PLAIN) {
      return new CodeChallenge(value, method);
    }
    return new CodeChallenge(BASE64URL.encodeToString(sha256(value)), method);
  }

  /**
   * Returns the verifier as a {@link Secret}, for the {@code code_verifier} parameter of the token
   * request.
   *
   * @return a new secret holding the value
   */
  public Secret asSecret() {
    return Secret.of(value);
  }

  /**
   * Returns the number of characters.
   *
   * @return 43 to 128
   */
  public int length() {
    return value.length();
  }

  /**
   * Tells whether {@code challenge} was derived from this verifier, comparing in constant time.
   *
   * @param challenge a challenge received earlier
   * @return true when it matches
   */
  public boolean matches(CodeChallenge challenge) {
    Objects.requireNonNull(challenge, "challenge");
    byte[] expected = challenge(challenge.method()).value().getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, challenge.value().getBytes(StandardCharsets.US_ASCII));
  }

  static boolean isWellFormed(String s) {
    int n = s.length();
    if (n < MIN_LENGTH || n > MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (!UriCodec.isUnreserved(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static byte[] sha256(String ascii) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(ascii.getBytes(StandardCharsets.US_ASCII));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /** Constant-time comparison of the values. */
  @Override
  public boolean equals(Object o) {
    return o instanceof CodeVerifier other
        && MessageDigest.isEqual(
            value.getBytes(StandardCharsets.US_ASCII),
            other.value.getBytes(StandardCharsets.US_ASCII));
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(sha256(value));
  }

  /** Never shows the value. */
  @Override
  public String toString() {
    return "CodeVerifier[****]";
  }
}
