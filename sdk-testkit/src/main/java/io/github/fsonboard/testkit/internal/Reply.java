package io.github.fsonboard.testkit.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A response produced by a handler.
 *
 * @param status HTTP status
 * @param headers response headers
 * @param body body bytes (empty for none)
 */
public record Reply(int status, Map<String, String> headers, byte[] body) {

  /**
   * A JSON reply.
   *
   * @param status the status
   * @param value maps/lists to serialise
   * @return the reply
   */
  public static Reply json(int status, Object value) {
    return typed(status, "application/json", Json.write(value));
  }

  /**
   * A reply with a given content type.
   *
   * @param status the status
   * @param contentType the content type
   * @param text the body
   * @return the reply
   */
  public static Reply typed(int status, String contentType, String text) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", contentType);
    return new Reply(status, headers, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A reply without body.
   *
   * @param status the status
   * @return the reply
   */
  public static Reply empty(int status) {
    return new Reply(status, new LinkedHashMap<>(), new byte[0]);
  }

  /**
   * Returns a copy with one more header.
   *
   * @param name header name
   * @param value header value
   * @return the new reply
   */
  public Reply withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return new Reply(status, copy, body);
  }
}
