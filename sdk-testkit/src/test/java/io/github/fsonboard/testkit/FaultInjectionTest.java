package io.github.fsonboard.testkit;

import static io.github.fsonboard.testkit.TestHttp.bearer;
import static io.github.fsonboard.testkit.TestHttp.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultInjectionTest {
  static final String APPS = "/api/am/devportal/v3/applications";

  Wso2Emulator wso2;
  TestHttp http;
  String tpp;

  @BeforeEach
  void start() {
    wso2 = Wso2Emulator.builder().build().start();
    http = new TestHttp(wso2);
    tpp = bearer(http.tpp("faulty@example.com"));
  }

  @AfterEach
  void stop() {
    wso2.close();
  }

  TestHttp.Res create(String name) {
    return http.apim("POST", APPS, tpp, map("name", name, "throttlingPolicy", "Unlimited"));
  }

  @Test
  void connectionResetBeforeHandlingLeavesNoWrite() {
    wso2.faults().add(FaultRule.on("POST", APPS).inject(InjectedFault.connectionReset()).times(1));
    assertThatThrownBy(() -> create("Reset App")).isInstanceOf(UncheckedIOException.class);
    assertThat(wso2.state().applicationCount()).isZero();
    assertThat(create("Reset App").status()).isEqualTo(201);
    assertThat(wso2.faults().injectedCount()).isEqualTo(1);
  }

  @Test
  void emptyResponseAfterCommitMakesTheBlindRetryMeetA409() {
    wso2.faults()
        .add(
            FaultRule.on("POST", APPS)
                .inject(InjectedFault.emptyResponse())
                .afterCommit()
                .times(1));
    assertThatThrownBy(() -> create("Committed App")).isInstanceOf(UncheckedIOException.class);
    assertThat(wso2.state().applicationNames("faulty@example.com"))
        .containsExactly("Committed App");
    assertThat(create("Committed App").status()).isEqualTo(409);
  }

  @Test
  void statusAndTooManyRequestsFaultsThenRecovery() {
    wso2.faults()
        .add(FaultRule.on("GET", APPS).inject(InjectedFault.tooManyRequests(7)).times(1))
        .add(FaultRule.on("GET", APPS).inject(InjectedFault.status(503)).times(1));
    TestHttp.Res limited = http.apim("GET", APPS, tpp, null);
    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.header("Retry-After")).isEqualTo("7");
    TestHttp.Res unavailable = http.apim("GET", APPS, tpp, null);
    assertThat(unavailable.status()).isEqualTo(503);
    assertThat(unavailable.json()).containsKeys("code", "message");
    assertThat(http.apim("GET", APPS, tpp, null).status()).isEqualTo(200);
    assertThat(wso2.faults().injectedCount()).isEqualTo(2);
  }

  @Test
  void serverErrorBeforeHandlingDoesNotCreate() {
    wso2.faults().add(FaultRule.on("POST", APPS).inject(InjectedFault.status(500)).times(1));
    assertThat(create("Five Hundred").status()).isEqualTo(500);
    assertThat(wso2.state().applicationCount()).isZero();
  }

  @Test
  void latencyStillHandlesTheRequest() {
    wso2.faults()
        .add(
            FaultRule.on("POST", APPS)
                .inject(InjectedFault.latency(Duration.ofMillis(50)))
                .times(1));
    assertThat(create("Slow App").status()).isEqualTo(201);
    assertThat(wso2.state().applicationCount()).isEqualTo(1);
    assertThat(wso2.faults().injectedCount()).isEqualTo(1);
  }

  @Test
  void malformedAndRandomDataBreakTheExchange() {
    wso2.faults().add(FaultRule.on("POST", APPS).inject(InjectedFault.randomData()).times(1));
    // Over HTTP/2 the random bytes usually break framing (ProtocolException); about one time in
    // fifteen Jetty instead turns the broken write into its own 500 page. Either way the request
    // fails and nothing is written.
    try {
      assertThat(create("Random App").status()).isEqualTo(500);
    } catch (UncheckedIOException expected) {
      assertThat(expected).hasCauseInstanceOf(java.io.IOException.class);
    }
    assertThat(wso2.state().applicationCount()).isZero();
    wso2.faults().add(FaultRule.on("GET", APPS).inject(InjectedFault.malformedChunk()).times(1));
    assertThatThrownBy(() -> http.apim("GET", APPS, tpp, null))
        .isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void targetRestrictsRulesToOneServer() {
    wso2.faults()
        .add(
            FaultRule.on("*", "/oauth2/token")
                .target(FaultRule.Target.IS)
                .inject(InjectedFault.status(502)));
    assertThat(http.adminToken()).isNotBlank();
    assertThat(http.isForm("/oauth2/token", null, "grant_type=client_credentials").status())
        .isEqualTo(502);
    wso2.faults().clear();
    assertThat(http.isForm("/oauth2/token", null, "grant_type=client_credentials").status())
        .isEqualTo(401);
  }

  @Test
  void seededRandomFaultsAreRepeatable() {
    List<Integer> first = randomRun(wso2, http);
    try (Wso2Emulator other = Wso2Emulator.builder().build().start()) {
      List<Integer> second = randomRun(other, new TestHttp(other));
      assertThat(second).isEqualTo(first);
    }
    assertThat(first).contains(503, 200);
  }

  private static List<Integer> randomRun(Wso2Emulator emulator, TestHttp client) {
    emulator.faults().randomly(1234L, 0.5, InjectedFault.status(503));
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      statuses.add(client.is("GET", "/oauth2/jwks", null, null).status());
    }
    emulator.faults().clear();
    return statuses;
  }

  @Test
  void ruleWithoutFaultIsRejected() {
    assertThatThrownBy(() -> wso2.faults().add(FaultRule.on("GET", "/x")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> InjectedFault.status(200))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
