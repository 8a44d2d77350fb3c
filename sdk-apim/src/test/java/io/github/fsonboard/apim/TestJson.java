package io.github.fsonboard.apim;

import io.github.fsonboard.core.internal.http.MoshiFactory;
import io.github.fsonboard.harness.Wso2Specs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

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
   * Reads one of WSO2's example files from the specs folder that {@link Wso2Specs} locates: a
   * contract check, skipped (the specs folder is third-party data, absent from a plain clone).
   */
  public static String specsFile(String relative) {
    Wso2Specs.assumeAvailable();
    try {
      return Files.readString(Wso2Specs.dir().orElseThrow().resolve(relative));
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
