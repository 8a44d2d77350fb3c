package io.github.fsonboard.core.error;

/**
 * HTTP 5xx: the server failed. Idempotent calls were already retried per the retry policy before
 * this was thrown.
 */
public class ServerException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param status the HTTP status
   * @param method the HTTP method
   * @param url the request URL, already redacted
   * @param payload the parsed error body
   */
  public ServerException(int status, String method, String url, ErrorPayload payload) {
    super(status, method, url, payload);
  }
}
