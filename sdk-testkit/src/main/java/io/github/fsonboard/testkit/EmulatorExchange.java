package io.github.fsonboard.testkit;

import java.util.List;
import java.util.Map;

/**
 * One request an emulator server received and what it answered, as given to an {@link
 * Wso2Emulator#addExchangeListener exchange listener}. Bodies are the raw text, or null when empty.
 * For an injected connection fault the response fields show what WireMock recorded.
 *
 * @param server which server received the request
 * @param method the HTTP method
 * @param url the path and query string
 * @param requestHeaders the request headers (names as sent)
 * @param requestBody the request body, or null
 * @param status the response status
 * @param responseHeaders the response headers
 * @param responseBody the response body, or null
 */
public record EmulatorExchange(
    FaultRule.Target server,
    String method,
    String url,
    Map<String, List<String>> requestHeaders,
    String requestBody,
    int status,
    Map<String, List<String>> responseHeaders,
    String responseBody) {

  /**
   * Copies the header maps so the record is immutable.
   *
   * @param server which server received the request
   * @param method the HTTP method
   * @param url the path and query string
   * @param requestHeaders the request headers
   * @param requestBody the request body, or null
   * @param status the response status
   * @param responseHeaders the response headers
   * @param responseBody the response body, or null
   */
  public EmulatorExchange {
    requestHeaders = Map.copyOf(requestHeaders);
    responseHeaders = Map.copyOf(responseHeaders);
  }

  /**
   * A short form without headers or bodies, which carry credentials and secrets.
   *
   * @return e.g. {@code "APIM POST /api/am/devportal/v3/applications -> 201"}
   */
  @Override
  public String toString() {
    return server + " " + method + " " + url + " -> " + status;
  }
}
