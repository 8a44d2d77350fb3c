package io.github.fsonboard.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The health contributor's conditions (Spring Boot 4's health API). */
class FsOnboardHealthConfigurationTest {
  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(FsOnboardAutoConfiguration.class));

  @Test
  void registeredByDefaultUnderTheNameFsonboard() {
    runner.run(c -> assertThat(c).hasBean("fsonboardHealthIndicator"));
  }

  @Test
  void offWhenDisabled() {
    runner
        .withPropertyValues("fsonboard.health.enabled=false")
        .run(c -> assertThat(c).doesNotHaveBean(FsOnboardHealthIndicator.class));
  }

  @Test
  void offWithoutTheHealthApi() {
    runner
        .withClassLoader(
            new FilteredClassLoader("org.springframework.boot.health.contributor.HealthIndicator"))
        .run(c -> assertThat(c).doesNotHaveBean(FsOnboardHealthIndicator.class));
  }
}
