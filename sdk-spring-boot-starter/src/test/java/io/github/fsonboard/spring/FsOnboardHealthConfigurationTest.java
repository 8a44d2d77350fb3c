package io.github.fsonboard.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The health contributor's conditions, on whichever Boot line the test execution runs. */
class FsOnboardHealthConfigurationTest {
  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(FsOnboardAutoConfiguration.class));

  /**
   * On the Boot 4 execution Boot 3's health API is on the class path too (see the pom): Boot 4's
   * adapter must still be the only one.
   */
  @Test
  void registeredByDefaultUnderTheNameFsonboardAsThisLinesAdapter() {
    runner.run(
        c -> {
          assertThat(c).hasBean(HealthReading.BEAN);
          assertThat(c.getBean(HealthReading.BEAN))
              .isExactlyInstanceOf(HealthReading.expectedIndicatorType());
          assertThat(c).hasSingleBean(HealthReading.expectedIndicatorType());
        });
  }

  @Test
  void offWhenDisabled() {
    runner
        .withPropertyValues("fsonboard.health.enabled=false")
        .run(c -> assertThat(c).doesNotHaveBean(HealthReading.BEAN));
  }

  @Test
  void offWithoutAHealthApi() {
    runner
        .withClassLoader(
            new FilteredClassLoader(
                "org.springframework.boot.health.contributor.HealthIndicator",
                "org.springframework.boot.actuate.health.HealthIndicator"))
        .run(c -> assertThat(c).doesNotHaveBean(HealthReading.BEAN));
  }
}
