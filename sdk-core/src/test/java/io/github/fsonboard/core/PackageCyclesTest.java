package io.github.fsonboard.core;

import io.github.fsonboard.harness.PackageCycles;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * No new circle between the packages of sdk-core. One is known: {@code http} and {@code
 * internal.http}. {@code HttpTransport} is the public handle that several clients share (one
 * connection pool, one set of credentials' paths); sdk-is and sdk-apim build their Retrofit
 * services on the engine behind it, which they reach through {@code HttpEngine.of(transport)}, an
 * accessor {@code HttpTransport} registers once (as the JDK's {@code SharedSecrets} do). Any other
 * way to let another module reach a public object's internals without widening the public API hides
 * the edge (reflection, {@code Object}-typed registries) rather than removing it. The OAuth circle
 * is gone: {@code ClientAuthentication} and {@code JwtBearerAssertion} are credentials and live in
 * {@code auth}, below both {@code oauth} and {@code internal.oauth}.
 */
class PackageCyclesTest {
  private static final String CORE = "io.github.fsonboard.core.";

  @Test
  void packagesDependOnEachOtherInNoNewCircle() {
    PackageCycles.assertNoneInMainClasses(
        "io.github.fsonboard.core", Set.of(Set.of(CORE + "http", CORE + "internal.http")));
  }
}
