package io.github.fsonboard.benchmarks;

import io.github.fsonboard.core.auth.AccessToken;
import io.github.fsonboard.core.auth.CachingTokenProvider;
import io.github.fsonboard.core.auth.Secret;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (2) Token path, cold cache: {@value #THREADS} threads ask a fresh {@link CachingTokenProvider}
 * for a token at the same moment; the token source (a 2 ms "network" call) must run exactly once.
 * Every round checks the count and fails the benchmark if it is not 1; the tear-down prints the
 * totals.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(batchSize = 20)
@Measurement(batchSize = 20)
public class SingleFlightBenchmark {
  static final int THREADS = 64;

  private ExecutorService pool;
  private int rounds;
  private int maxRequests;
  private long totalRequests;

  /** Starts the caller threads. */
  @Setup(Level.Trial)
  public void setUp() {
    pool = Executors.newFixedThreadPool(THREADS);
  }

  /** Prints what was counted. */
  @TearDown(Level.Trial)
  public void tearDown() {
    pool.shutdownNow();
    System.out.printf(
        "%nsingle-flight: %d cold-cache rounds x %d threads, token requests per round: max %d,"
            + " total %d (must be 1 per round)%n",
        rounds, THREADS, maxRequests, totalRequests);
  }

  /**
   * One cold-cache round.
   *
   * @return the number of token requests made (always 1)
   * @throws Exception when a caller fails
   */
  @Benchmark
  public int coldCacheSingleFlight() throws Exception {
    AtomicInteger requests = new AtomicInteger();
    CachingTokenProvider provider =
        CachingTokenProvider.builder(
                () -> {
                  requests.incrementAndGet();
                  sleep();
                  return new AccessToken(
                      Secret.of("t"), "Bearer", Instant.now().plusSeconds(3600), Set.of());
                })
            .build();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<AccessToken>> calls = new ArrayList<>(THREADS);
    for (int i = 0; i < THREADS; i++) {
      calls.add(
          pool.submit(
              () -> {
                start.await();
                return provider.token();
              }));
    }
    start.countDown();
    for (Future<AccessToken> f : calls) {
      f.get();
    }
    int n = requests.get();
    rounds++;
    totalRequests += n;
    maxRequests = Math.max(maxRequests, n);
    if (n != 1) {
      throw new IllegalStateException(
          "single-flight broken: " + n + " token requests for " + THREADS + " callers");
    }
    return n;
  }

  private static void sleep() {
    try {
      Thread.sleep(2);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
