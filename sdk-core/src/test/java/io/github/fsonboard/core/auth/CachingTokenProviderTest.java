package io.github.fsonboard.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.error.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CachingTokenProviderTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private final MutableClock clock = new MutableClock(T0);
  private final AtomicInteger fetches = new AtomicInteger();

  private AccessToken issue(Duration lifetime) {
    int n = fetches.incrementAndGet();
    return new AccessToken(
        Secret.of("token-" + n),
        "Bearer",
        lifetime == null ? null : clock.instant().plus(lifetime),
        null);
  }

  @Test
  void hundredConcurrentCallersOnAColdCacheCauseOneFetch() throws Exception {
    CountDownLatch inFetch = new CountDownLatch(1);
    CachingTokenProvider provider =
        CachingTokenProvider.builder(
                () -> {
                  inFetch.countDown();
                  try {
                    Thread.sleep(300); // slow issuer: everyone else piles up meanwhile
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  return issue(Duration.ofHours(1));
                })
            .clock(clock)
            .build();
    ExecutorService pool = Executors.newFixedThreadPool(100);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<AccessToken>> results = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return provider.token();
                }));
      }
      start.countDown();
      assertThat(inFetch.await(10, TimeUnit.SECONDS)).isTrue();
      List<String> values = new ArrayList<>();
      for (Future<AccessToken> f : results) {
        values.add(f.get(10, TimeUnit.SECONDS).value().reveal());
      }
      assertThat(fetches).hasValue(1);
      assertThat(values).hasSize(100).containsOnly("token-1");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void cachedTokenIsReused() {
    CachingTokenProvider p =
        CachingTokenProvider.builder(() -> issue(Duration.ofHours(1))).clock(clock).build();
    AccessToken first = p.token();
    clock.advance(Duration.ofMinutes(30));
    assertThat(p.token()).isSameAs(first);
    assertThat(fetches).hasValue(1);
  }

  @Test
  void refreshesAheadOfExpiry() {
    CachingTokenProvider p =
        CachingTokenProvider.builder(() -> issue(Duration.ofHours(1)))
            .refreshAhead(Duration.ofSeconds(30))
            .clock(clock)
            .build();
    AccessToken first = p.token();

    clock.advance(Duration.ofSeconds(3600 - 31));
    assertThat(p.token()).isSameAs(first);

    clock.advance(Duration.ofSeconds(2)); // 29 s left: inside the refresh window
    AccessToken second = p.token();
    assertThat(second.value().reveal()).isEqualTo("token-2");
    assertThat(fetches).hasValue(2);
  }

  @Test
  void shortLivedTokenIsUsedForHalfItsLifeAtLeast() {
    CachingTokenProvider p =
        CachingTokenProvider.builder(() -> issue(Duration.ofSeconds(40)))
            .refreshAhead(Duration.ofSeconds(30))
            .clock(clock)
            .build();
    AccessToken first = p.token();

    clock.advance(Duration.ofSeconds(19));
    assertThat(p.token()).isSameAs(first);
    clock.advance(Duration.ofSeconds(2)); // past half its life
    assertThat(p.token().value().reveal()).isEqualTo("token-2");
  }

  @Test
  void expiredTokenIsReplaced() {
    CachingTokenProvider p =
        CachingTokenProvider.builder(() -> issue(Duration.ofMinutes(5)))
            .refreshAhead(Duration.ZERO)
            .clock(clock)
            .build();
    p.token();
    clock.advance(Duration.ofMinutes(5));
    assertThat(p.token().value().reveal()).isEqualTo("token-2");
  }

  @Test
  void tokenWithoutExpiryIsKeptUntilInvalidated() {
    CachingTokenProvider p = CachingTokenProvider.builder(() -> issue(null)).clock(clock).build();
    AccessToken t = p.token();
    clock.advance(Duration.ofDays(365));
    assertThat(p.token()).isSameAs(t);
    p.invalidate(t);
    assertThat(p.token().value().reveal()).isEqualTo("token-2");
  }

  @Test
  void invalidateDropsOnlyTheTokenThatWasUsed() {
    CachingTokenProvider p =
        CachingTokenProvider.builder(() -> issue(Duration.ofHours(1))).clock(clock).build();
    AccessToken old = p.token();
    p.invalidate(old);
    AccessToken fresh = p.token();
    assertThat(fresh.value().reveal()).isEqualTo("token-2");

    p.invalidate(old); // a late 401 for the old token must not drop the new one
    assertThat(p.token()).isSameAs(fresh);
    p.invalidate(null);
    assertThat(p.token()).isSameAs(fresh);
    assertThat(fetches).hasValue(2);
  }

  @Test
  void clearDropsTheCache() {
    CachingTokenProvider p =
        CachingTokenProvider.builder(() -> issue(Duration.ofHours(1))).clock(clock).build();
    p.token();
    p.clear();
    assertThat(p.token().value().reveal()).isEqualTo("token-2");
  }

  @Test
  void failedFetchIsThrownToItsCallerAndTheNextCallerRetries() {
    AtomicInteger calls = new AtomicInteger();
    CachingTokenProvider p =
        CachingTokenProvider.builder(
                () -> {
                  if (calls.incrementAndGet() == 1) {
                    throw new IllegalStateException("issuer down");
                  }
                  return issue(Duration.ofHours(1));
                })
            .clock(clock)
            .build();

    assertThatThrownBy(p::token)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("issuer down");
    assertThat(p.token().value().reveal()).isEqualTo("token-1");
    assertThat(calls).hasValue(2);
  }

  @Test
  void nullFromSourceIsRefused() {
    CachingTokenProvider p = CachingTokenProvider.builder(() -> null).build();
    assertThatThrownBy(p::token).isInstanceOf(NullPointerException.class);
  }

  @Test
  void toStringShowsNoToken() {
    CachingTokenProvider p =
        CachingTokenProvider.builder(() -> issue(Duration.ofHours(1))).clock(clock).build();
    assertThat(p.toString()).contains("empty");
    p.token();
    assertThat(p.toString()).contains("expiresAt").doesNotContain("token-1");
  }

  @Test
  void negativeRefreshAheadIsRefused() {
    assertThatThrownBy(
            () ->
                CachingTokenProvider.builder(() -> null)
                    .refreshAhead(Duration.ofSeconds(-1))
                    .build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("refreshAhead");
  }

  @Test
  void buildNamesEveryBadSettingAtOnce() {
    assertThatThrownBy(
            () ->
                CachingTokenProvider.builder(null)
                    .refreshAhead(null)
                    .clock(null)
                    .listener(null)
                    .build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(io.github.fsonboard.core.error.Violation::field)
                    .containsExactly("source", "refreshAhead", "clock", "listener"));
  }

  @Test
  void fixedProviderAndAccessTokenBasics() {
    TokenProvider fixed = TokenProvider.of(Secret.of("abc"));
    assertThat(fixed.token().authorizationHeader()).isEqualTo("Bearer abc");
    fixed.invalidate(fixed.token()); // no-op
    assertThat(fixed.token().value().reveal()).isEqualTo("abc");
    AccessToken t = new AccessToken(Secret.of("x"), "bearer", null, null);
    assertThat(t.authorizationHeader()).isEqualTo("Bearer x");
    assertThat(new AccessToken(Secret.of("x"), null, null, null).tokenType()).isEqualTo("Bearer");
    assertThat(t.toString()).doesNotContain("x,").contains("Secret[****]");
  }

  @Test
  void eachFetchIsReportedToTheListenerWithoutTheToken() {
    java.util.List<io.github.fsonboard.core.observe.TokenFetchEvent> seen =
        new java.util.concurrent.CopyOnWriteArrayList<>();
    boolean[] fail = {false};
    CachingTokenProvider provider =
        CachingTokenProvider.builder(
                () -> {
                  if (fail[0]) {
                    throw new IllegalStateException("token-secret-in-message");
                  }
                  return issue(Duration.ofMinutes(10));
                })
            .clock(clock)
            .refreshAhead(Duration.ofSeconds(30))
            .listener(
                new io.github.fsonboard.core.observe.SdkListener() {
                  @Override
                  public void onTokenFetch(io.github.fsonboard.core.observe.TokenFetchEvent e) {
                    seen.add(e);
                  }
                })
            .build();

    provider.token();
    provider.token(); // cached: no fetch, no event
    clock.advance(Duration.ofMinutes(10));
    provider.token();
    clock.advance(Duration.ofMinutes(10));
    fail[0] = true;
    assertThatThrownBy(provider::token).isInstanceOf(IllegalStateException.class);

    assertThat(seen)
        .extracting(e -> e.refresh() + "/" + e.success() + "/" + e.error())
        .containsExactly("false/true/", "true/true/", "true/false/IllegalStateException");
    assertThat(seen.toString()).doesNotContain("token-");
  }
}
