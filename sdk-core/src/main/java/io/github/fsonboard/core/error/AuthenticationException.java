package io.github.fsonboard.core.error;

/**
 * HTTP 401: missing, wrong or expired credentials. WSO2 IS also answers 401 with no body for an
 * unknown DCR client id.
 */
public class AuthenticationException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param status the HTTP status
   * @param method the HTTP method
   * @param url the request URL, already redacted
   * @param payload the parsed error body
   */
  public AuthenticationException(int status, String method, String url, ErrorPayload payload) {
    super(status, method, url, payload);
  }
}
