package io.github.fsonboard.core.error;

import java.util.Objects;
import java.util.Optional;

/**
 * The server answered with an error status. Carries the status, the request's method and its URL
 * (query values redacted), and the parsed {@link ErrorPayload}.
 *
 * <p>Catch a subtype to react to one kind of failure:
 *
 * <pre>{@code
 * try {
 *   admin.keyManagers().create(km);
 * } catch (ConflictException e) {
 *   // 409: e.payload().code() is "901402" for an existing key manager
 * }
 * }</pre>
 *
 * <p>Use {@link #of(int, String, String, ErrorPayload)} to get the subtype matching a status.
 */
public class ApiException extends FsOnboardException {
  private static final long serialVersionUID = 1L;

  /** HTTP status code. */
  private final int status;

  /** HTTP method. */
  private final String method;

  /** Request URL with query values redacted. */
  private final String url;

  /** Parsed error body; not serializable, hence transient. */
  private final transient ErrorPayload payload;

  /**
   * Creates an API error.
   *
   * @param status the HTTP status
   * @param method the HTTP method
   * @param url the request URL, already redacted
   * @param payload the parsed error body
   */
  public ApiException(int status, String method, String url, ErrorPayload payload) {
    this(status, method, url, payload, null);
  }

  /**
   * Creates an API error whose message ends with what the caller can do about it.
   *
   * @param status the HTTP status
   * @param method the HTTP method
   * @param url the request URL, already redacted
   * @param payload the parsed error body
   * @param hint what to check or fix, appended to the message; null for none; never a secret
   */
  protected ApiException(int status, String method, String url, ErrorPayload payload, String hint) {
    super(describe(status, method, url, payload) + (hint == null ? "" : ". " + hint));
    this.status = status;
    this.method = Objects.requireNonNull(method, "method");
    this.url = Objects.requireNonNull(url, "url");
    this.payload = payload == null ? ErrorPayload.empty(null) : payload;
  }

  /**
   * Creates the subtype that matches {@code status}.
   *
   * @param status the HTTP status
   * @param method the HTTP method
   * @param url the request URL, already redacted
   * @param payload the parsed error body
   * @return a {@link BadRequestException}, {@link AuthenticationException}, ... or a plain {@code
   *     ApiException} for statuses without a dedicated type
   */
  public static ApiException of(int status, String method, String url, ErrorPayload payload) {
    return switch (status) {
      case 400, 422 -> new BadRequestException(status, method, url, payload);
      case 401 -> new AuthenticationException(status, method, url, payload);
      case 403 -> new AuthorizationException(status, method, url, payload);
      case 404 -> new NotFoundException(status, method, url, payload);
      case 409 -> new ConflictException(status, method, url, payload);
      case 429 -> new RateLimitException(status, method, url, payload, null);
      default ->
          status >= 500
              ? new ServerException(status, method, url, payload)
              : new ApiException(status, method, url, payload);
    };
  }

  /**
   * Returns the HTTP status.
   *
   * @return the status code
   */
  public int status() {
    return status;
  }

  /**
   * Returns the HTTP method of the failed request.
   *
   * @return e.g. {@code "POST"}
   */
  public String method() {
    return method;
  }

  /**
   * Returns the URL of the failed request, with query parameter values redacted.
   *
   * @return the redacted URL
   */
  public String url() {
    return url;
  }

  /**
   * Returns the parsed error body.
   *
   * @return never null
   */
  public ErrorPayload payload() {
    return payload;
  }

  /**
   * Returns the server's trace id for this failure (the {@code traceId} member of a WSO2 IS error
   * body, as read into {@link ErrorPayload#traceId()}), to quote to the server's operators.
   *
   * @return the trace id, or empty when the server sent none
   */
  public Optional<String> traceId() {
    return Optional.ofNullable(payload == null ? null : payload.traceId());
  }

  /**
   * Returns the OAuth 2.0 {@code error} code the body carried, whatever the HTTP status: an OAuth
   * failure is matched on this, not on the exception's subtype. The exact string, also for codes
   * listed as {@link OAuthError#OTHER}, is {@code payload().error()}.
   *
   * @return the code, or empty when the body has no OAuth {@code error} member
   */
  public Optional<OAuthError> oauthError() {
    String code = payload == null ? null : payload.error();
    return code == null ? Optional.empty() : Optional.of(OAuthError.of(code));
  }

  private static String describe(int status, String method, String url, ErrorPayload payload) {
    String summary = payload == null ? "" : payload.summary();
    String trace =
        payload != null && payload.traceId() != null ? " (traceId " + payload.traceId() + ")" : "";
    return "HTTP "
        + status
        + " from "
        + method
        + " "
        + url
        + (summary.isEmpty() ? " (no error body)" : ": " + summary)
        + trace;
  }
}
