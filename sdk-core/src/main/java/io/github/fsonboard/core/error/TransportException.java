package io.github.fsonboard.core.error;

/**
 * The request did not get an HTTP answer: the connection failed, TLS was refused, a timeout fired,
 * the stream broke, or the calling thread was interrupted. {@link #kind()} says which; {@link
 * #getCause()} keeps the original exception.
 */
public class TransportException extends FsOnboardException {
  private static final long serialVersionUID = 1L;

  /** What kind of transport failure happened. */
  public enum Kind {
    /** The TCP connection could not be opened (refused, unreachable, DNS). */
    CONNECT,
    /** The TLS handshake failed: untrusted certificate, hostname mismatch, protocol error. */
    TLS,
    /** A connect, read, write or whole-call timeout fired. */
    TIMEOUT,
    /** The connection broke or the response could not be read. */
    IO,
    /**
     * The calling thread was interrupted (e.g. its executor shut down); its interrupt status is
     * kept set.
     */
    INTERRUPTED
  }

  /** The kind of failure. */
  private final Kind kind;

  /**
   * Creates a transport failure.
   *
   * @param kind what kind of failure
   * @param message what was attempted, e.g. {@code "POST https://is/oauth2/token"}
   * @param cause the underlying exception
   */
  public TransportException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  /**
   * Returns the kind of failure.
   *
   * @return never null
   */
  public Kind kind() {
    return kind;
  }
}
