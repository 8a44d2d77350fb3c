package io.github.fsonboard.is;

import io.github.fsonboard.harness.PackageCycles;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * No new circle between the packages of sdk-is. The known ones are a public package and the
 * internal package only it uses, to be folded into it by whoever next changes it (issue #15 item
 * 2): discovery and dcr (changed this round by the TPP OAuth work).
 */
class PackageCyclesTest {
  private static final String IS = "io.github.fsonboard.is.";

  @Test
  void packagesDependOnEachOtherInNoNewCircle() {
    PackageCycles.assertNoneInMainClasses(
        "io.github.fsonboard.is",
        Set.of(
            Set.of(IS + "discovery", IS + "internal.discovery"),
            Set.of(IS + "dcr", IS + "internal.dcr")));
  }
}
