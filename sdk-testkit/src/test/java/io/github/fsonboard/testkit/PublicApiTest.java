package io.github.fsonboard.testkit;

import io.github.fsonboard.harness.PublicApiChecker;
import org.junit.jupiter.api.Test;

/**
 * Keeps the emulator's internals (and any HTTP-library type) out of its public signatures, so
 * users' tests depend only on the documented API.
 */
class PublicApiTest {
  @Test
  void publicSignaturesNameNoInternalOrHttpLibraryType() {
    PublicApiChecker.assertCleanMainApi("io.github.fsonboard.testkit");
  }
}
