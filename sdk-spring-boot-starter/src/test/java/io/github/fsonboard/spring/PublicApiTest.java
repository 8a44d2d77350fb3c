package io.github.fsonboard.spring;

import io.github.fsonboard.harness.PublicApiChecker;
import org.junit.jupiter.api.Test;

/** Keeps internal packages and OkHttp/Retrofit/Moshi/Okio types out of public signatures. */
class PublicApiTest {
  @Test
  void publicSignaturesNameNoInternalOrHttpLibraryType() {
    PublicApiChecker.assertCleanMainApi("io.github.fsonboard.spring");
  }
}
