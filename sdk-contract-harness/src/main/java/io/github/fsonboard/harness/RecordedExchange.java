package io.github.fsonboard.harness;

import java.util.Objects;

/**
 * A request and the response it got.
 *
 * @param request the request
 * @param response the response
 */
public record RecordedExchange(RecordedRequest request, RecordedResponse response) {

  /**
   * Checks both parts.
   *
   * @throws NullPointerException when either is null
   */
  public RecordedExchange {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(response, "response");
  }
}
