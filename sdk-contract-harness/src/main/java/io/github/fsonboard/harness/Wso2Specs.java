package io.github.fsonboard.harness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates WSO2's OpenAPI files ({@code shared/wso2-specs}, third-party data never copied into the
 * repository).
 *
 * <p>When the system property {@value #PROPERTY} is set (the parent pom's surefire configuration
 * sets it to {@code ../shared/wso2-specs} beside the checkout), that folder alone is used, so
 * {@code -Dfsonboard.specs.dir=/nonexistent} really runs the build without the specs. Without the
 * property (a test started from an IDE), each ancestor of the working directory is tried for {@code
 * shared/wso2-specs}. When the specs are absent, one line per test JVM says that the contract
 * checks are skipped.
 *
 * <pre>{@code
 * @BeforeAll
 * static void specs() {
 *   Wso2Specs.assumeAvailable(); // skips the test class when the specs are absent
 * }
 * }</pre>
 */
public final class Wso2Specs {

  /** System property naming the specs folder. */
  public static final String PROPERTY = "fsonboard.specs.dir";

  /** The skip notice is printed once per test JVM, not once per skipped test. */
  private static final AtomicBoolean TOLD_SKIPPED = new AtomicBoolean();

  private Wso2Specs() {}

  /**
   * Returns the specs folder if one was found.
   *
   * @return the folder holding {@code apim/} and {@code is/}, or empty
   */
  public static Optional<Path> dir() {
    return candidates().stream().filter(Wso2Specs::looksLikeSpecs).findFirst();
  }

  /**
   * Tells whether the specs folder was found.
   *
   * @return true when {@link #dir()} is present
   */
  public static boolean available() {
    boolean found = dir().isPresent();
    if (!found && TOLD_SKIPPED.compareAndSet(false, true)) {
      System.out.println(skippedMessage(candidates()));
    }
    return found;
  }

  /**
   * Skips the calling test (JUnit assumption) when the specs folder is absent, saying where it
   * looked and how to point at it.
   */
  public static void assumeAvailable() {
    available(); // prints the one skip notice
    assumeAvailable(candidates());
  }

  static void assumeAvailable(List<Path> candidates) {
    Assumptions.assumeTrue(
        candidates.stream().anyMatch(Wso2Specs::looksLikeSpecs), () -> skippedMessage(candidates));
  }

  private static String skippedMessage(List<Path> candidates) {
    return "Contract checks skipped: WSO2 specs not found (looked at "
        + candidates
        + "). Set -D"
        + PROPERTY
        + "=/path/to/shared/wso2-specs to run them.";
  }

  /**
   * Returns the file of one spec.
   *
   * @param spec the spec
   * @return its absolute path
   * @throws IllegalStateException when the specs folder or the file is absent
   */
  public static Path path(Spec spec) {
    Path dir =
        dir()
            .orElseThrow(
                () -> new IllegalStateException("WSO2 specs not found; looked at " + candidates()));
    Path file = dir.resolve(spec.relativePath());
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("Spec file missing: " + file);
    }
    return file;
  }

  /**
   * Returns the folders that are tried, in order.
   *
   * @return the system property's folder when it is set, else each ancestor's shared/wso2-specs
   */
  public static List<Path> candidates() {
    List<Path> result = new ArrayList<>();
    String property = System.getProperty(PROPERTY);
    if (property != null && !property.isBlank()) {
      result.add(Path.of(property).toAbsolutePath().normalize());
      return result; // an explicit folder is the only one tried
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      result.add(dir.resolve("shared").resolve("wso2-specs"));
    }
    return result;
  }

  private static boolean looksLikeSpecs(Path dir) {
    return Files.isDirectory(dir.resolve("apim")) && Files.isDirectory(dir.resolve("is"));
  }
}
