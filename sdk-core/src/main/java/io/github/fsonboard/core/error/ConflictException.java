package io.github.fsonboard.core.error;

/**
 * HTTP 409: the resource already exists or is in a conflicting state (e.g. WSO2 code {@code 901402}
 * for an existing key manager).
 */
public class ConflictException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param status the HTTP status
   * @param method the HTTP method
   * @param url the request URL, already redacted
   * @param payload the parsed error body
   */
  public ConflictException(int status, String method, String url, ErrorPayload payload) {
    super(status, method, url, payload);
  }
}
