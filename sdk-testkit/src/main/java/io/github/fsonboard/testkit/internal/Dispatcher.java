package io.github.fsonboard.testkit.internal;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.fsonboard.testkit.FaultRule;
import io.github.fsonboard.testkit.Faults;
import io.github.fsonboard.testkit.InjectedFault;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WireMock extension every request goes through (one catch-all stub points at it). It applies
 * fault rules, then runs the stateful handler under the store's lock.
 */
public final class Dispatcher implements ResponseDefinitionTransformerV2 {
  private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

  private final String name;
  private final FaultRule.Target server;
  private final Router router;
  private final Store store;
  private final Faults faults;

  /**
   * Creates the dispatcher of one server.
   *
   * @param name the extension name
   * @param server which server this is
   * @param router its routes
   * @param store the shared state (its monitor is the lock)
   * @param faults the fault rules
   */
  public Dispatcher(
      String name, FaultRule.Target server, Router router, Store store, Faults faults) {
    this.name = name;
    this.server = server;
    this.router = router;
    this.store = store;
    this.faults = faults;
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public boolean applyGlobally() {
    return true;
  }

  @Override
  public ResponseDefinition transform(ServeEvent serveEvent) {
    LoggedRequest lr = serveEvent.getRequest();
    Request request =
        Request.of(lr.getMethod().getName(), lr.getUrl(), lr::getHeader, lr.getBody());
    String route = server + " " + request.method() + " " + router.templateOf(request);
    synchronized (store) {
      store.requestCounts.merge(route, 1L, Long::sum);
    }
    Faults.Decision decision = faults.decide(server, request.method(), request.path());
    boolean latency = decision != null && decision.fault().kind() == InjectedFault.Kind.LATENCY;
    if (decision != null && !latency && !decision.afterCommit()) {
      return render(decision.fault());
    }
    Reply reply;
    synchronized (store) {
      try {
        reply = router.dispatch(request);
      } catch (RuntimeException e) {
        LOG.warn("Emulator handler failed for {} {}", request.method(), request.path(), e);
        reply =
            Replies.apimError(
                500,
                500,
                "Internal Server Error",
                "The server encountered an internal error. Please contact administrator.");
      }
    }
    if (decision != null && !latency) {
      return render(decision.fault());
    }
    ResponseDefinitionBuilder builder =
        new ResponseDefinitionBuilder().withStatus(reply.status()).withBody(reply.body());
    for (Map.Entry<String, String> h : reply.headers().entrySet()) {
      builder.withHeader(h.getKey(), h.getValue());
    }
    if (latency) {
      builder.withFixedDelay(
          (int) Math.min(Integer.MAX_VALUE, decision.fault().delay().toMillis()));
    }
    return builder.build();
  }

  private ResponseDefinition render(InjectedFault fault) {
    ResponseDefinitionBuilder b = new ResponseDefinitionBuilder();
    switch (fault.kind()) {
      case CONNECTION_RESET -> b.withFault(Fault.CONNECTION_RESET_BY_PEER);
      case EMPTY_RESPONSE -> b.withFault(Fault.EMPTY_RESPONSE);
      case MALFORMED_CHUNK -> b.withFault(Fault.MALFORMED_RESPONSE_CHUNK);
      case RANDOM_DATA -> b.withFault(Fault.RANDOM_DATA_THEN_CLOSE);
      case TOO_MANY_REQUESTS -> {
        Reply r = Replies.apimError(429, 429, "Too Many Requests", "You have exceeded your quota");
        b.withStatus(429)
            .withHeader("Content-Type", "application/json")
            .withHeader("Retry-After", String.valueOf(fault.retryAfterSeconds()))
            .withBody(r.body());
      }
      default -> {
        Reply r =
            Replies.apimError(
                fault.status(), fault.status(), "Injected fault", "Fault injected by the emulator");
        b.withStatus(fault.status())
            .withHeader("Content-Type", "application/json")
            .withBody(r.body());
      }
    }
    return b.build();
  }
}
