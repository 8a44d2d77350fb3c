package io.github.fsonboard.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fsonboard.testkit.Wso2Emulator;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The {@code fsonboard} health contributor against the embedded WSO2 emulator, on whichever Boot
 * line the test execution runs (both executions run it).
 */
class FsOnboardHealthTest {
  private Wso2Emulator emulator;
  private ApplicationContextRunner runner;

  @BeforeEach
  void start(@TempDir Path dir) throws Exception {
    emulator = Wso2Emulator.builder().build().start();
    runner = EmulatorContext.runner(emulator, dir);
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  @Test
  void healthIsUpWhileTheServersAnswerAndDownOnceTheyStop() {
    runner
        .withPropertyValues("fsonboard.health.cache-for=0s")
        .run(
            c -> {
              HealthReading up = HealthReading.of(c);
              assertThat(up.status()).isEqualTo("UP");
              assertThat(up.details())
                  .containsEntry("default", Map.of("apim", "UP", "adminSignIn", "UP", "is", "UP"));

              emulator.close();

              HealthReading down = HealthReading.of(c);
              assertThat(down.status()).isEqualTo("DOWN");
              @SuppressWarnings("unchecked")
              Map<String, String> target = (Map<String, String>) down.details().get("default");
              assertThat(target.get("apim")).startsWith("DOWN (unreachable");
              assertThat(target.get("is")).startsWith("DOWN (unreachable");
              // Statuses and failure kinds only: no server message, URL or credential.
              assertThat(target.values()).allMatch(v -> v.matches("UP|DOWN \\([A-Za-z0-9 :]+\\)"));
            });
  }

  @Test
  void aHealthResultIsReusedForItsCacheTime() {
    runner
        .withPropertyValues("fsonboard.health.cache-for=1h")
        .run(
            c -> {
              assertThat(HealthReading.of(c).status()).isEqualTo("UP");
              emulator.close();
              // Within the cache time no request is made: the servers are not asked again.
              assertThat(HealthReading.of(c).status()).isEqualTo("UP");
            });
  }
}
