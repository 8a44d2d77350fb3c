package io.github.fsonboard.reliability.hostile;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Records each attack's time and peak heap (the sum of the heap pools' peaks since the test began:
 * an upper bound) and writes them to {@code target/hostile-suite.txt} and the console. Figures to
 * read, never assertions: the fork's {@code -Xmx256m} and each test's time limit are the limits.
 */
final class Measured implements BeforeEachCallback, AfterEachCallback, AfterAllCallback {
  private static final List<String> LINES = new ArrayList<>();
  private long start;

  @Override
  public void beforeEach(ExtensionContext context) {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
    start = System.nanoTime();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    long millis = (System.nanoTime() - start) / 1_000_000;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    synchronized (LINES) {
      LINES.add(
          String.format(
              "%-62s %6d ms %5d MB peak heap%s",
              context.getRequiredTestMethod().getName(),
              millis,
              peak >> 20,
              context.getExecutionException().isPresent() ? "  FAILED" : ""));
    }
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    String report;
    synchronized (LINES) {
      report =
          "Hostile-server suite, max heap "
              + (Runtime.getRuntime().maxMemory() >> 20)
              + " MB\n"
              + String.join("\n", LINES)
              + "\n";
    }
    System.out.print(report);
    Path target = Path.of("target");
    if (Files.isDirectory(target)) {
      Files.writeString(target.resolve("hostile-suite.txt"), report);
    }
  }
}
