package io.github.fsonboard.testkit;

import java.time.Duration;
import java.util.Objects;

/**
 * One fault the emulator can inject into a response. Connection-level faults use WireMock's {@code
 * Fault} types; status faults answer with a WSO2-shaped error body.
 *
 * <pre>{@code
 * emulator.faults().add(FaultRule.on("POST", "/api/am/devportal/v3/applications")
 *     .inject(InjectedFault.connectionReset()).times(1));
 * }</pre>
 */
public final class InjectedFault {

  /** The kinds of fault. */
  public enum Kind {
    /** The server resets the TCP connection (RST) instead of answering. */
    CONNECTION_RESET,
    /** The server closes the connection without sending any byte. */
    EMPTY_RESPONSE,
    /** A 200 status line followed by a broken chunked body. */
    MALFORMED_CHUNK,
    /** Random bytes, then the connection closes. */
    RANDOM_DATA,
    /** An HTTP error status (typically 500, 502, 503). */
    STATUS,
    /** HTTP 429 with a {@code Retry-After} header. */
    TOO_MANY_REQUESTS,
    /** The normal response, delayed. */
    LATENCY
  }

  private final Kind kind;
  private final int status;
  private final long retryAfterSeconds;
  private final Duration delay;

  private InjectedFault(Kind kind, int status, long retryAfterSeconds, Duration delay) {
    this.kind = kind;
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
    this.delay = delay;
  }

  /**
   * A connection reset by peer.
   *
   * @return the fault
   */
  public static InjectedFault connectionReset() {
    return new InjectedFault(Kind.CONNECTION_RESET, 0, 0, Duration.ZERO);
  }

  /**
   * A closed connection with no response.
   *
   * @return the fault
   */
  public static InjectedFault emptyResponse() {
    return new InjectedFault(Kind.EMPTY_RESPONSE, 0, 0, Duration.ZERO);
  }

  /**
   * A malformed chunked response body.
   *
   * @return the fault
   */
  public static InjectedFault malformedChunk() {
    return new InjectedFault(Kind.MALFORMED_CHUNK, 0, 0, Duration.ZERO);
  }

  /**
   * Garbage bytes then close.
   *
   * @return the fault
   */
  public static InjectedFault randomData() {
    return new InjectedFault(Kind.RANDOM_DATA, 0, 0, Duration.ZERO);
  }

  /**
   * An HTTP error status with a WSO2-shaped body.
   *
   * @param status the status, 400-599
   * @return the fault
   * @throws IllegalArgumentException if the status is not an error status
   */
  public static InjectedFault status(int status) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status must be 400-599: " + status);
    }
    return new InjectedFault(Kind.STATUS, status, 0, Duration.ZERO);
  }

  /**
   * HTTP 429 with {@code Retry-After}.
   *
   * @param retryAfterSeconds the Retry-After value in seconds
   * @return the fault
   * @throws IllegalArgumentException if negative
   */
  public static InjectedFault tooManyRequests(long retryAfterSeconds) {
    if (retryAfterSeconds < 0) {
      throw new IllegalArgumentException("retryAfterSeconds must not be negative");
    }
    return new InjectedFault(Kind.TOO_MANY_REQUESTS, 429, retryAfterSeconds, Duration.ZERO);
  }

  /**
   * Added latency: the request is handled normally and the response sent after the delay.
   *
   * @param delay the delay
   * @return the fault
   * @throws IllegalArgumentException if negative
   */
  public static InjectedFault latency(Duration delay) {
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative");
    }
    return new InjectedFault(Kind.LATENCY, 0, 0, delay);
  }

  /**
   * Returns the kind.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the HTTP status for {@link Kind#STATUS} and {@link Kind#TOO_MANY_REQUESTS}.
   *
   * @return the status, or 0
   */
  public int status() {
    return status;
  }

  /**
   * Returns the Retry-After seconds for {@link Kind#TOO_MANY_REQUESTS}.
   *
   * @return seconds
   */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  /**
   * Returns the delay for {@link Kind#LATENCY}.
   *
   * @return the delay
   */
  public Duration delay() {
    return delay;
  }

  @Override
  public String toString() {
    return switch (kind) {
      case STATUS -> "STATUS(" + status + ")";
      case TOO_MANY_REQUESTS -> "TOO_MANY_REQUESTS(Retry-After " + retryAfterSeconds + ")";
      case LATENCY -> "LATENCY(" + delay.toMillis() + " ms)";
      default -> kind.name();
    };
  }
}
