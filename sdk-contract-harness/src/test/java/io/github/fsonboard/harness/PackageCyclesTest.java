package io.github.fsonboard.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PackageCyclesTest {
  private static final String FIXTURE = "io.github.fsonboard.harness.fixture.cycle";

  @Test
  void findsTheCycleAndNotThePackageThatOnlyDependsOnIt() {
    assertThat(PackageCycles.cycles(Path.of("target", "test-classes"), FIXTURE))
        .containsExactly(Set.of(FIXTURE + ".a", FIXTURE + ".b"));
  }

  @Test
  void aCycleFailsNamingTheClassDependenciesUnlessItIsKnown() {
    Path testClasses = Path.of("target", "test-classes");
    assertThatThrownBy(() -> PackageCycles.assertNone(testClasses, FIXTURE, Set.of()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Left -> Right")
        .hasMessageContaining("Right -> Left")
        .hasMessageNotContaining("Leaf");
    Set<String> known = Set.of(FIXTURE + ".a", FIXTURE + ".b", FIXTURE + ".gone");
    assertThatCode(() -> PackageCycles.assertNone(testClasses, FIXTURE, Set.of(known)))
        .doesNotThrowAnyException();
  }

  @Test
  void theHarnessItselfHasNoCycle() {
    assertThatCode(() -> PackageCycles.assertNoneInMainClasses("io.github.fsonboard", Set.of()))
        .doesNotThrowAnyException();
  }

  @Test
  void aMissingClassFolderFails() {
    assertThatThrownBy(() -> PackageCycles.cycles(Path.of("target", "no-such-folder"), FIXTURE))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("No class folder");
  }
}
