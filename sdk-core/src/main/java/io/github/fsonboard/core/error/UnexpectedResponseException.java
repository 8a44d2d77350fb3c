package io.github.fsonboard.core.error;

/**
 * A 2xx response the SDK cannot use: its body is not JSON (an HTML page from a proxy or a wrong
 * path) or is larger than the configured {@link io.github.fsonboard.core.http.ResponseLimits}. The
 * write, if any, may have taken effect; nothing is repeated.
 */
public class UnexpectedResponseException extends FsOnboardException {
  private static final long serialVersionUID = 1L;

  /** HTTP status. */
  private final int status;

  /** The response's content type, or null. */
  private final String contentType;

  /** A short, redacted start of the body. */
  private final String excerpt;

  /**
   * Creates the exception.
   *
   * @param message what was wrong, with method and redacted URL
   * @param status the HTTP status
   * @param contentType the content type, or null
   * @param excerpt a short redacted start of the body, or empty
   */
  public UnexpectedResponseException(
      String message, int status, String contentType, String excerpt) {
    super(message);
    this.status = status;
    this.contentType = contentType;
    this.excerpt = excerpt == null ? "" : excerpt;
  }

  /**
   * Returns the HTTP status.
   *
   * @return the status
   */
  public int status() {
    return status;
  }

  /**
   * Returns the response's content type.
   *
   * @return the content type, or null when the server sent none
   */
  public String contentType() {
    return contentType;
  }

  /**
   * Returns the start of the body, redacted.
   *
   * @return at most a few hundred characters, never null
   */
  public String excerpt() {
    return excerpt;
  }
}
