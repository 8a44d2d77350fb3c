package io.github.fsonboard.spring;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** Reads a health contributor through Spring Boot 4's health API. */
final class Boot4HealthReader {
  private Boot4HealthReader() {}

  static HealthReading read(Object indicator) {
    Health h = ((HealthIndicator) indicator).health();
    return new HealthReading(h.getStatus().getCode(), h.getDetails());
  }
}
