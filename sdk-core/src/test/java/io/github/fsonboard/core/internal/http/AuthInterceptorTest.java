package io.github.fsonboard.core.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.fsonboard.core.auth.AccessToken;
import io.github.fsonboard.core.auth.Authentication;
import io.github.fsonboard.core.auth.BasicCredentials;
import io.github.fsonboard.core.auth.CachingTokenProvider;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.error.AuthenticationException;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.RetryPolicy;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthInterceptorTest {
  private static WireMockServer wm;
  private static HttpEngine engine;

  private final AtomicInteger fetches = new AtomicInteger();
  private final CachingTokenProvider tokens =
      CachingTokenProvider.builder(
              () ->
                  new AccessToken(
                      Secret.of("tok-" + fetches.incrementAndGet()),
                      "Bearer",
                      Instant.now().plusSeconds(3600),
                      null))
          .build();

  @BeforeAll
  static void start() {
    wm = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
    wm.start();
    engine = HttpEngine.create(HttpConfig.builder().retryPolicy(RetryPolicy.none()).build());
  }

  @AfterAll
  static void stop() {
    wm.stop();
    engine.close();
  }

  @BeforeEach
  void reset() {
    wm.resetAll();
  }

  private static HttpResult<String> call(Authentication auth) {
    return RawCall.execute(engine.client(auth), new Request.Builder().url(wm.url("/api")).build());
  }

  @Test
  void a401CausesOneRefreshAndOneRetry() {
    wm.stubFor(
        get(urlPathEqualTo("/api"))
            .inScenario("auth")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(401))
            .willSetStateTo("refreshed"));
    wm.stubFor(
        get(urlPathEqualTo("/api"))
            .inScenario("auth")
            .whenScenarioStateIs("refreshed")
            .willReturn(aResponse().withStatus(200).withBody("ok")));
    tokens.token(); // warm cache: the server then rejects this token
    assertThat(fetches).hasValue(1);

    assertThat(call(Authentication.bearer(tokens)).body()).isEqualTo("ok");

    List<LoggedRequest> sent = wm.findAll(getRequestedFor(urlPathEqualTo("/api")));
    assertThat(sent).hasSize(2);
    assertThat(sent.get(0).getHeader("Authorization")).isEqualTo("Bearer tok-1");
    assertThat(sent.get(1).getHeader("Authorization")).isEqualTo("Bearer tok-2");
    assertThat(fetches).hasValue(2); // exactly one refresh
  }

  @Test
  void aSecond401IsThrownWithoutLooping() {
    wm.stubFor(get(urlPathEqualTo("/api")).willReturn(aResponse().withStatus(401)));

    assertThatThrownBy(() -> call(Authentication.bearer(tokens)))
        .isInstanceOf(AuthenticationException.class);
    assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/api")))).hasSize(2);
    assertThat(fetches).hasValue(2);
  }

  @Test
  void aFailingTokenFetchReachesTheCallerUnwrappedAndNothingIsSent() {
    wm.stubFor(get(urlPathEqualTo("/api")).willReturn(aResponse().withBody("ok")));
    io.github.fsonboard.core.error.ServerException down =
        new io.github.fsonboard.core.error.ServerException(
            503, "POST", "https://is/oauth2/token", null);
    CachingTokenProvider failing =
        CachingTokenProvider.builder(
                () -> {
                  throw down;
                })
            .build();

    assertThatThrownBy(() -> call(Authentication.bearer(failing))).isSameAs(down);
    assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/api")))).isEmpty();
  }

  @Test
  void basicAuthenticationHeader() {
    wm.stubFor(get(urlPathEqualTo("/api")).willReturn(aResponse().withBody("ok")));

    call(Authentication.basic(BasicCredentials.of("admin", "pw")));

    wm.verify(
        getRequestedFor(urlPathEqualTo("/api"))
            .withHeader("Authorization", equalTo("Basic YWRtaW46cHc=")));
  }

  @Test
  void a401WithBasicIsNotRetried() {
    wm.stubFor(get(urlPathEqualTo("/api")).willReturn(aResponse().withStatus(401)));

    assertThatThrownBy(() -> call(Authentication.basic(BasicCredentials.of("admin", "pw"))))
        .isInstanceOf(AuthenticationException.class);
    assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/api")))).hasSize(1);
  }

  @Test
  void explicitAuthorizationHeaderIsLeftAlone() {
    wm.stubFor(get(urlPathEqualTo("/api")).willReturn(aResponse().withBody("ok")));

    RawCall.execute(
        engine.client(Authentication.bearer(tokens)),
        new Request.Builder().url(wm.url("/api")).header("Authorization", "Custom x").build());

    wm.verify(
        getRequestedFor(urlPathEqualTo("/api")).withHeader("Authorization", equalTo("Custom x")));
    assertThat(fetches).hasValue(0);
  }

  @Test
  void noAuthenticationSendsNoHeaderAndSharesThePool() {
    wm.stubFor(get(urlPathEqualTo("/api")).willReturn(aResponse().withBody("ok")));

    call(Authentication.none());

    assertThat(
            wm.findAll(getRequestedFor(urlPathEqualTo("/api")))
                .get(0)
                .containsHeader("Authorization"))
        .isFalse();
    assertThat(engine.client(Authentication.bearer(tokens)).connectionPool())
        .isSameAs(engine.client(null).connectionPool());
  }
}
