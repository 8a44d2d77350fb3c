package io.github.fsonboard.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fsonboard.testkit.Wso2Emulator;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The example service against the embedded emulator, over its real HTTP port. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    // Every probe asks the servers again, so that DOWN shows as soon as the emulator stops.
    properties = "fsonboard.health.cache-for=0s")
class BackOfficeServiceTest {
  private static Wso2Emulator emulator;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort private int port;
  @Autowired private MeterRegistry meters;

  @DynamicPropertySource
  static void emulator(DynamicPropertyRegistry registry) {
    emulator = Wso2Emulator.builder().build().start();
    EmulatorProperties.of(emulator).forEach((name, value) -> registry.add(name, () -> value));
  }

  @AfterAll
  static void stopEmulator() {
    if (emulator != null) {
      emulator.close();
    }
  }

  @Test
  void onboardsATppWithHealthAndMetricsUntilTheServersStop() throws Exception {
    JsonNode up = get("/actuator/health", 200);
    assertThat(up.at("/status").asString()).isEqualTo("UP");
    assertThat(up.at("/components/fsonboard/status").asString()).isEqualTo("UP");

    String user = "service-" + System.nanoTime() + "@example.com";
    String password = "Tpp-pass-1!";
    HttpResponse<String> onboarded =
        post(
            "/tpps",
            """
            {"username": "%s", "password": "%s", "givenName": "Ada", "lastName": "Lovelace",
             "organization": "FS TPP Ltd", "application": "Service App",
             "apis": [{"name": "AccountandTransactionAPI", "version": "3.1.11",
                       "throttlingPolicy": "Unlimited"}]}
            """
                .formatted(user, password));
    assertThat(onboarded.statusCode()).isEqualTo(200);
    assertThat(onboarded.body()).doesNotContain(password).doesNotContain("Secret");
    JsonNode result = JSON.readTree(onboarded.body());
    assertThat(result.at("/username").asString()).isEqualTo(user);
    assertThat(result.at("/applicationId").asString()).isNotBlank();
    assertThat(result.at("/subscriptions/0/api").asString()).isEqualTo("AccountandTransactionAPI");
    assertThat(result.at("/changedAnything").asBoolean()).isTrue();

    // The whole onboarding, step by step, as fsonboard.* meters...
    assertThat(meters.get("fsonboard.onboarding.steps").timers())
        .extracting(t -> t.getId().getTag("kind") + "/" + t.getId().getTag("outcome"))
        .contains("sign_up/DONE", "sign_in/DONE", "application/DONE", "subscribe/DONE");
    assertThat(
            meters.get("fsonboard.http.attempts").timers().stream().mapToLong(Timer::count).sum())
        .isPositive();
    assertThat(meters.get("fsonboard.http.attempts").timers())
        .extracting(t -> t.getId().getTag("route"))
        .noneSatisfy(route -> assertThat(route).contains(user));
    // ...and through Actuator's metrics endpoint.
    JsonNode steps = get("/actuator/metrics/fsonboard.onboarding.steps", 200);
    assertThat(steps.at("/measurements/0/value").asDouble()).isGreaterThanOrEqualTo(4);

    emulator.close();

    JsonNode down = get("/actuator/health", 503);
    assertThat(down.at("/status").asString()).isEqualTo("DOWN");
    assertThat(down.at("/components/fsonboard/details/default/apim").asString())
        .startsWith("DOWN (unreachable");
  }

  @Test
  void aBadRequestNamesEveryMissingFieldBeforeCallingWso2() throws Exception {
    HttpResponse<String> bad =
        post("/tpps", "{\"username\": \"x@example.com\", \"apis\": [{\"name\": \"A\"}]}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(bad.body()).at("/fields").propertyNames())
        .containsExactlyInAnyOrder(
            "password",
            "givenName",
            "lastName",
            "application",
            "apis[0].version",
            "apis[0].throttlingPolicy");
  }

  private JsonNode get(String path, int expectedStatus) throws IOException, InterruptedException {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path).isEqualTo(expectedStatus);
    return JSON.readTree(response.body());
  }

  private HttpResponse<String> post(String path, String json)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
