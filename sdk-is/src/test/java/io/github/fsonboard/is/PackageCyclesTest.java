package io.github.fsonboard.is;

import io.github.fsonboard.harness.PackageCycles;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * No circle between the packages of sdk-is: a class only one package uses is package-private there,
 * not in an {@code internal} package that would import it back (issue #15 item 2).
 */
class PackageCyclesTest {
  @Test
  void packagesDependOnEachOtherInNoCircle() {
    PackageCycles.assertNoneInMainClasses("io.github.fsonboard.is", Set.of());
  }
}
