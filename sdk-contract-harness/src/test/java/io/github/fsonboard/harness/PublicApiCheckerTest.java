package io.github.fsonboard.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.harness.fixture.dirty.LeakyClient;
import org.junit.jupiter.api.Test;

class PublicApiCheckerTest {

  private final ClassLoader loader = getClass().getClassLoader();

  @Test
  void cleanPackagePasses() {
    assertThatCode(
            () ->
                PublicApiChecker.assertCleanPublicApi(
                    "io.github.fsonboard.harness.fixture.clean", loader))
        .doesNotThrowAnyException();
  }

  @Test
  void everyKindOfLeakIsReported() {
    assertThat(PublicApiChecker.violations(LeakyClient.class))
        .containsExactlyInAnyOrder(
            LeakyClient.class.getName()
                + " superclass: io.github.fsonboard.harness.fixture.dirty.internal.Impl",
            LeakyClient.class.getName() + " implements: okhttp3.Call",
            LeakyClient.class.getName() + ".client: okhttp3.OkHttpClient",
            LeakyClient.class.getName()
                + "#<init> parameter: io.github.fsonboard.harness.fixture.dirty.internal.Impl",
            LeakyClient.class.getName() + "#requests returns: okhttp3.Request",
            LeakyClient.class.getName() + "#source returns: okio.Source",
            LeakyClient.class.getName() + "#source parameter: okio.Source",
            LeakyClient.class.getName() + "#source type parameter T: okio.Source",
            LeakyClient.class.getName() + "#get returns: okhttp3.Call");
    assertThat(PublicApiChecker.violations(LeakyClient.Holder.class))
        .contains(
            LeakyClient.Holder.class.getName() + " record component headers: okhttp3.Headers");
  }

  @Test
  void dirtyPackageFailsListingTheLeaks() {
    assertThatThrownBy(
            () ->
                PublicApiChecker.assertCleanPublicApi(
                    "io.github.fsonboard.harness.fixture.dirty", loader))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("okhttp3.OkHttpClient")
        .hasMessageContaining("okhttp3.Headers")
        .hasMessageNotContaining("internal.Impl superclass");
  }

  @Test
  void scansOneClassFolderOnly() {
    // The harness's own main classes are clean; the dirty fixtures live in target/test-classes.
    assertThatCode(() -> PublicApiChecker.assertCleanMainApi("io.github.fsonboard.harness"))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () ->
                PublicApiChecker.assertCleanPublicApi(
                    "io.github.fsonboard.harness",
                    java.nio.file.Path.of("target", "test-classes"),
                    loader))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("LeakyClient");
  }

  @Test
  void packageWithoutClassesFails() {
    assertThatThrownBy(() -> PublicApiChecker.assertCleanPublicApi("no.such.pkg", loader))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("No classes found");
  }

  @Test
  void findsClassesInJarsToo() {
    assertThat(PublicApiChecker.classNames("org.assertj.core.api", loader))
        .contains("org.assertj.core.api.Assertions");
  }
}
