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
}
