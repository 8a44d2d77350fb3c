package io.github.fsonboard.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Interleaved measurement of the same SDK / baseline pairs as the JMH benchmarks: each round calls
 * the SDK side and the baseline back to back (alternating which goes first), so load from other
 * processes on a shared machine hits both sides alike. Prints a Markdown table of the medians.
 *
 * <p>Warm-up matters more here than in JMH: code that both sides share (OkHttp, Okio) runs twice
 * per round and code only the SDK runs (Retrofit, interceptors, record adapters) once, so with a
 * short warm-up the SDK side is measured while its own code is still interpreted or C1-compiled,
 * and the ratio says more about the JIT than about the SDK. Each pair is therefore warmed for at
 * least {@link #WARM_UP_ROUNDS} rounds and {@link #WARM_UP_NANOS} (at most {@link
 * #WARM_UP_MAX_NANOS}), and the measured rounds are split into blocks whose ratios are printed too,
 * so a drift within the run shows.
 *
 * <p>Wall time on a shared machine moves with everything else that runs. The {@code cpu} measure
 * therefore also records, per call and on the calling thread only, the CPU time ({@code
 * ThreadMXBean.getCurrentThreadCpuTime}) and the bytes allocated ({@code
 * com.sun.management.ThreadMXBean.getCurrentThreadAllocatedBytes}): the client's own work, which
 * neither the loopback server's threads nor time spent waiting for a core can inflate much. A
 * synchronous OkHttp call runs its interceptors, its request writing and its response reading on
 * the caller's thread, so that is where any SDK overhead shows.
 */
public final class PairedMedians {
  /** C2 compiles a method after about 10,000 invocations; warm well past that. */
  static final int WARM_UP_ROUNDS = 20_000;

  static final long WARM_UP_NANOS = 5_000_000_000L;

  /** Slow pairs (JWT validation) stop warming here; their time goes to loops that OSR early. */
  static final long WARM_UP_MAX_NANOS = 30_000_000_000L;

  private static final int BLOCKS = 4;

  private static volatile Object sink;

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private PairedMedians() {}

  /**
   * Runs the measurement.
   *
   * @param args optional number of measured rounds per pair (default 20000); then optional pair
   *     names separated by commas ({@code all}, the default, for every pair); then optional
   *     measures separated by commas, {@code wall} (wall time per call, the default) and {@code
   *     cpu} (thread CPU time and allocated bytes per call), e.g. {@code 10000
   *     GetApplication,TokenRequest wall,cpu}
   * @throws Exception when a call fails
   */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    Set<String> only =
        args.length > 1 && !args[1].equals("all") ? Set.of(args[1].split(",")) : Set.of();
    Set<String> measures = args.length > 2 ? Set.of(args[2].split(",")) : Set.of("wall");
    if (measures.contains("cpu") && !THREADS.isCurrentThreadCpuTimeSupported()) {
      throw new IllegalStateException("This JVM cannot measure thread CPU time");
    }
    CallOverheadBenchmark calls = new CallOverheadBenchmark();
    calls.setUp();
    ValidationBenchmark validation = new ValidationBenchmark();
    validation.setUp();
    try {
      Map<String, Callable<?>[]> pairs = new LinkedHashMap<>();
      pairs.put("GetApplication", pair(calls::sdkGetApplication, calls::bareGetApplication));
      pairs.put("TokenRequest", pair(calls::sdkTokenRequest, calls::bareTokenRequest));
      pairs.put(
          "CertificateValidation",
          pair(validation::sdkCertificateValidation, validation::bareCertificateValidation));
      pairs.put("JwtValidation", pair(validation::sdkJwtValidation, validation::bareJwtValidation));
      if (!only.isEmpty()) {
        pairs.keySet().retainAll(only);
      }
      if (measures.contains("wall")) {
        wallTable(pairs, rounds);
      }
      if (measures.contains("cpu")) {
        cpuTable(pairs, rounds);
      }
    } finally {
      calls.tearDown();
    }
  }

  private static void wallTable(Map<String, Callable<?>[]> pairs, int rounds) throws Exception {
    System.out.println(
        "| pair | rounds | SDK median us | baseline median us | ratio of medians |"
            + " ratio per quarter of the run |");
    System.out.println("|---|---|---|---|---|---|");
    for (Map.Entry<String, Callable<?>[]> e : pairs.entrySet()) {
      Callable<?>[] p = e.getValue();
      warmUp(p);
      long[] sdk = new long[rounds];
      long[] bare = new long[rounds];
      measure(p, rounds, sdk, bare);
      double s = median(sdk) / 1000.0;
      double b = median(bare) / 1000.0;
      System.out.printf(
          Locale.ROOT,
          "| %s | %d | %.1f | %.1f | **%.3fx** | %s |%n",
          e.getKey(),
          rounds,
          s,
          b,
          s / b,
          blockRatios(sdk, bare));
    }
  }

  /**
   * Thread CPU time and allocated bytes per call, SDK and baseline alternating as in the wall-time
   * table. The allocation figure is the mean (it hardly varies from call to call).
   */
  private static void cpuTable(Map<String, Callable<?>[]> pairs, int rounds) throws Exception {
    System.out.println(
        "| pair | rounds | SDK CPU median us | baseline CPU median us | CPU ratio |"
            + " CPU ratio per quarter | SDK bytes per call | baseline bytes per call |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    for (Map.Entry<String, Callable<?>[]> e : pairs.entrySet()) {
      Callable<?>[] p = e.getValue();
      warmUp(p);
      long[][] sdk = new long[2][rounds];
      long[][] bare = new long[2][rounds];
      for (int i = 0; i < rounds; i++) {
        if ((i & 1) == 0) {
          cost(p[0], sdk, i);
          cost(p[1], bare, i);
        } else {
          cost(p[1], bare, i);
          cost(p[0], sdk, i);
        }
      }
      double s = median(sdk[0]) / 1000.0;
      double b = median(bare[0]) / 1000.0;
      System.out.printf(
          Locale.ROOT,
          "| %s | %d | %.1f | %.1f | **%.3fx** | %s | %.0f | %.0f |%n",
          e.getKey(),
          rounds,
          s,
          b,
          s / b,
          blockRatios(sdk[0], bare[0]),
          mean(sdk[1]),
          mean(bare[1]));
    }
  }

  /**
   * Records one call's thread CPU nanoseconds in {@code out[0][i]} and bytes in {@code out[1][i]}.
   */
  private static void cost(Callable<?> call, long[][] out, int i) throws Exception {
    long bytes = THREADS.getCurrentThreadAllocatedBytes();
    long cpu = THREADS.getCurrentThreadCpuTime();
    sink = call.call();
    out[0][i] = THREADS.getCurrentThreadCpuTime() - cpu;
    out[1][i] = THREADS.getCurrentThreadAllocatedBytes() - bytes;
  }

  static double mean(long[] values) {
    return Arrays.stream(values).average().orElse(0);
  }

  private static Callable<?>[] pair(Callable<?> sdk, Callable<?> bare) {
    return new Callable<?>[] {sdk, bare};
  }

  private static void warmUp(Callable<?>[] pair) throws Exception {
    long[] sdk = new long[1000];
    long[] bare = new long[1000];
    long start = System.nanoTime();
    int done = 0;
    long elapsed = 0;
    while ((done < WARM_UP_ROUNDS || elapsed < WARM_UP_NANOS) && elapsed < WARM_UP_MAX_NANOS) {
      measure(pair, sdk.length, sdk, bare);
      done += sdk.length;
      elapsed = System.nanoTime() - start;
    }
  }

  /** The ratio of medians in each quarter of the measured rounds, e.g. "1.03 1.02 1.03 1.02". */
  static String blockRatios(long[] sdk, long[] bare) {
    StringBuilder sb = new StringBuilder();
    int size = sdk.length / BLOCKS;
    for (int k = 0; k < BLOCKS; k++) {
      int from = k * size;
      double ratio =
          median(Arrays.copyOfRange(sdk, from, from + size))
              / median(Arrays.copyOfRange(bare, from, from + size));
      sb.append(k == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.3f", ratio));
    }
    return sb.toString();
  }

  private static void measure(Callable<?>[] pair, int rounds, long[] sdk, long[] bare)
      throws Exception {
    for (int i = 0; i < rounds; i++) {
      boolean sdkFirst = (i & 1) == 0;
      if (sdkFirst) {
        sdk[i] = time(pair[0]);
        bare[i] = time(pair[1]);
      } else {
        bare[i] = time(pair[1]);
        sdk[i] = time(pair[0]);
      }
    }
  }

  private static long time(Callable<?> call) throws Exception {
    long start = System.nanoTime();
    sink = call.call();
    return System.nanoTime() - start;
  }

  static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }
}
