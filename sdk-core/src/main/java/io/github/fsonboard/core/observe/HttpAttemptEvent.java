package io.github.fsonboard.core.observe;

import java.time.Duration;
import java.util.Objects;

/**
 * One HTTP attempt. A call retried twice gives three events, numbered 1 to 3.
 *
 * @param method the HTTP method
 * @param route the path template without ids, e.g. {@code
 *     /api/am/devportal/v3/applications/{applicationId}/keys}
 * @param status the response status, or 0 when no response arrived
 * @param duration from sending the attempt to its response headers or failure
 * @param attempt 1 for the first attempt
 * @param retryReason why another attempt follows, {@link RetryReason#NONE} for the last one
 * @param errorKind what went wrong, {@link ErrorKind#NONE} for a 1xx–3xx response
 */
public record HttpAttemptEvent(
    String method,
    String route,
    int status,
    Duration duration,
    int attempt,
    RetryReason retryReason,
    ErrorKind errorKind) {

  /** Requires every reference. */
  public HttpAttemptEvent {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(route, "route");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(retryReason, "retryReason");
    Objects.requireNonNull(errorKind, "errorKind");
  }

  /**
   * Whether another attempt follows this one.
   *
   * @return true when the SDK retries
   */
  public boolean retried() {
    return retryReason != RetryReason.NONE;
  }
}
