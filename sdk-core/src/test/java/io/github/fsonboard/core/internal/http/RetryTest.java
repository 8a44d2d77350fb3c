package io.github.fsonboard.core.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.fsonboard.core.auth.Authentication;
import io.github.fsonboard.core.error.ApiException;
import io.github.fsonboard.core.error.RateLimitException;
import io.github.fsonboard.core.error.ServerException;
import io.github.fsonboard.core.error.TransportException;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.RetryPolicy;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

class RetryTest {
  private static final Duration READ_TIMEOUT = Duration.ofMillis(250);
  private static WireMockServer wm;

  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  // A fresh path per test: a delayed request of an earlier test may reach the journal late.
  private static String path;

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
    path = "/res-" + java.util.UUID.randomUUID();
  }

  private HttpEngine engine(Duration maxRetryAfter, boolean retryRateLimitedPosts) {
    HttpConfig config =
        HttpConfig.builder()
            .readTimeout(READ_TIMEOUT)
            .retryPolicy(
                RetryPolicy.builder()
                    .maxAttempts(3)
                    .initialBackoff(Duration.ofMillis(100))
                    .maxRetryAfter(maxRetryAfter)
                    .retryRateLimitedPosts(retryRateLimitedPosts)
                    .build())
            .build();
    return HttpEngine.create(config, sleeps::add);
  }

  private HttpEngine engine(Duration maxRetryAfter) {
    return engine(maxRetryAfter, false);
  }

  private HttpEngine engine() {
    return engine(Duration.ofSeconds(10));
  }

  private HttpEngine engineRetryingRateLimitedPosts() {
    return engine(Duration.ofSeconds(10), true);
  }

  private static Request request(String method, boolean retrySafe) {
    RequestBody body =
        method.equals("GET") || method.equals("DELETE")
            ? null
            : RequestBody.create("{\"a\":1}", MediaType.get("application/json"));
    Request.Builder b = new Request.Builder().url(wm.url(path)).method(method, body);
    if (retrySafe) {
      b.header(RetrySafe.HEADER, "true");
    }
    return b.build();
  }

  private static int requests() {
    return wm.findAll(anyRequestedFor(urlPathEqualTo(path))).size();
  }

  /** Faulted and delayed requests may reach the journal a moment after the client gave up. */
  private static int requestsSettled(int expected) throws InterruptedException {
    for (int i = 0; i < 100 && requests() < expected; i++) {
      Thread.sleep(20);
    }
    Thread.sleep(50); // and make sure no extra request follows
    return requests();
  }

  @ParameterizedTest
  @CsvSource({
    "GET,408", "GET,429", "GET,502", "GET,503", "GET,504",
    "PUT,408", "PUT,429", "PUT,502", "PUT,503", "PUT,504",
    "DELETE,408", "DELETE,429", "DELETE,502", "DELETE,503", "DELETE,504"
  })
  void idempotentMethodsAreRetriedOnRetryableStatuses(String method, int status) {
    wm.stubFor(any(urlPathEqualTo(path)).willReturn(aResponse().withStatus(status)));

    assertThatThrownBy(() -> RawCall.execute(engine().client(null), request(method, false)))
        .isInstanceOf(ApiException.class)
        .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(status));

    assertThat(requests()).isEqualTo(3);
    assertThat(sleeps).hasSize(2);
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 429, 502, 503, 504, 500})
  void plainPostIsNeverRetriedOnStatus(int status) {
    wm.stubFor(any(urlPathEqualTo(path)).willReturn(aResponse().withStatus(status)));

    assertThatThrownBy(() -> RawCall.execute(engine().client(null), request("POST", false)))
        .isInstanceOf(ApiException.class);

    assertThat(requests()).isEqualTo(1);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void rateLimitedPostIsRetriedAfterItsRetryAfterWhenTheCallerOptsIn() {
    stubFailThenOk(aResponse().withStatus(429).withHeader("Retry-After", "2"));

    HttpResult<String> result =
        RawCall.execute(engineRetryingRateLimitedPosts().client(null), request("POST", false));

    assertThat(result.status()).isEqualTo(200);
    assertThat(requests()).isEqualTo(2);
    assertThat(sleeps).containsExactly(Duration.ofSeconds(2));
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 502, 503, 504})
  void optingInToRateLimitedPostsLeavesOtherPostFailuresUnrepeated(int status) {
    wm.stubFor(any(urlPathEqualTo(path)).willReturn(aResponse().withStatus(status)));

    assertThatThrownBy(
            () ->
                RawCall.execute(
                    engineRetryingRateLimitedPosts().client(null), request("POST", false)))
        .isInstanceOf(ApiException.class);

    assertThat(requests()).isEqualTo(1);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void rateLimitedPostGivesUpAfterMaxAttempts() {
    wm.stubFor(any(urlPathEqualTo(path)).willReturn(aResponse().withStatus(429)));

    assertThatThrownBy(
            () ->
                RawCall.execute(
                    engineRetryingRateLimitedPosts().client(null), request("POST", false)))
        .isInstanceOf(ApiException.class)
        .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(429));

    assertThat(requests()).isEqualTo(3);
    assertThat(sleeps).hasSize(2);
  }

  @Test
  void nonRetryableStatusIsNotRetried() {
    wm.stubFor(any(urlPathEqualTo(path)).willReturn(aResponse().withStatus(500)));

    assertThatThrownBy(() -> RawCall.execute(engine().client(null), request("GET", false)))
        .isInstanceOf(ServerException.class);
    assertThat(requests()).isEqualTo(1);
  }

  @ParameterizedTest
  @CsvSource({
    "GET,CONNECTION_RESET_BY_PEER",
    "GET,EMPTY_RESPONSE",
    "PUT,CONNECTION_RESET_BY_PEER",
    "PUT,EMPTY_RESPONSE",
    "DELETE,CONNECTION_RESET_BY_PEER",
    "DELETE,EMPTY_RESPONSE"
  })
  void idempotentMethodsAreRetriedOnFaults(String method, Fault fault) throws Exception {
    wm.stubFor(any(urlPathEqualTo(path)).willReturn(aResponse().withFault(fault)));

    assertThatThrownBy(() -> RawCall.execute(engine().client(null), request(method, false)))
        .isInstanceOf(TransportException.class);

    assertThat(requestsSettled(3)).isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE"})
  void plainPostIsNeverRetriedOnFaults(Fault fault) throws Exception {
    wm.stubFor(any(urlPathEqualTo(path)).willReturn(aResponse().withFault(fault)));

    assertThatThrownBy(() -> RawCall.execute(engine().client(null), request("POST", false)))
        .isInstanceOf(TransportException.class);

    assertThat(requestsSettled(1)).isEqualTo(1);
  }

  @Test
  void readTimeoutIsRetriedForGetButNotForPost() throws Exception {
    long delay = READ_TIMEOUT.toMillis() * 3;
    wm.stubFor(
        any(urlPathEqualTo(path))
            .willReturn(aResponse().withStatus(200).withFixedDelay((int) delay)));

    assertThatThrownBy(() -> RawCall.execute(engine().client(null), request("GET", false)))
        .isInstanceOf(TransportException.class)
        .satisfies(
            e ->
                assertThat(((TransportException) e).kind())
                    .isEqualTo(TransportException.Kind.TIMEOUT));
    assertThat(requestsSettled(3)).isEqualTo(3);

    wm.resetRequests();
    assertThatThrownBy(() -> RawCall.execute(engine().client(null), request("POST", false)))
        .isInstanceOf(TransportException.class);
    assertThat(requestsSettled(1)).isEqualTo(1);
  }

  @Test
  void retrySafePostIsRetriedAndTheMarkerNeverLeavesTheProcess() {
    wm.stubFor(
        any(urlPathEqualTo(path))
            .inScenario("s")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("ok"));
    wm.stubFor(
        any(urlPathEqualTo(path))
            .inScenario("s")
            .whenScenarioStateIs("ok")
            .willReturn(aResponse().withStatus(200).withBody("done")));

    HttpResult<String> result = RawCall.execute(engine().client(null), request("POST", true));

    assertThat(result.body()).isEqualTo("done");
    assertThat(requests()).isEqualTo(2);
    wm.verify(2, anyRequestedFor(urlPathEqualTo(path)).withHeader(RetrySafe.HEADER, absent()));
  }

  @Test
  void retrySafePostIsRetriedOnFaults() throws Exception {
    wm.stubFor(
        any(urlPathEqualTo(path))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    assertThatThrownBy(() -> RawCall.execute(engine().client(null), request("POST", true)))
        .isInstanceOf(TransportException.class);
    assertThat(requestsSettled(3)).isEqualTo(3);
  }

  @Test
  void retryAfterSecondsIsHonoured() {
    stubFailThenOk(aResponse().withStatus(503).withHeader("Retry-After", "7"));

    RawCall.execute(engine().client(null), request("GET", false));

    assertThat(sleeps).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void retryAfterHttpDateIsHonoured() {
    String date =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(40));
    stubFailThenOk(aResponse().withStatus(429).withHeader("Retry-After", date));

    RawCall.execute(engine(Duration.ofSeconds(60)).client(null), request("GET", false));

    assertThat(sleeps).hasSize(1);
    assertThat(sleeps.get(0)).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(41));
  }

  @Test
  void retryAfterIsCapped() {
    stubFailThenOk(aResponse().withStatus(503).withHeader("Retry-After", "86400"));

    RawCall.execute(engine(Duration.ofSeconds(2)).client(null), request("GET", false));

    assertThat(sleeps).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void retryAfterDateIsCapped() {
    String date =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusHours(5));
    stubFailThenOk(aResponse().withStatus(503).withHeader("Retry-After", date));

    RawCall.execute(engine(Duration.ofSeconds(3)).client(null), request("GET", false));

    assertThat(sleeps).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void backoffWithoutHintGrowsAndStaysWithinPolicy() {
    wm.stubFor(any(urlPathEqualTo(path)).willReturn(aResponse().withStatus(502)));

    assertThatThrownBy(() -> RawCall.execute(engine().client(null), request("GET", false)))
        .isInstanceOf(ServerException.class);

    // initial 100 ms, doubled, 50 % jitter taken off
    assertThat(sleeps.get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
    assertThat(sleeps.get(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
  }

  @Test
  void rateLimitExceptionCarriesRetryAfterWhenAttemptsAreExhausted() {
    wm.stubFor(
        any(urlPathEqualTo(path))
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "5")));

    assertThatThrownBy(() -> RawCall.execute(engine().client(null), request("GET", false)))
        .isInstanceOfSatisfying(
            RateLimitException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(5)));
  }

  @Test
  void okHttpSilentRetryIsOff() {
    HttpEngine engine = engine();
    assertThat(engine.client(null).retryOnConnectionFailure()).isFalse();
    assertThat(engine.client(Authentication.none()).retryOnConnectionFailure()).isFalse();
    assertThat(HttpEngine.create(HttpConfig.defaults()).client(null).retryOnConnectionFailure())
        .isFalse();
  }

  @Test
  void connectFailureIsReportedAsConnectAfterRetries() throws Exception {
    int port;
    try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    Request r = new Request.Builder().url("http://127.0.0.1:" + port + "/x").build();

    assertThatThrownBy(() -> RawCall.execute(engine().client(null), r))
        .isInstanceOfSatisfying(
            TransportException.class,
            e -> assertThat(e.kind()).isEqualTo(TransportException.Kind.CONNECT));
    assertThat(sleeps).hasSize(2);
  }

  @Test
  void refusedConnectionIsRetriedEvenForPostBecauseNothingWasSent() throws Exception {
    int port;
    try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    Request r =
        new Request.Builder()
            .url("http://127.0.0.1:" + port + "/x")
            .post(RequestBody.create("{}", MediaType.get("application/json")))
            .build();

    assertThatThrownBy(() -> RawCall.execute(engine().client(null), r))
        .isInstanceOfSatisfying(
            TransportException.class,
            e -> assertThat(e.kind()).isEqualTo(TransportException.Kind.CONNECT));
    assertThat(sleeps).hasSize(2);
  }

  @Test
  void oneDebugLinePerAttemptWithMethodPathStatusDurationAndAttempt() {
    Logger logger = (Logger) LoggerFactory.getLogger("io.github.fsonboard.http");
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    Level before = logger.getLevel();
    logger.setLevel(Level.DEBUG);
    logger.addAppender(appender);
    try {
      wm.stubFor(
          any(urlPathEqualTo(path))
              .inScenario("s")
              .whenScenarioStateIs(Scenario.STARTED)
              .willReturn(aResponse().withStatus(503))
              .willSetStateTo("ok"));
      wm.stubFor(
          any(urlPathEqualTo(path))
              .inScenario("s")
              .whenScenarioStateIs("ok")
              .willReturn(aResponse().withStatus(200)));

      RawCall.execute(engine().client(null), request("GET", false));

      List<String> lines =
          appender.list.stream()
              .filter(e -> e.getLevel() == Level.DEBUG)
              .filter(e -> e.getLoggerName().equals("io.github.fsonboard.http"))
              .map(ILoggingEvent::getFormattedMessage)
              .toList();
      assertThat(lines).hasSize(2);
      assertThat(lines.get(0))
          .contains("GET", path, "503", " ms", "attempt 1")
          .matches(".*\\(\\d+ ms, attempt 1\\)");
      assertThat(lines.get(1)).contains("GET", path, "200", "attempt 2");
    } finally {
      logger.detachAppender(appender);
      logger.setLevel(before);
    }
  }

  private static void stubFailThenOk(
      com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder failure) {
    wm.stubFor(
        any(urlPathEqualTo(path))
            .inScenario("s")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(failure)
            .willSetStateTo("ok"));
    wm.stubFor(
        any(urlPathEqualTo(path))
            .inScenario("s")
            .whenScenarioStateIs("ok")
            .withHeader("User-Agent", equalTo(HttpConfig.defaults().userAgent()))
            .willReturn(aResponse().withStatus(200)));
  }
}
