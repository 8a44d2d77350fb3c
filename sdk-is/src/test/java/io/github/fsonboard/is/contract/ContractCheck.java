package io.github.fsonboard.is.contract;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.fsonboard.harness.ContractValidator;
import io.github.fsonboard.harness.RecordedExchange;
import io.github.fsonboard.harness.Spec;
import io.github.fsonboard.harness.ValidationOutcome;
import io.github.fsonboard.harness.WireMockTraffic;
import io.github.fsonboard.harness.Wso2Specs;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Validates everything a WireMock server saw during one test against the WSO2 IS spec of each path:
 * the SDK's requests and the fixture responses (which are written to mimic the server).
 */
public final class ContractCheck {

  /** JVM-wide counters, printed by {@link #summary()}. */
  private static final Map<Spec, AtomicInteger> REQUESTS = new EnumMap<>(Spec.class);

  private static final Map<Spec, AtomicInteger> RESPONSES = new EnumMap<>(Spec.class);
  private static final AtomicInteger UNSPECIFIED = new AtomicInteger();

  private ContractCheck() {}

  /**
   * Validates the server's journal.
   *
   * @param server the WireMock server
   * @param validateResponses false when the test's fixtures deliberately do not mimic WSO2
   * @return the specs at least one request was validated against
   * @throws AssertionError listing every finding not on {@link IsSpecs#allowList()}
   */
  public static List<Spec> validate(WireMockServer server, boolean validateResponses) {
    if (!Wso2Specs.available()) { // says once that the contract checks are skipped
      return List.of();
    }
    List<String> problems = new ArrayList<>();
    List<Spec> seen = new ArrayList<>();
    for (ServeEvent event : server.getAllServeEvents()) {
      RecordedExchange e =
          new RecordedExchange(
              WireMockTraffic.request(event.getRequest()),
              WireMockTraffic.response(event.getResponse()));
      Optional<Spec> spec = IsSpecs.forPath(e.request().path());
      if (spec.isEmpty()) {
        UNSPECIFIED.incrementAndGet();
        continue;
      }
      ContractValidator validator = ContractValidator.of(spec.get(), IsSpecs.allowList());
      ValidationOutcome request = validator.validateRequest(e.request());
      count(REQUESTS, spec.get());
      seen.add(spec.get());
      if (!request.valid()) {
        problems.add("Request " + request.describe());
      }
      // An unmatched request gets WireMock's own 404, which is not server traffic.
      if (validateResponses && event.getWasMatched()) {
        ValidationOutcome response = validator.validateResponse(e.request(), e.response());
        count(RESPONSES, spec.get());
        if (!response.valid()) {
          problems.add("Response " + e.response().status() + " to " + response.describe());
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new AssertionError(String.join("\n", problems));
    }
    return seen;
  }

  /**
   * Describes what was validated so far in this JVM.
   *
   * @return e.g. {@code contract-validated requests {IS_DCR_V11=12}, responses {...}}
   */
  public static synchronized String summary() {
    return "contract-validated requests "
        + REQUESTS
        + ", responses "
        + RESPONSES
        + ", requests to endpoints without a spec "
        + UNSPECIFIED;
  }

  private static synchronized void count(Map<Spec, AtomicInteger> counts, Spec spec) {
    counts.computeIfAbsent(spec, s -> new AtomicInteger()).incrementAndGet();
  }
}
