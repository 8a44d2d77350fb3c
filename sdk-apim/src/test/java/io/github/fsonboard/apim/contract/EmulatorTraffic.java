package io.github.fsonboard.apim.contract;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import io.github.fsonboard.harness.RecordedExchange;
import io.github.fsonboard.harness.RecordedRequest;
import io.github.fsonboard.harness.RecordedResponse;
import io.github.fsonboard.testkit.Wso2Emulator;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records what the emulator's APIM server receives and answers, as the harness's exchanges.
 *
 * <p>The emulator runs WireMock with its request journal disabled and exposes no traffic API, so
 * this reaches its private APIM {@link WireMockServer} and adds a request listener (WireMock calls
 * it with the final response of every request). Test-only; a public hook in the testkit would be
 * nicer.
 */
public final class EmulatorTraffic {
  private final List<RecordedExchange> exchanges = new ArrayList<>();

  private EmulatorTraffic() {}

  /** Starts recording the APIM server of a started emulator. */
  public static EmulatorTraffic record(Wso2Emulator emulator) {
    EmulatorTraffic traffic = new EmulatorTraffic();
    apimServer(emulator)
        .addMockServiceRequestListener(
            (request, response) -> {
              String body = request.getBodyAsString();
              String answer = response.getBodyAsString();
              traffic.add(
                  new RecordedExchange(
                      new RecordedRequest(
                          request.getMethod().getName(),
                          request.getUrl(),
                          headers(request.getHeaders()),
                          body == null || body.isEmpty() ? null : body),
                      new RecordedResponse(
                          response.getStatus(),
                          headers(response.getHeaders()),
                          answer == null || answer.isEmpty() ? null : answer)));
            });
    return traffic;
  }

  /** The exchanges recorded since the last {@link #clear()}, oldest first. */
  public synchronized List<RecordedExchange> exchanges() {
    return List.copyOf(exchanges);
  }

  /** Forgets the recorded exchanges. */
  public synchronized void clear() {
    exchanges.clear();
  }

  private synchronized void add(RecordedExchange e) {
    exchanges.add(e);
  }

  private static WireMockServer apimServer(Wso2Emulator emulator) {
    try {
      Field field = Wso2Emulator.class.getDeclaredField("apim");
      field.setAccessible(true);
      return (WireMockServer) field.get(emulator);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Wso2Emulator changed: no private 'apim' server", e);
    }
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
