package io.github.fsonboard.core.http;

import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.error.ValidationException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When and how often a failed call is retried. Retries apply to connection failures and to the
 * statuses in {@link #retryableStatuses()} (by default 408, 429, 502, 503, 504), with exponential
 * backoff and jitter. A server's {@code Retry-After} (seconds or HTTP date) is honoured but never
 * beyond {@link #maxRetryAfter()}, since any server or proxy on the path can send any value.
 *
 * <p>Only idempotent methods (GET, HEAD, PUT, DELETE, OPTIONS) are retried. A POST is retried only
 * when the SDK marks that call as safe to repeat (for example a client-credentials token request),
 * or when the connection was refused so the request never left; a POST that may have reached the
 * server is never repeated blindly. The one opt-in exception is {@link
 * Builder#retryRateLimitedPosts(boolean)}: a 429 is a server turning the request away before acting
 * on it (AWS SDKs retry throttling the same way), so a caller that prefers waiting to failing may
 * let any method repeat after a 429, with the same {@code Retry-After} cap.
 *
 * <pre>{@code
 * RetryPolicy.builder().maxAttempts(5).initialBackoff(Duration.ofMillis(100)).build();
 * RetryPolicy.none();
 * }</pre>
 *
 * @param maxAttempts total attempts including the first (1 means no retry)
 * @param initialBackoff the delay before the first retry
 * @param maxBackoff the largest delay between attempts
 * @param multiplier how much the delay grows per attempt
 * @param jitter the random fraction (0..1) taken off each delay, to spread retrying clients
 * @param maxRetryAfter the cap on a server's {@code Retry-After}
 * @param retryableStatuses HTTP statuses that are retried
 * @param retryRateLimitedPosts whether a POST (or PATCH) answered with 429 is retried too
 */
public record RetryPolicy(
    int maxAttempts,
    Duration initialBackoff,
    Duration maxBackoff,
    double multiplier,
    double jitter,
    Duration maxRetryAfter,
    Set<Integer> retryableStatuses,
    boolean retryRateLimitedPosts) {

  /** The statuses retried by default. */
  public static final Set<Integer> DEFAULT_RETRYABLE_STATUSES = Set.of(408, 429, 502, 503, 504);

  /**
   * Validates the components.
   *
   * @throws ValidationException naming every bad component at once
   */
  public RetryPolicy {
    Validation v = new Validation();
    v.require(
        maxAttempts >= 1 && maxAttempts <= 20,
        "retry.maxAttempts",
        "must be 1..20, got " + maxAttempts);
    positive(v, initialBackoff, "retry.initialBackoff");
    positive(v, maxBackoff, "retry.maxBackoff");
    positive(v, maxRetryAfter, "retry.maxRetryAfter");
    v.require(
        initialBackoff == null || maxBackoff == null || maxBackoff.compareTo(initialBackoff) >= 0,
        "retry.maxBackoff",
        "must not be below retry.initialBackoff");
    v.require( // also refuses NaN
        multiplier >= 1.0 && !Double.isInfinite(multiplier),
        "retry.multiplier",
        "must be a finite number >= 1");
    v.require(jitter >= 0 && jitter <= 1, "retry.jitter", "must be within 0..1"); // refuses NaN
    retryableStatuses = Set.copyOf(retryableStatuses);
    for (int status : retryableStatuses) {
      v.require(
          status >= 400 && status <= 599,
          "retry.retryableStatuses",
          "must be HTTP error statuses (400..599), got " + status);
    }
    v.throwIfInvalid();
  }

  /**
   * Three attempts, 200 ms initial backoff doubling up to 5 s, 50 % jitter, Retry-After capped at
   * 30 s.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return builder().build();
  }

  /**
   * A single attempt: nothing is retried.
   *
   * @return the policy
   */
  public static RetryPolicy none() {
    return builder().maxAttempts(1).build();
  }

  /**
   * Starts from the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The delay before retry number {@code retry} (1 for the first retry), without a server hint.
   *
   * @param retry the retry number, from 1
   * @return the delay with jitter applied
   */
  public Duration backoff(int retry) {
    double base = initialBackoff.toMillis() * Math.pow(multiplier, Math.max(0, retry - 1));
    double capped = Math.min(base, maxBackoff.toMillis());
    double withJitter = capped * (1 - jitter * ThreadLocalRandom.current().nextDouble());
    return Duration.ofMillis(Math.max(0, Math.round(withJitter)));
  }

  /**
   * The delay to honour for a server's {@code Retry-After}, capped.
   *
   * @param retryAfter the server's value
   * @return the delay, at most {@link #maxRetryAfter()}
   */
  public Duration capRetryAfter(Duration retryAfter) {
    if (retryAfter.isNegative()) {
      return Duration.ZERO;
    }
    return retryAfter.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : retryAfter;
  }

  private static void positive(Validation v, Duration d, String field) {
    v.require(d != null && !d.isNegative() && !d.isZero(), field, "must be a positive duration");
  }

  /** Builds a {@link RetryPolicy}. Not thread-safe. */
  public static final class Builder {
    private int maxAttempts = 3;
    private Duration initialBackoff = Duration.ofMillis(200);
    private Duration maxBackoff = Duration.ofSeconds(5);
    private double multiplier = 2.0;
    private double jitter = 0.5;
    private Duration maxRetryAfter = Duration.ofSeconds(30);
    private Set<Integer> retryableStatuses = DEFAULT_RETRYABLE_STATUSES;
    private boolean retryRateLimitedPosts;

    private Builder() {}

    /**
     * Sets the total number of attempts.
     *
     * @param maxAttempts 1..20
     * @return this builder
     */
    public Builder maxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * Sets the first retry's delay.
     *
     * @param initialBackoff a positive duration
     * @return this builder
     */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = initialBackoff;
      return this;
    }

    /**
     * Sets the largest delay.
     *
     * @param maxBackoff a positive duration
     * @return this builder
     */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = maxBackoff;
      return this;
    }

    /**
     * Sets the growth factor.
     *
     * @param multiplier at least 1
     * @return this builder
     */
    public Builder multiplier(double multiplier) {
      this.multiplier = multiplier;
      return this;
    }

    /**
     * Sets the jitter fraction.
     *
     * @param jitter 0..1
     * @return this builder
     */
    public Builder jitter(double jitter) {
      this.jitter = jitter;
      return this;
    }

    /**
     * Sets the cap on {@code Retry-After}.
     *
     * @param maxRetryAfter a positive duration
     * @return this builder
     */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = maxRetryAfter;
      return this;
    }

    /**
     * Sets the retried statuses.
     *
     * @param statuses HTTP statuses
     * @return this builder
     */
    public Builder retryableStatuses(Set<Integer> statuses) {
      this.retryableStatuses = statuses;
      return this;
    }

    /**
     * Lets a POST or PATCH answered with 429 Too Many Requests be retried like an idempotent call
     * (off by default). Only 429 qualifies: a 5xx or a lost response may come after the server
     * acted, so such a POST still fails at once. Has no effect when 429 is not among {@link
     * #retryableStatuses(Set)}.
     *
     * @param enabled true to retry rate-limited POSTs
     * @return this builder
     */
    public Builder retryRateLimitedPosts(boolean enabled) {
      this.retryRateLimitedPosts = enabled;
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     * @throws ValidationException naming the bad field
     */
    public RetryPolicy build() {
      return new RetryPolicy(
          maxAttempts,
          initialBackoff,
          maxBackoff,
          multiplier,
          jitter,
          maxRetryAfter,
          retryableStatuses == null ? Set.of() : retryableStatuses,
          retryRateLimitedPosts);
    }
  }
}
