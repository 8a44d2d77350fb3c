package io.github.fsonboard.core.auth;

import io.github.fsonboard.core.internal.observe.Listeners;
import io.github.fsonboard.core.observe.SdkListener;
import io.github.fsonboard.core.observe.TokenFetchEvent;
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
  private final SdkListener listener;
  private final ReentrantLock lock = new ReentrantLock();
  private volatile Cached current;

  private CachingTokenProvider(Builder b) {
    this.source = b.source;
    this.refreshAhead = b.refreshAhead;
    this.clock = b.clock;
    this.listener = b.listener == SdkListener.NONE ? null : b.listener;
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
    Cached c = current;
    if (c != null && isFresh(c)) {
      return c.token();
    }
    lock.lock();
    try {
      c = current;
      if (c != null && isFresh(c)) {
        return c.token(); // another thread refreshed it while we waited
      }
      AccessToken fetched = listener == null ? fetch() : observedFetch(c != null);
      current = new Cached(fetched, marginFor(fetched));
      return fetched;
    } finally {
      lock.unlock();
    }
  }

  private AccessToken fetch() {
    return Objects.requireNonNull(source.fetch(), "token source returned null");
  }

  private AccessToken observedFetch(boolean refresh) {
    long start = System.nanoTime();
    try {
      AccessToken token = fetch();
      report(new TokenFetchEvent(refresh, true, since(start), ""));
      return token;
    } catch (RuntimeException e) {
      report(new TokenFetchEvent(refresh, false, since(start), e.getClass().getSimpleName()));
      throw e;
    }
  }

  private void report(TokenFetchEvent event) {
    Listeners.safely(() -> listener.onTokenFetch(event));
  }

  private static Duration since(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }

  @Override
  public void invalidate(AccessToken token) {
    lock.lock();
    try {
      Cached c = current;
      if (c != null && token != null && c.token().value().equals(token.value())) {
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

  private boolean isFresh(Cached c) {
    return c.refreshAt() == null || clock.instant().isBefore(c.refreshAt());
  }

  /**
   * The refresh margin, fixed when the token arrives: {@code refreshAhead}, but never more than
   * half the token's life, so that a short-lived token is still used for a while. (Computing it
   * from the remaining life instead would shrink the margin as expiry nears, so the token would
   * never be refreshed ahead.)
   */
  private Duration marginFor(AccessToken t) {
    if (t.expiresAt() == null) {
      return Duration.ZERO;
    }
    Duration half = Duration.between(clock.instant(), t.expiresAt()).dividedBy(2);
    if (half.isNegative()) {
      return Duration.ZERO;
    }
    return refreshAhead.compareTo(half) > 0 ? half : refreshAhead;
  }

  /** A token with the refresh margin computed when it was fetched. */
  /**
   * A token and the instant it stops being handed out (expiry minus the margin, null when it never
   * expires), computed once so the per-call check is a single comparison.
   */
  private record Cached(AccessToken token, Instant refreshAt) {
    Cached(AccessToken token, Duration margin) {
      this(token, token.expiresAt() == null ? null : token.expiresAt().minus(margin));
    }
  }

  @Override
  public String toString() {
    Cached c = current;
    return "CachingTokenProvider["
        + (c == null ? "empty" : "expiresAt=" + c.token().expiresAt())
        + "]";
  }

  /** Builds a {@link CachingTokenProvider}. */
  public static final class Builder {
    private final TokenSource source;
    private Duration refreshAhead = Duration.ofSeconds(30);
    private Clock clock = Clock.systemUTC();
    private SdkListener listener = SdkListener.NONE;

    private Builder(TokenSource source) {
      this.source = source; // checked by build() with every other setting
    }

    /**
     * Sets how long before expiry a token is refreshed (default 30 s).
     *
     * @param refreshAhead a non-negative duration
     * @return this builder
     */
    public Builder refreshAhead(Duration refreshAhead) {
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
      this.clock = clock;
      return this;
    }

    /**
     * Sets the listener told about each token fetch (never the token), usually the transport's:
     * {@code transport.config().listener()}.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(SdkListener listener) {
      this.listener = listener;
      return this;
    }

    /**
     * Builds the provider.
     *
     * @return the provider
     * @throws io.github.fsonboard.core.error.ValidationException naming every bad setting at once
     */
    public CachingTokenProvider build() {
      new io.github.fsonboard.core.error.Validation()
          .require(source != null, "source", "is required")
          .require(
              refreshAhead != null && !refreshAhead.isNegative(),
              "refreshAhead",
              "must be a non-negative duration")
          .require(clock != null, "clock", "is required")
          .require(listener != null, "listener", "is required")
          .throwIfInvalid();
      return new CachingTokenProvider(this);
    }
  }
}
