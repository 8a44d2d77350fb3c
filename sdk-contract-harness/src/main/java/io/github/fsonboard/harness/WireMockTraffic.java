package io.github.fsonboard.harness;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns WireMock's request journal into {@link RecordedRequest}s and {@link RecordedExchange}s, in
 * the order they were received.
 *
 * <pre>{@code
 * // after the SDK talked to the WireMockServer `server`
 * ContractValidator.of(Spec.IS_DCR_V11, AllowList.wso2KnownSpecBugs())
 *     .assertExchangesValid(WireMockTraffic.exchanges(server));
 * }</pre>
 */
public final class WireMockTraffic {

  private WireMockTraffic() {}

  /**
   * Returns every request the server received, oldest first.
   *
   * @param server the WireMock server
   * @return the requests
   */
  public static List<RecordedRequest> requests(WireMockServer server) {
    return requests(server.getAllServeEvents());
  }

  /**
   * Returns every request a WireMock client's server received, oldest first.
   *
   * @param client a WireMock client (e.g. {@code WireMockRuntimeInfo.getWireMock()})
   * @return the requests
   */
  public static List<RecordedRequest> requests(WireMock client) {
    return requests(client.getServeEvents());
  }

  /**
   * Converts serve events to requests, oldest first.
   *
   * @param events serve events in any order
   * @return the requests
   */
  public static List<RecordedRequest> requests(List<ServeEvent> events) {
    return chronological(events).stream().map(e -> request(e.getRequest())).toList();
  }

  /**
   * Returns every request and response of the server, oldest first.
   *
   * @param server the WireMock server
   * @return the exchanges
   */
  public static List<RecordedExchange> exchanges(WireMockServer server) {
    return exchanges(server.getAllServeEvents());
  }

  /**
   * Returns every request and response a WireMock client's server saw, oldest first.
   *
   * @param client a WireMock client
   * @return the exchanges
   */
  public static List<RecordedExchange> exchanges(WireMock client) {
    return exchanges(client.getServeEvents());
  }

  /**
   * Converts serve events to exchanges, oldest first. A request answered with a stubbed fault
   * (connection reset, empty response, ...) got no HTTP answer to validate, so it is left out of
   * the exchanges; {@link #requests} still lists it.
   *
   * @param events serve events in any order
   * @return the exchanges
   */
  public static List<RecordedExchange> exchanges(List<ServeEvent> events) {
    return chronological(events).stream()
        .filter(
            e -> e.getResponseDefinition() == null || e.getResponseDefinition().getFault() == null)
        .map(e -> new RecordedExchange(request(e.getRequest()), response(e.getResponse())))
        .toList();
  }

  /**
   * Converts one logged request.
   *
   * @param r the logged request
   * @return the request (URL path with query, headers, body text)
   */
  public static RecordedRequest request(LoggedRequest r) {
    String body = r.getBodyAsString();
    return new RecordedRequest(
        r.getMethod().getName(), r.getUrl(), headers(r.getHeaders()), body.isEmpty() ? null : body);
  }

  /**
   * Converts one logged response.
   *
   * @param r the logged response
   * @return the response
   */
  public static RecordedResponse response(LoggedResponse r) {
    String body = r.getBodyAsString();
    return new RecordedResponse(
        r.getStatus(), headers(r.getHeaders()), body == null || body.isEmpty() ? null : body);
  }

  private static List<ServeEvent> chronological(List<ServeEvent> events) {
    // WireMock lists newest first; reversing keeps same-millisecond events in arrival order.
    List<ServeEvent> sorted = new ArrayList<>(events);
    Collections.reverse(sorted);
    sorted.sort(Comparator.comparing(e -> e.getRequest().getLoggedDate()));
    return sorted;
  }

  private static Map<String, List<String>> headers(HttpHeaders headers) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    if (headers != null) {
      for (HttpHeader h : headers.all()) {
        map.put(h.key(), List.copyOf(h.values()));
      }
    }
    return map;
  }
}
