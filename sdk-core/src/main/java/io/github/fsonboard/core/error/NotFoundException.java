package io.github.fsonboard.core.error;

/** HTTP 404: the resource does not exist. */
public class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param status the HTTP status
   * @param method the HTTP method
   * @param url the request URL, already redacted
   * @param payload the parsed error body
   */
  public NotFoundException(int status, String method, String url, ErrorPayload payload) {
    super(status, method, url, payload);
  }

  /**
   * Creates the exception with a hint on what to fix.
   *
   * @param status the HTTP status
   * @param method the HTTP method
   * @param url the request URL, already redacted
   * @param payload the parsed error body
   * @param hint what to check or fix (e.g. whether the base URL is right), appended to the message;
   *     never a secret
   */
  public NotFoundException(
      int status, String method, String url, ErrorPayload payload, String hint) {
    super(status, method, url, payload, hint);
  }
}
