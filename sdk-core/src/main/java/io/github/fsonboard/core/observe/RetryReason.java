package io.github.fsonboard.core.observe;

/** Why an HTTP attempt is followed by another (a metric tag). */
public enum RetryReason {
  /** The attempt is the last one: its answer or failure goes to the caller. */
  NONE,
  /** A retryable status (by default 502, 503, 504) on a request that may be repeated. */
  STATUS,
  /** A 429 answer, waiting for {@code Retry-After} or the backoff. */
  RATE_LIMITED,
  /** A connection failure or timeout on a request that may be repeated. */
  IO_FAILURE
}
