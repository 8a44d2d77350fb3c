package io.github.fsonboard.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * (5) Cold start: launches {@link ColdStartCall} in a new JVM {@code N} times for the SDK and for
 * bare OkHttp + Moshi, and prints a Markdown table of the wall time from process start to the
 * completed first call (process exit).
 */
public final class ColdStart {
  private ColdStart() {}

  /**
   * Runs the measurement.
   *
   * @param args optional number of runs per side (default 5)
   * @throws Exception when a child JVM fails
   */
  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    try (LoopbackServer server = LoopbackServer.start()) {
      List<Double> sdk = new ArrayList<>();
      List<Double> bare = new ArrayList<>();
      run("bare", server, 1); // warms the OS file cache for both (same jars)
      for (int i = 0; i < runs; i++) {
        bare.add(run("bare", server, 0));
        sdk.add(run("sdk", server, 0));
      }
      double sdkMedian = median(sdk);
      double bareMedian = median(bare);
      System.out.println("| side | runs | median ms | min ms | max ms | ratio vs bare |");
      System.out.println("|---|---|---|---|---|---|");
      System.out.println(row("SDK (devportal get application)", sdk, sdkMedian / bareMedian));
      System.out.println(row("bare OkHttp + Moshi", bare, 1.0));
    }
  }

  private static String row(String name, List<Double> ms, double ratio) {
    return String.format(
        Locale.ROOT,
        "| %s | %d | %.0f | %.0f | %.0f | %.2fx |",
        name,
        ms.size(),
        median(ms),
        Collections.min(ms),
        Collections.max(ms),
        ratio);
  }

  private static double run(String side, LoopbackServer server, int warmups)
      throws IOException, InterruptedException {
    String java =
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    ProcessBuilder pb =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                ColdStartCall.class.getName(),
                side,
                server.baseUrl())
            .redirectErrorStream(true);
    long start = System.nanoTime();
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = p.waitFor();
    double ms = (System.nanoTime() - start) / 1e6;
    if (exit != 0 || !out.contains("first call done: Accounts App")) {
      throw new IllegalStateException(side + " cold-start run failed (exit " + exit + "): " + out);
    }
    return warmups > 0 ? 0 : ms;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
