package io.github.fsonboard.spring;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/** Reads a health contributor through Spring Boot 3.5's health API (spring-boot-actuator). */
final class Boot3HealthReader {
  private Boot3HealthReader() {}

  static HealthReading read(Object indicator) {
    Health h = ((HealthIndicator) indicator).health();
    return new HealthReading(h.getStatus().getCode(), h.getDetails());
  }
}
