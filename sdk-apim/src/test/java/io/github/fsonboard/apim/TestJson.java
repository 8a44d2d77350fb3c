package io.github.fsonboard.apim;

import io.github.fsonboard.core.internal.http.MoshiFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/** Parses JSON in tests (request bodies, WSO2's example files). */
public final class TestJson {
  private TestJson() {}

  /** Parses a JSON object. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> object(String json) {
    try {
      return (Map<String, Object>) MoshiFactory.moshi().adapter(Object.class).fromJson(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a file under the shared WSO2 specs directory: {@code fsonboard.specs.dir}, else the first
   * {@code shared/wso2-specs} found above the working directory (git worktrees sit one level
   * deeper). Skips the test when the specs are not there.
   */
  public static String specsFile(String relative) {
    Path file = null;
    String dir = System.getProperty("fsonboard.specs.dir");
    if (dir != null && Files.isRegularFile(Path.of(dir, relative))) {
      file = Path.of(dir, relative);
    }
    for (Path p = Path.of("").toAbsolutePath(); file == null && p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared/wso2-specs").resolve(relative);
      if (Files.isRegularFile(candidate)) {
        file = candidate;
      }
    }
    Assumptions.assumeTrue(file != null, "WSO2 specs not found: " + relative);
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The body of the only request the server received for a method and path. */
  public static Map<String, Object> lastBody(
      com.github.tomakehurst.wiremock.WireMockServer server, String method, String path) {
    return object(lastBodyText(server, method, path));
  }

  /** The body text of the last request the server received for a method and path. */
  public static String lastBodyText(
      com.github.tomakehurst.wiremock.WireMockServer server, String method, String path) {
    return server.getAllServeEvents().stream()
        .map(e -> e.getRequest())
        .filter(r -> r.getMethod().getName().equals(method) && r.getUrl().equals(path))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + method + " " + path))
        .getBodyAsString();
  }
}
