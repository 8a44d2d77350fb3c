package io.github.fsonboard.core.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Caches a token and refreshes it shortly before it expires. When the cache is cold or stale,
 * exactly one caller fetches a new token while the others wait for it (single flight), so 100
 * threads starting together cause one token request.
 *
 * <pre>{@code
 * TokenProvider tokens = CachingTokenProvider.builder(() -> tokenClient.request(grant).toAccessToken())
 *     .refreshAhead(Duration.ofSeconds(30))
 *     .build();
 * }</pre>
 *
 * <p>Thread-safe. A failed fetch is thrown to the caller that made it and to no one else; the next
 * caller tries again.
 */
public final class CachingTokenProvider implements TokenProvider {
  private final TokenSource source;
  private final Duration refreshAhead;
  private final Clock clock;
  private final ReentrantLock lock = new ReentrantLock();
  private volatile AccessToken current;

  private CachingTokenProvider(Builder b) {
    this.source = b.source;
    this.refreshAhead = b.refreshAhead;
    this.clock = b.clock;
  }

  /**
   * Starts a builder.
   *
   * @param source fetches new tokens
   * @return a builder
   */
  public static Builder builder(TokenSource source) {
    return new Builder(source);
  }

  @Override
  public AccessToken token() {
    AccessToken t = current;
    if (t != null && isFresh(t)) {
      return t;
    }
    lock.lock();
    try {
      t = current;
      if (t != null && isFresh(t)) {
        return t; // another thread refreshed it while we waited
      }
      AccessToken fetched = Objects.requireNonNull(source.fetch(), "token source returned null");
      current = fetched;
      return fetched;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void invalidate(AccessToken token) {
    lock.lock();
    try {
      if (current != null && token != null && current.value().equals(token.value())) {
        current = null;
      }
    } finally {
      lock.unlock();
    }
  }

  /** Drops the cached token; the next call fetches a new one. */
  public void clear() {
    lock.lock();
    try {
      current = null;
    } finally {
      lock.unlock();
    }
  }

  private boolean isFresh(AccessToken t) {
    if (t.expiresAt() == null) {
      return true;
    }
    Instant now = clock.instant();
    // Never refresh more than half a token's remaining life ahead: short-lived tokens stay usable.
    Duration remaining = Duration.between(now, t.expiresAt());
    Duration margin =
        refreshAhead.compareTo(remaining.dividedBy(2)) > 0 ? Duration.ZERO : refreshAhead;
    return t.isUsableAt(now, margin);
  }

  @Override
  public String toString() {
    AccessToken t = current;
    return "CachingTokenProvider[" + (t == null ? "empty" : "expiresAt=" + t.expiresAt()) + "]";
  }

  /** Builds a {@link CachingTokenProvider}. */
  public static final class Builder {
    private final TokenSource source;
    private Duration refreshAhead = Duration.ofSeconds(30);
    private Clock clock = Clock.systemUTC();

    private Builder(TokenSource source) {
      this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * Sets how long before expiry a token is refreshed (default 30 s).
     *
     * @param refreshAhead a non-negative duration
     * @return this builder
     */
    public Builder refreshAhead(Duration refreshAhead) {
      if (refreshAhead == null || refreshAhead.isNegative()) {
        throw new io.github.fsonboard.core.error.ValidationException(
            "refreshAhead", "must be a non-negative duration");
      }
      this.refreshAhead = refreshAhead;
      return this;
    }

    /**
     * Sets the clock (for tests).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the provider.
     *
     * @return the provider
     */
    public CachingTokenProvider build() {
      return new CachingTokenProvider(this);
    }
  }
}
