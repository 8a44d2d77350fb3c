package io.github.fsonboard.benchmarks;

import io.github.fsonboard.core.auth.AccessToken;
import io.github.fsonboard.core.auth.CachingTokenProvider;
import io.github.fsonboard.core.auth.Secret;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * (2) Token path, warm cache: building the {@code Authorization} header from a {@link
 * CachingTokenProvider} holding a fresh token against building it from a static string.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TokenPathBenchmark {
  private CachingTokenProvider provider;
  private String staticToken;

  /** Fills the cache once. */
  @Setup
  public void setUp() {
    staticToken = "bench-access-token-" + System.nanoTime();
    AccessToken token =
        new AccessToken(
            Secret.of(staticToken), "Bearer", Instant.now().plusSeconds(86_400), Set.of());
    provider = CachingTokenProvider.builder(() -> token).build();
    provider.token();
  }

  /**
   * SDK: header value from the caching provider (cache hit).
   *
   * @return the header value
   */
  @Benchmark
  public String sdkCachedTokenHeader() {
    return "Bearer " + provider.token().value().reveal();
  }

  /**
   * Baseline: header value from a static string.
   *
   * @return the header value
   */
  @Benchmark
  public String bareCachedTokenHeader() {
    return "Bearer " + staticToken;
  }
}
