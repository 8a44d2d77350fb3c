package io.github.fsonboard.harness;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;

/**
 * Finds packages that depend on each other in a circle, from the class-level dependencies of a
 * module's compiled classes (read by the JDK's {@code jdeps}, run in-process; no extra dependency).
 * Dependencies on classes outside the folder (other modules, the JDK) are ignored: Maven already
 * forbids cycles between modules.
 *
 * <pre>{@code
 * @Test
 * void packagesDependOnEachOtherInNoCircle() {
 *   PackageCycles.assertNoneInMainClasses("io.github.fsonboard.apim", Set.of());
 * }
 * }</pre>
 */
public final class PackageCycles {
  private static final Pattern EDGE = Pattern.compile("^\\s+(\\S+)\\s+->\\s+(\\S+)\\s+\\S+");

  private PackageCycles() {}

  /**
   * Checks the calling module's main classes ({@code target/classes}, relative to the working
   * directory as under Maven).
   *
   * @param basePackage only classes under this package count, e.g. {@code io.github.fsonboard.is}
   * @param known cycles tolerated for now, each the set of its packages; a cycle found must lie
   *     inside one of them (so a known cycle may shrink or go, but none may grow or appear)
   * @throws AssertionError naming every other cycle and the class dependencies that make it
   */
  public static void assertNoneInMainClasses(String basePackage, Set<Set<String>> known) {
    assertNone(Path.of("target", "classes"), basePackage, known);
  }

  /**
   * Checks a class folder.
   *
   * @param classes a folder of compiled classes
   * @param basePackage only classes under this package count
   * @param known cycles tolerated for now (see {@link #assertNoneInMainClasses(String, Set)})
   * @throws AssertionError naming every other cycle and the class dependencies that make it
   */
  public static void assertNone(Path classes, String basePackage, Set<Set<String>> known) {
    List<String> problems = new ArrayList<>();
    Map<String, Map<String, Set<String>>> edges = edges(classes, basePackage);
    for (Set<String> cycle : cycles(edges)) {
      if (known.stream().noneMatch(k -> k.containsAll(cycle))) {
        problems.add(describe(cycle, edges));
      }
    }
    if (!problems.isEmpty()) {
      throw new AssertionError(
          "Packages of " + basePackage + " depend on each other in a circle:\n" + problems);
    }
  }

  /**
   * Lists the cycles among the packages of a class folder.
   *
   * @param classes a folder of compiled classes
   * @param basePackage only classes under this package count
   * @return each cycle as the sorted set of its packages (a strongly connected component of two or
   *     more packages), in a stable order
   */
  public static List<Set<String>> cycles(Path classes, String basePackage) {
    return cycles(edges(classes, basePackage));
  }

  /** Package to package, with the class dependencies ("A -> B") behind each edge. */
  private static Map<String, Map<String, Set<String>>> edges(Path classes, String basePackage) {
    if (!Files.isDirectory(classes)) {
      throw new AssertionError("No class folder at " + classes.toAbsolutePath());
    }
    ToolProvider jdeps =
        ToolProvider.findFirst("jdeps")
            .orElseThrow(() -> new AssertionError("jdeps is missing: run the tests on a full JDK"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        jdeps.run(new PrintWriter(out), new PrintWriter(err), "-verbose:class", classes.toString());
    if (code != 0) {
      throw new AssertionError("jdeps failed (" + code + "): " + err);
    }
    String prefix = basePackage + ".";
    Map<String, Map<String, Set<String>>> edges = new TreeMap<>();
    for (String line : out.toString().lines().toList()) {
      Matcher m = EDGE.matcher(line);
      if (!m.find() || !m.group(1).startsWith(prefix) || !m.group(2).startsWith(prefix)) {
        continue;
      }
      String from = packageOf(m.group(1));
      String to = packageOf(m.group(2));
      if (!from.equals(to)) {
        edges
            .computeIfAbsent(from, k -> new TreeMap<>())
            .computeIfAbsent(to, k -> new TreeSet<>())
            .add(simpleName(m.group(1)) + " -> " + simpleName(m.group(2)));
      }
    }
    return edges;
  }

  /** Tarjan's strongly connected components, keeping those of two or more packages. */
  private static List<Set<String>> cycles(Map<String, Map<String, Set<String>>> edges) {
    Tarjan t = new Tarjan(edges);
    edges.keySet().forEach(p -> t.visit(p));
    return t.cycles;
  }

  private static String describe(Set<String> cycle, Map<String, Map<String, Set<String>>> edges) {
    StringBuilder s = new StringBuilder("  cycle " + cycle);
    for (String from : cycle) {
      edges.getOrDefault(from, Map.of()).entrySet().stream()
          .filter(e -> cycle.contains(e.getKey()))
          .forEach(
              e ->
                  s.append("\n    ")
                      .append(from)
                      .append(" -> ")
                      .append(e.getKey())
                      .append(": ")
                      .append(e.getValue()));
    }
    return s.append('\n').toString();
  }

  private static String packageOf(String className) {
    return className.substring(0, className.lastIndexOf('.'));
  }

  private static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  private static final class Tarjan {
    private final Map<String, Map<String, Set<String>>> edges;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> low = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();
    private final Set<String> onStack = new TreeSet<>();
    private final List<Set<String>> cycles = new ArrayList<>();

    Tarjan(Map<String, Map<String, Set<String>>> edges) {
      this.edges = edges;
    }

    void visit(String v) {
      if (index.containsKey(v)) {
        return;
      }
      index.put(v, index.size());
      low.put(v, index.get(v));
      stack.push(v);
      onStack.add(v);
      for (String w : edges.getOrDefault(v, Map.of()).keySet()) {
        if (!index.containsKey(w)) {
          visit(w);
          low.put(v, Math.min(low.get(v), low.get(w)));
        } else if (onStack.contains(w)) {
          low.put(v, Math.min(low.get(v), index.get(w)));
        }
      }
      if (low.get(v).equals(index.get(v))) {
        Set<String> component = new TreeSet<>();
        String w;
        do {
          w = stack.pop();
          onStack.remove(w);
          component.add(w);
        } while (!w.equals(v));
        if (component.size() > 1) {
          cycles.add(component);
        }
      }
    }
  }
}
