package io.github.fsonboard.core.error;

import java.time.Duration;
import java.util.Optional;

/** HTTP 429: too many requests. Retries were already attempted per the retry policy. */
public class RateLimitException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** The server's Retry-After, if it sent one. */
  private final Duration retryAfter;

  /**
   * Creates the exception.
   *
   * @param status the HTTP status
   * @param method the HTTP method
   * @param url the request URL, already redacted
   * @param payload the parsed error body
   * @param retryAfter the server's {@code Retry-After}, or null
   */
  public RateLimitException(
      int status, String method, String url, ErrorPayload payload, Duration retryAfter) {
    super(status, method, url, payload);
    this.retryAfter = retryAfter;
  }

  /**
   * Returns how long the server asked the client to wait.
   *
   * @return the delay, if the server sent {@code Retry-After}
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
