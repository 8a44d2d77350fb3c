package io.github.fsonboard.apim.contract;

import io.github.fsonboard.harness.RecordedExchange;
import io.github.fsonboard.harness.RecordedRequest;
import io.github.fsonboard.harness.RecordedResponse;
import io.github.fsonboard.testkit.FaultRule;
import io.github.fsonboard.testkit.Wso2Emulator;
import java.util.ArrayList;
import java.util.List;

/**
 * Records what the emulator's APIM server receives and answers, as the harness's exchanges, through
 * the emulator's public exchange listener.
 */
public final class EmulatorTraffic {
  private final List<RecordedExchange> exchanges = new ArrayList<>();

  private EmulatorTraffic() {}

  /** Starts recording the APIM server of a started emulator. */
  public static EmulatorTraffic record(Wso2Emulator emulator) {
    return record(emulator, FaultRule.Target.APIM);
  }

  /** Starts recording one server of a started emulator. */
  public static EmulatorTraffic record(Wso2Emulator emulator, FaultRule.Target server) {
    EmulatorTraffic traffic = new EmulatorTraffic();
    emulator.addExchangeListener(
        e -> {
          if (e.server() == server) {
            traffic.add(
                new RecordedExchange(
                    new RecordedRequest(
                        e.method(), e.url(), e.requestHeaders(), emptyToNull(e.requestBody())),
                    new RecordedResponse(
                        e.status(), e.responseHeaders(), emptyToNull(e.responseBody()))));
          }
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

  private static String emptyToNull(String body) {
    return body == null || body.isEmpty() ? null : body;
  }
}
