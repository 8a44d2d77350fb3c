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

  /**
   * Creates the exception with a hint on what to fix.
   *
   * @param status the HTTP status
   * @param method the HTTP method
   * @param url the request URL, already redacted
   * @param payload the parsed error body
   * @param hint what to check or fix (e.g. which user to check), appended to the message; never a
   *     secret
   */
  public AuthenticationException(
      int status, String method, String url, ErrorPayload payload, String hint) {
    super(status, method, url, payload, hint);
  }
}
