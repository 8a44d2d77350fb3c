package io.github.fsonboard.core.error;

/**
 * HTTP 400 or 422: the server refused the request's content. For OAuth endpoints {@link
 * ErrorPayload#error()} says why (e.g. {@code invalid_grant}); WSO2's DCR reports a duplicate
 * client name this way ({@code invalid_client_metadata}).
 */
public class BadRequestException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param status the HTTP status
   * @param method the HTTP method
   * @param url the request URL, already redacted
   * @param payload the parsed error body
   */
  public BadRequestException(int status, String method, String url, ErrorPayload payload) {
    super(status, method, url, payload);
  }
}
