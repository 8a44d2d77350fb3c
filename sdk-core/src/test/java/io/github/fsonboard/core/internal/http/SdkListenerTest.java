package io.github.fsonboard.core.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.fsonboard.core.auth.Authentication;
import io.github.fsonboard.core.error.ServerException;
import io.github.fsonboard.core.error.TransportException;
import io.github.fsonboard.core.http.BaseUrl;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.RetryPolicy;
import io.github.fsonboard.core.observe.ErrorKind;
import io.github.fsonboard.core.observe.HttpAttemptEvent;
import io.github.fsonboard.core.observe.RetryReason;
import io.github.fsonboard.core.observe.SdkListener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Path;

/** What the transport tells an {@link SdkListener} about each HTTP attempt. */
class SdkListenerTest {
  private static WireMockServer wm;

  private final List<HttpAttemptEvent> events = new CopyOnWriteArrayList<>();
  private final SdkListener recording =
      new SdkListener() {
        @Override
        public void onHttpAttempt(HttpAttemptEvent event) {
          events.add(event);
        }
      };

  interface Things {
    @GET("things/{thingId}/parts")
    Call<Void> parts(@Path("thingId") String thingId);
  }

  @BeforeAll
  static void start() {
    wm = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
    wm.start();
  }

  @AfterAll
  static void stop() {
    wm.stop();
  }

  @BeforeEach
  void reset() {
    wm.resetAll();
  }

  private HttpEngine engine(SdkListener listener) {
    HttpConfig config =
        HttpConfig.builder()
            .readTimeout(Duration.ofSeconds(10))
            .retryPolicy(
                RetryPolicy.builder()
                    .maxAttempts(3)
                    .initialBackoff(Duration.ofMillis(1))
                    .maxRetryAfter(Duration.ofSeconds(1))
                    .build())
            .listener(listener)
            .build();
    return HttpEngine.create(config, d -> {});
  }

  @Test
  void aRetrofitCallReportsItsRouteTemplateNotTheIds() {
    wm.stubFor(
        any(urlPathMatching("/api/am/v3/things/.*")).willReturn(aResponse().withStatus(204)));
    Things things =
        engine(recording)
            .service(BaseUrl.of(wm.url("/api/am/v3")), Authentication.none(), Things.class);

    Calls.execute(things.parts("4f1c-9a77-secret-ish-id"));

    assertThat(events).hasSize(1);
    HttpAttemptEvent e = events.get(0);
    assertThat(e.method()).isEqualTo("GET");
    assertThat(e.route()).isEqualTo("/api/am/v3/things/{thingId}/parts");
    assertThat(e.status()).isEqualTo(204);
    assertThat(e.attempt()).isEqualTo(1);
    assertThat(e.retryReason()).isEqualTo(RetryReason.NONE);
    assertThat(e.errorKind()).isEqualTo(ErrorKind.NONE);
    assertThat(e.duration()).isPositive();
  }

  @Test
  void retriedStatusesGiveOneEventPerAttemptWithTheReason() {
    wm.stubFor(
        any(urlPathMatching("/register/.*"))
            .inScenario("s")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("limited"));
    wm.stubFor(
        any(urlPathMatching("/register/.*"))
            .inScenario("s")
            .whenScenarioStateIs("limited")
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0"))
            .willSetStateTo("down"));
    wm.stubFor(
        any(urlPathMatching("/register/.*"))
            .inScenario("s")
            .whenScenarioStateIs("down")
            .willReturn(aResponse().withStatus(500)));
    HttpEngine engine = engine(recording);
    Request request = new Request.Builder().url(wm.url("/register/AbC123xyz")).get().build();

    assertThatThrownBy(() -> RawCall.execute(engine.client(Authentication.none()), request))
        .isInstanceOf(ServerException.class);

    assertThat(events)
        .extracting(
            HttpAttemptEvent::attempt,
            HttpAttemptEvent::status,
            HttpAttemptEvent::retryReason,
            HttpAttemptEvent::errorKind,
            HttpAttemptEvent::route)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                1, 503, RetryReason.STATUS, ErrorKind.SERVER_ERROR, "/register/{id}"),
            org.assertj.core.groups.Tuple.tuple(
                2, 429, RetryReason.RATE_LIMITED, ErrorKind.RATE_LIMITED, "/register/{id}"),
            org.assertj.core.groups.Tuple.tuple(
                3, 500, RetryReason.NONE, ErrorKind.SERVER_ERROR, "/register/{id}"));
  }

  @Test
  void connectionFailuresReportNoStatusAndTheirKind() {
    wm.stubFor(
        any(urlPathMatching("/oauth2/token"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    HttpEngine engine = engine(recording);
    Request request = new Request.Builder().url(wm.url("/oauth2/token")).get().build();

    assertThatThrownBy(() -> RawCall.execute(engine.client(Authentication.none()), request))
        .isInstanceOf(TransportException.class);

    assertThat(events).hasSize(3);
    assertThat(events)
        .allSatisfy(
            e -> {
              assertThat(e.status()).isZero();
              assertThat(e.errorKind()).isEqualTo(ErrorKind.IO);
              assertThat(e.route()).isEqualTo("/oauth2/token");
            });
    assertThat(events)
        .extracting(HttpAttemptEvent::retryReason)
        .containsExactly(RetryReason.IO_FAILURE, RetryReason.IO_FAILURE, RetryReason.NONE);
  }

  @Test
  void aListenerThatThrowsDoesNotBreakTheCall() {
    wm.stubFor(any(urlPathMatching("/ok")).willReturn(aResponse().withStatus(200).withBody("x")));
    SdkListener broken =
        new SdkListener() {
          @Override
          public void onHttpAttempt(HttpAttemptEvent event) {
            throw new IllegalStateException("listener bug");
          }
        };
    HttpEngine engine = engine(SdkListener.of(List.of(broken, recording)));
    Request request = new Request.Builder().url(wm.url("/ok")).get().build();

    HttpResult<String> result = RawCall.execute(engine.client(Authentication.none()), request);

    assertThat(result.body()).isEqualTo("x");
    assertThat(events).hasSize(1); // the listener after the broken one still hears the event
  }

  @Test
  void versionSegmentsStayAndIdLikeSegmentsAreReplaced() {
    Request request =
        new Request.Builder()
            .url("https://h/api/openbanking/v1.0/register/3f2a9c1e/x/" + "a".repeat(30) + "/")
            .build();

    assertThat(RouteTemplate.of(request)).isEqualTo("/api/openbanking/v1.0/register/{id}/x/{id}");
  }
}
