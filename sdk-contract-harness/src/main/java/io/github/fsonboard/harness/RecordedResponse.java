package io.github.fsonboard.harness;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP response as received.
 *
 * @param status HTTP status
 * @param headers header names to values
 * @param body the body text, or null when there is none
 */
public record RecordedResponse(int status, Map<String, List<String>> headers, String body) {

  /**
   * Copies the headers.
   *
   * @throws NullPointerException when headers is null
   */
  public RecordedResponse {
    headers = Map.copyOf(Objects.requireNonNull(headers, "headers"));
  }

  /**
   * A response with a JSON body.
   *
   * @param status HTTP status
   * @param json JSON body
   * @return a response with {@code Content-Type: application/json}
   */
  public static RecordedResponse json(int status, String json) {
    return new RecordedResponse(status, Map.of("Content-Type", List.of("application/json")), json);
  }
}
