package io.github.fsonboard.harness;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP request as sent on the wire.
 *
 * @param method HTTP method, e.g. {@code POST}
 * @param pathAndQuery the full URL path (including any server base path) and query string
 * @param headers header names to values (names matched case-insensitively by the validator)
 * @param body the body text, or null when there is none
 */
public record RecordedRequest(
    String method, String pathAndQuery, Map<String, List<String>> headers, String body) {

  /**
   * Copies the headers and checks the required components.
   *
   * @throws NullPointerException when method, pathAndQuery or headers is null
   */
  public RecordedRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(pathAndQuery, "pathAndQuery");
    headers = Map.copyOf(Objects.requireNonNull(headers, "headers"));
  }

  /**
   * A request with a JSON body.
   *
   * @param method HTTP method
   * @param pathAndQuery path and query
   * @param json JSON body
   * @return a request with {@code Content-Type: application/json}
   */
  public static RecordedRequest json(String method, String pathAndQuery, String json) {
    return new RecordedRequest(
        method, pathAndQuery, Map.of("Content-Type", List.of("application/json")), json);
  }

  /**
   * Returns the path without the query string.
   *
   * @return the path
   */
  public String path() {
    int q = pathAndQuery.indexOf('?');
    return q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
  }

  /**
   * Returns the raw query string (without {@code ?}).
   *
   * @return the query, or an empty string
   */
  public String query() {
    int q = pathAndQuery.indexOf('?');
    return q < 0 ? "" : pathAndQuery.substring(q + 1);
  }
}
