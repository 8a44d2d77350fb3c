package io.github.fsonboard.core;

import io.github.fsonboard.harness.PackageCycles;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * No new circle between the packages of sdk-core. The known ones sit where other work changes the
 * code this round (issue #15 items 2 and 3): the transport, TLS and certificate packages (one HTTP
 * path for JWKS, OCSP and CRL fetches; {@code cert.internal} is folded into {@code cert}), and the
 * OAuth client with its internal authenticator.
 */
class PackageCyclesTest {
  private static final String CORE = "io.github.fsonboard.core.";

  @Test
  void packagesDependOnEachOtherInNoNewCircle() {
    PackageCycles.assertNoneInMainClasses(
        "io.github.fsonboard.core",
        Set.of(
            Set.of(CORE + "cert", CORE + "http", CORE + "internal.http", CORE + "internal.tls"),
            Set.of(CORE + "oauth", CORE + "internal.oauth")));
  }
}
