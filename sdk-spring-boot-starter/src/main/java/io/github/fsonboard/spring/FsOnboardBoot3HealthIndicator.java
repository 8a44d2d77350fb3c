package io.github.fsonboard.spring;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * The Actuator health contributor {@code fsonboard} on Spring Boot 3.5, whose health API lives in
 * {@code org.springframework.boot.actuate.health}: the same check as {@link
 * FsOnboardHealthIndicator} (Boot 4), only adapted to Boot 3's types. UP when, for every target,
 * the API Manager and the Identity Server answer and the administrator can sign in. Results are
 * cached ({@code fsonboard.health.cache-for}), so probes never hammer the servers. Not public: a
 * Boot 4 application cannot load it, and Actuator needs only its interface.
 */
final class FsOnboardBoot3HealthIndicator implements HealthIndicator {
  private final FsOnboardHealthCheck check;

  FsOnboardBoot3HealthIndicator(FsOnboardHealthCheck check) {
    this.check = check;
  }

  @Override
  public Health health() {
    FsOnboardHealthCheck.Result r = check.check();
    return (r.up() ? Health.up() : Health.down()).withDetails(r.details()).build();
  }
}
