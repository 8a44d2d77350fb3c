package io.github.fsonboard.spring;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The Actuator health contributor {@code fsonboard} (Spring Boot 4): UP when, for every target, the
 * API Manager and the Identity Server answer and the administrator can sign in. Results are cached
 * ({@code fsonboard.health.cache-for}), so probes never hammer the servers.
 */
public final class FsOnboardHealthIndicator implements HealthIndicator {
  private final FsOnboardHealthCheck check;

  FsOnboardHealthIndicator(FsOnboardHealthCheck check) {
    this.check = check;
  }

  @Override
  public Health health() {
    FsOnboardHealthCheck.Result r = check.check();
    return (r.up() ? Health.up() : Health.down()).withDetails(r.details()).build();
  }
}
