package io.github.fsonboard.apim;

import io.github.fsonboard.harness.PackageCycles;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** No two packages of sdk-apim depend on each other, directly or through others. */
class PackageCyclesTest {
  @Test
  void packagesDependOnEachOtherInNoCircle() {
    PackageCycles.assertNoneInMainClasses("io.github.fsonboard.apim", Set.of());
  }
}
