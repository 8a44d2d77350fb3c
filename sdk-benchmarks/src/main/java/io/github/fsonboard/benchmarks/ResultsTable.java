package io.github.fsonboard.benchmarks;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a JMH JSON result file into a Markdown table. Benchmarks named {@code sdkX} are compared to
 * {@code bareX} of the same class: the ratio divides the medians (sample-time mode) or the scores
 * (other modes) measured in the same run.
 */
public final class ResultsTable {
  private ResultsTable() {}

  /**
   * Prints the table.
   *
   * @param args the JMH JSON result file
   * @throws Exception when the file cannot be read
   */
  public static void main(String[] args) throws Exception {
    JsonAdapter<List<Map<String, Object>>> adapter =
        new Moshi.Builder()
            .build()
            .adapter(
                Types.newParameterizedType(
                    List.class, Types.newParameterizedType(Map.class, String.class, Object.class)));
    List<Map<String, Object>> runs = adapter.fromJson(Files.readString(Path.of(args[0])));
    Map<String, Double> medians = new LinkedHashMap<>();
    for (Map<String, Object> run : runs) {
      medians.put(name(run), median(run));
    }
    System.out.println(
        "| benchmark | mode | score | error (99.9%) | median | unit | ratio vs baseline |");
    System.out.println("|---|---|---|---|---|---|---|");
    for (Map<String, Object> run : runs) {
      Map<?, ?> metric = (Map<?, ?>) run.get("primaryMetric");
      String name = name(run);
      String ratio = "";
      String method = name.substring(name.lastIndexOf('.') + 1);
      String prefix = name.substring(0, name.lastIndexOf('.') + 1);
      if (method.startsWith("sdk")) {
        Double base = medians.get(prefix + "bare" + method.substring(3));
        if (base != null && base > 0) {
          ratio = String.format(Locale.ROOT, "**%.3fx**", medians.get(name) / base);
        }
      } else if (method.startsWith("bare")) {
        ratio = "baseline";
      }
      System.out.printf(
          Locale.ROOT,
          "| %s | %s | %.3f | %s | %.3f | %s | %s |%n",
          name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1),
          run.get("mode"),
          number(metric.get("score")),
          error(metric.get("scoreError")),
          medians.get(name),
          metric.get("scoreUnit"),
          ratio);
    }
  }

  private static String name(Map<String, Object> run) {
    return String.valueOf(run.get("benchmark"));
  }

  private static double median(Map<String, Object> run) {
    Map<?, ?> metric = (Map<?, ?>) run.get("primaryMetric");
    Object percentiles = metric.get("scorePercentiles");
    if ("sample".equals(run.get("mode")) && percentiles instanceof Map<?, ?> p) {
      Object median = p.get("50.0");
      if (median != null) {
        return number(median);
      }
    }
    return number(metric.get("score"));
  }

  private static String error(Object value) {
    double d = number(value);
    return Double.isNaN(d) ? "n/a" : String.format(Locale.ROOT, "%.3f", d);
  }

  private static double number(Object value) {
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    return Double.NaN;
  }
}
