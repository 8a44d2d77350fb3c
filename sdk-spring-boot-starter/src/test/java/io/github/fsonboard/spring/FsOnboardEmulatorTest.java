package io.github.fsonboard.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fsonboard.apim.ApiManager;
import io.github.fsonboard.apim.onboarding.Onboarding;
import io.github.fsonboard.apim.selfsignup.SignUpRequest;
import io.github.fsonboard.core.auth.BasicCredentials;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.testkit.Wso2Emulator;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The starter's beans against the embedded WSO2 emulator: metrics (health: FsOnboardHealthTest).
 */
class FsOnboardEmulatorTest {
  private Wso2Emulator emulator;
  private ApplicationContextRunner runner;

  @BeforeEach
  void start(@TempDir Path dir) throws Exception {
    emulator = Wso2Emulator.builder().build().start();
    runner =
        EmulatorContext.runner(emulator, dir)
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new);
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  @Test
  void aWholeOnboardingIsRecordedAsMeters() {
    runner.run(
        c -> {
          String user = "metrics-" + System.nanoTime() + "@example.com";
          Onboarding.tpp(c.getBean(ApiManager.class))
              .signUp(
                  SignUpRequest.builder()
                      .username(user)
                      .password(Secret.of("Tpp-pass-1!"))
                      .givenName("Ada")
                      .lastName("Lovelace")
                      .email(user)
                      .build(),
                  new BasicCredentials(
                      emulator.adminUsername(), Secret.of(emulator.adminPassword())))
              .application("Metrics App")
              .build()
              .run();

          MeterRegistry r = c.getBean(MeterRegistry.class);
          assertThat(r.get("fsonboard.onboarding.steps").timers())
              .extracting(t -> t.getId().getTag("kind") + "/" + t.getId().getTag("outcome"))
              .containsExactlyInAnyOrder("sign_up/DONE", "sign_in/DONE", "application/DONE");
          assertThat(r.get("fsonboard.token.fetches").tag("outcome", "success").timers())
              .isNotEmpty();
          assertThat(r.get("fsonboard.http.attempts").tag("target", "default").timers())
              .extracting(t -> t.getId().getTag("route"))
              .anySatisfy(route -> assertThat(route).startsWith("/api/am/devportal/"))
              .noneSatisfy(route -> assertThat(route).contains(user));
          assertThat(
                  r.get("fsonboard.http.attempts").timers().stream().mapToLong(Timer::count).sum())
              .isPositive();
        });
  }
}
