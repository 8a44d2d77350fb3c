package io.github.fsonboard.benchmarks;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Interleaved measurement of the same SDK / baseline pairs as the JMH benchmarks: each round calls
 * the SDK side and the baseline back to back (alternating which goes first), so load from other
 * processes on a shared machine hits both sides alike. Prints a Markdown table of the medians.
 */
public final class PairedMedians {
  private static volatile Object sink;

  private PairedMedians() {}

  /**
   * Runs the measurement.
   *
   * @param args optional number of measured rounds per pair (default 20000)
   * @throws Exception when a call fails
   */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
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
      System.out.println(
          "| pair | rounds | SDK median us | baseline median us | ratio of medians |");
      System.out.println("|---|---|---|---|---|");
      for (Map.Entry<String, Callable<?>[]> e : pairs.entrySet()) {
        Callable<?>[] p = e.getValue();
        measure(p, rounds / 4, new long[rounds / 4], new long[rounds / 4]); // warm-up
        long[] sdk = new long[rounds];
        long[] bare = new long[rounds];
        measure(p, rounds, sdk, bare);
        double s = median(sdk) / 1000.0;
        double b = median(bare) / 1000.0;
        System.out.printf(
            Locale.ROOT,
            "| %s | %d | %.1f | %.1f | **%.3fx** |%n",
            e.getKey(),
            rounds,
            s,
            b,
            s / b);
      }
    } finally {
      calls.tearDown();
    }
  }

  private static Callable<?>[] pair(Callable<?> sdk, Callable<?> bare) {
    return new Callable<?>[] {sdk, bare};
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

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }
}
