package io.github.fsonboard.testkit;

import static io.github.fsonboard.testkit.TestHttp.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Per-route request counts and the public exchange listener. */
class EmulatorTrafficTest {
  static final String DP = DevportalFlowTest.DP;

  Wso2Emulator wso2;
  TestHttp http;

  @BeforeEach
  void start() {
    wso2 = Wso2Emulator.builder().build().start();
    http = new TestHttp(wso2);
  }

  @AfterEach
  void stop() {
    wso2.close();
  }

  @Test
  void countsRequestsByServerMethodAndPathTemplate() {
    String tpp = bearer(http.tpp("count@example.com"));
    wso2.resetRequestCounts();
    assertThat(wso2.state().totalRequests()).isZero();
    http.apim("GET", DP + "/applications/aaa", tpp, null);
    http.apim("GET", DP + "/applications/bbb", tpp, null);
    http.apim("DELETE", DP + "/applications/ccc", tpp, null);
    http.apim("GET", "/t/carbon.super/api/identity/user/v1.0/me", null, null);
    http.is("GET", "/scim2/v2/Roles/.search", null, null);
    http.is("GET", "/no/such/path", null, null);
    wso2.faults().add(FaultRule.on("GET", DP + "/apis").inject(InjectedFault.status(503)).times(1));
    assertThat(http.apim("GET", DP + "/apis", tpp, null).status()).isEqualTo(503);

    assertThat(wso2.state().requestCounts())
        .containsEntry("APIM GET " + DP + "/applications/{id}", 2L)
        .containsEntry("APIM DELETE " + DP + "/applications/{id}", 1L)
        // Known path, other method (405): counted under the path's template.
        .containsEntry("APIM GET /api/identity/user/v1.0/me", 1L)
        .containsEntry("IS GET /scim2/v2/Roles/.search", 1L)
        .containsEntry("IS GET /no/such/path", 1L)
        .containsEntry("APIM GET " + DP + "/apis", 1L)
        .hasSize(6);
    assertThat(wso2.state().totalRequests()).isEqualTo(7);
    http.apim("GET", "/api/am/admin/v4/throttling/policies/subscription", tpp, null);
    assertThat(wso2.state().requestCounts())
        .containsEntry(
            "APIM GET /api/am/admin/v4/throttling/policies/{application|subscription}", 1L);
  }

  @Test
  void exchangeListenersSeeRequestsAndResponsesOfBothServers() throws InterruptedException {
    List<EmulatorExchange> seen = new CopyOnWriteArrayList<>();
    CountDownLatch twoSeen = new CountDownLatch(2);
    ExchangeListener listener =
        e -> {
          seen.add(e);
          twoSeen.countDown();
        };
    wso2.addExchangeListener(listener);
    TestHttp.Res created =
        http.apim(
            "POST",
            "/api/identity/user/v1.0/me",
            http.adminBasic(),
            TestHttp.map(
                "user",
                TestHttp.map("username", "seen@example.com", "password", "Tpp-pass-1"),
                "properties",
                List.of()));
    assertThat(created.status()).isEqualTo(201);
    assertThat(http.is("GET", "/oauth2/jwks", null, null).status()).isEqualTo(200);
    // WireMock calls listeners after the response is written, so wait for both.
    assertThat(twoSeen.await(30, TimeUnit.SECONDS)).isTrue();
    EmulatorExchange signUp =
        seen.stream().filter(e -> e.server() == FaultRule.Target.APIM).findFirst().orElseThrow();
    assertThat(signUp.method()).isEqualTo("POST");
    assertThat(signUp.url()).isEqualTo("/api/identity/user/v1.0/me");
    assertThat(signUp.requestBody()).contains("seen@example.com");
    // Header names as sent (HTTP/2 clients send them lower-case).
    assertThat(signUp.requestHeaders().keySet()).anyMatch("Authorization"::equalsIgnoreCase);
    assertThat(signUp.status()).isEqualTo(201);
    assertThat(signUp)
        .hasToString("APIM POST /api/identity/user/v1.0/me -> 201")
        .asString()
        .doesNotContain("Basic");
    // IS's default sign-up answer is an empty 201.
    assertThat(signUp.responseBody()).isNull();
    EmulatorExchange jwks =
        seen.stream().filter(e -> e.server() == FaultRule.Target.IS).findFirst().orElseThrow();
    assertThat(jwks.url()).isEqualTo("/oauth2/jwks");
    assertThat(jwks.requestBody()).isNull();
    assertThat(jwks.responseBody()).contains("\"keys\"");
    assertThat(jwks.responseHeaders().keySet()).anyMatch("Content-Type"::equalsIgnoreCase);

    assertThat(wso2.removeExchangeListener(listener)).isTrue();
    int before = seen.size();
    http.is("GET", "/oauth2/jwks", null, null);
    assertThat(wso2.state().requestCounts()).containsEntry("IS GET /oauth2/jwks", 2L);
    assertThat(seen).hasSize(before);
  }
}
