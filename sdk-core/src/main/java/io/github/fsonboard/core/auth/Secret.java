package io.github.fsonboard.core.auth;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;

/**
 * A password, client secret, token or other credential. {@link #toString()} never shows the value,
 * equality is constant-time, and {@link #clear()} wipes the value from memory when the caller is
 * done with it.
 *
 * <pre>{@code
 * Secret password = Secret.of(System.getenv("IS_ADMIN_PASSWORD"));
 * log.info("using {}", password); // logs "Secret[****]"
 * String raw = password.reveal();  // only where the value must go on the wire
 * }</pre>
 *
 * <p>Thread-safe. After {@link #clear()}, {@link #reveal()} throws {@link IllegalStateException}.
 */
public final class Secret {
  private final char[] value;
  private volatile boolean cleared;

  private Secret(char[] value) {
    this.value = value;
  }

  /**
   * Wraps a secret string.
   *
   * @param value the secret; must not be null
   * @return a new secret
   */
  public static Secret of(String value) {
    Objects.requireNonNull(value, "secret value");
    return new Secret(value.toCharArray());
  }

  /**
   * Wraps a copy of a secret character array; the caller may wipe its own array afterwards.
   *
   * @param value the secret; must not be null
   * @return a new secret
   */
  public static Secret of(char[] value) {
    Objects.requireNonNull(value, "secret value");
    return new Secret(value.clone());
  }

  /**
   * Wraps a secret that may be absent.
   *
   * @param value the secret, or null
   * @return a new secret, or null when {@code value} is null
   */
  public static Secret ofNullable(String value) {
    return value == null ? null : of(value);
  }

  /**
   * Returns the secret value. Call it only where the value goes on the wire; never log it.
   *
   * @return the value
   * @throws IllegalStateException after {@link #clear()}
   */
  public String reveal() {
    return new String(revealChars());
  }

  /**
   * Returns a copy of the secret value as characters, which the caller can wipe.
   *
   * @return a fresh copy
   * @throws IllegalStateException after {@link #clear()}
   */
  public char[] revealChars() {
    if (cleared) {
      throw new IllegalStateException("Secret was cleared");
    }
    return value.clone();
  }

  /**
   * Returns the UTF-8 bytes of the value.
   *
   * @return a fresh array the caller can wipe
   */
  public byte[] revealBytes() {
    char[] chars = revealChars();
    try {
      var buffer = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
      byte[] bytes = new byte[buffer.remaining()];
      buffer.get(bytes);
      Arrays.fill(buffer.array(), (byte) 0);
      return bytes;
    } finally {
      Arrays.fill(chars, '\0');
    }
  }

  /**
   * Returns the number of characters, without revealing them.
   *
   * @return the length
   */
  public int length() {
    return value.length;
  }

  /**
   * Tells whether the value is empty.
   *
   * @return true for an empty secret
   */
  public boolean isEmpty() {
    return value.length == 0;
  }

  /** Overwrites the value in memory. Later calls to {@link #reveal()} fail. */
  public void clear() {
    cleared = true;
    Arrays.fill(value, '\0');
  }

  /**
   * Tells whether {@link #clear()} was called.
   *
   * @return true once cleared
   */
  public boolean isCleared() {
    return cleared;
  }

  /** Constant-time comparison of the values, so that timing does not reveal a prefix. */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Secret other) || cleared || other.cleared) {
      return false;
    }
    byte[] a = revealBytes();
    byte[] b = other.revealBytes();
    try {
      return MessageDigest.isEqual(a, b);
    } finally {
      Arrays.fill(a, (byte) 0);
      Arrays.fill(b, (byte) 0);
    }
  }

  /** A hash of a digest of the value: equal secrets hash alike, and no character leaks. */
  @Override
  public int hashCode() {
    if (cleared) {
      return 0;
    }
    byte[] bytes = revealBytes();
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return Arrays.hashCode(digest);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  /** Never shows the value. */
  @Override
  public String toString() {
    return "Secret[****]";
  }
}
