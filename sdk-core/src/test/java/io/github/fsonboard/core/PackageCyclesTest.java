package io.github.fsonboard.core;

import io.github.fsonboard.harness.PackageCycles;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * No new circle between the packages of sdk-core. Two are known, both a public class with an
 * implementation in an {@code internal} package that other modules also call directly:
 *
 * <ul>
 *   <li>{@code http} and {@code internal.http}: {@code HttpTransport} creates its {@code
 *       HttpEngine} (which reads {@code HttpConfig}), and sdk-is/sdk-apim reach the engine through
 *       {@code HttpEngine.of(transport)}; likewise {@code HttpFetcher.on} and its transport
 *       fetcher;
 *   <li>{@code oauth} and {@code internal.oauth}: the token and PAR clients apply {@code
 *       ClientAuthentication} through {@code ClientAuthenticator}, which sdk-is's form poster
 *       (introspection, revocation) uses too.
 * </ul>
 *
 * Breaking either needs a public type to move (or another module to stop calling the internal
 * class); until then neither may grow.
 */
class PackageCyclesTest {
  private static final String CORE = "io.github.fsonboard.core.";

  @Test
  void packagesDependOnEachOtherInNoNewCircle() {
    PackageCycles.assertNoneInMainClasses(
        "io.github.fsonboard.core",
        Set.of(
            Set.of(CORE + "http", CORE + "internal.http"),
            Set.of(CORE + "oauth", CORE + "internal.oauth")));
  }
}
