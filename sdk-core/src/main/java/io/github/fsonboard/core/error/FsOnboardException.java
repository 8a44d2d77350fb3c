package io.github.fsonboard.core.error;

/**
 * Root of every exception the SDK throws. Unchecked: I/O and Retrofit exceptions never leak out of
 * the SDK; they are wrapped in a subtype of this class.
 */
public class FsOnboardException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong; never contains a secret
   */
  public FsOnboardException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong; never contains a secret
   * @param cause the underlying failure
   */
  public FsOnboardException(String message, Throwable cause) {
    super(message, cause);
  }
}
