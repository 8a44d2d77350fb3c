package io.github.fsonboard.core.internal.http;

import java.util.List;
import java.util.Map;

/**
 * A successful response: status, headers and the decoded body (null when there was none).
 *
 * @param status the HTTP status (2xx)
 * @param headers the response headers, names lower-cased
 * @param body the decoded body, or null
 * @param <T> the body type
 */
public record HttpResult<T>(int status, Map<String, List<String>> headers, T body) {
  /**
   * Returns the first value of a header.
   *
   * @param name the header name, any case
   * @return the value, or null
   */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
