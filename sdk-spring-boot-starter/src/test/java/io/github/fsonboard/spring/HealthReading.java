package io.github.fsonboard.spring;

import java.util.Map;
import org.springframework.boot.SpringBootVersion;
import org.springframework.context.ApplicationContext;

/**
 * One reading of the {@code fsonboard} health contributor, whichever Boot line the test runs on.
 * Only the running line's reader class is loaded, so the other line's health types need not exist.
 */
record HealthReading(String status, Map<String, Object> details) {
  static final String BEAN = "fsonboardHealthIndicator";

  static boolean onBoot3() {
    return SpringBootVersion.getVersion().startsWith("3.");
  }

  /** The contributor's type this line must register: Boot 4's or Boot 3's adapter. */
  static Class<?> expectedIndicatorType() {
    return onBoot3() ? FsOnboardBoot3HealthIndicator.class : FsOnboardHealthIndicator.class;
  }

  static HealthReading of(ApplicationContext context) {
    Object indicator = context.getBean(BEAN);
    return onBoot3() ? Boot3HealthReader.read(indicator) : Boot4HealthReader.read(indicator);
  }
}
