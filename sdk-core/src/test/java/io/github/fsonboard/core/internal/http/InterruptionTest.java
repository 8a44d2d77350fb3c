package io.github.fsonboard.core.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.fsonboard.core.error.TransportException;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.RetryPolicy;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An interrupted caller (an executor shutting down) is told so, not told "timeout", is not retried,
 * and keeps its interrupt status.
 */
class InterruptionTest {
  private static final String PATH = "/interrupted";

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static HttpEngine engine(Duration backoff) {
    return HttpEngine.create(
        HttpConfig.builder()
            .retryPolicy(
                RetryPolicy.builder()
                    .maxAttempts(3)
                    .initialBackoff(backoff)
                    .maxBackoff(backoff)
                    .jitter(0)
                    .build())
            .build());
  }

  private static Request request() {
    return new Request.Builder().url(wm.url(PATH)).build();
  }

  private static int requests() {
    return wm.findAll(anyRequestedFor(urlPathEqualTo(PATH))).size();
  }

  @Test
  void aCallerInterruptedBeforeTheCallIsToldSoAndNotRetried() {
    wm.stubFor(get(PATH).willReturn(ok("{}")));
    HttpEngine engine = engine(Duration.ofMillis(10));
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> RawCall.execute(engine.client(null), request()))
          .isInstanceOfSatisfying(
              TransportException.class,
              e -> {
                assertThat(e.kind()).isEqualTo(TransportException.Kind.INTERRUPTED);
                assertThat(e.getMessage()).startsWith("INTERRUPTED failure on GET");
              });
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
      engine.close();
    }
    assertThat(requests()).as("nothing sent, nothing retried").isZero();
  }

  @Test
  void aCallerInterruptedDuringTheBackoffStopsAtOnce() throws Exception {
    wm.stubFor(get(PATH).willReturn(aResponse().withStatus(503)));
    // Within the 60 s call deadline, so the backoff does start (a longer one would not).
    HttpEngine engine = engine(Duration.ofSeconds(30));
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicBoolean stillInterrupted = new AtomicBoolean();
    Thread caller =
        new Thread(
            () -> {
              try {
                RawCall.execute(engine.client(null), request());
              } catch (RuntimeException e) {
                thrown.set(e);
                stillInterrupted.set(Thread.currentThread().isInterrupted());
              }
            });
    try {
      caller.start();
      for (int i = 0; i < 500 && requests() == 0; i++) {
        Thread.sleep(10);
      }
      caller.interrupt();
      caller.join(10_000);

      assertThat(caller.isAlive()).as("still backing off").isFalse();
      assertThat(thrown.get())
          .isInstanceOfSatisfying(
              TransportException.class,
              e -> assertThat(e.kind()).isEqualTo(TransportException.Kind.INTERRUPTED));
      assertThat(stillInterrupted).isTrue();
      assertThat(requests()).isEqualTo(1);
    } finally {
      engine.close();
    }
  }
}
