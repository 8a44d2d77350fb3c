package io.github.fsonboard.core.error;

/** HTTP 403: authenticated, but the token lacks a scope or the user lacks a permission. */
public class AuthorizationException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param status the HTTP status
   * @param method the HTTP method
   * @param url the request URL, already redacted
   * @param payload the parsed error body
   */
  public AuthorizationException(int status, String method, String url, ErrorPayload payload) {
    super(status, method, url, payload);
  }
}
