package io.github.fsonboard.apim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.error.Violation;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.internal.http.HttpEngine;
import org.junit.jupiter.api.Test;

/** How an {@link ApiManager} is set up: every bad value at once, and who closes what. */
class ApiManagerSetupTest {
  private static final String APIM = "https://apim.bank.example:9443";

  @Test
  void theBuilderReportsEveryBadValueAtOnce() {
    ApiManager.Builder b = ApiManager.builder().baseUrl("http://apim.bank.example").tenant("a b");

    assertThatThrownBy(b::build)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly("baseUrl", "tenant"))
        .hasMessageStartingWith("2 invalid values");
  }

  @Test
  void aMissingBaseUrlIsNamed() {
    assertThatThrownBy(() -> ApiManager.builder().build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(new Violation("baseUrl", "is required")));
  }

  @Test
  void closingReleasesTheTransportTheClientBuilt() {
    ApiManager apim = ApiManager.builder().baseUrl(APIM).httpConfig(HttpConfig.defaults()).build();

    apim.close();

    assertThat(HttpEngine.of(apim.transport()).isClosed()).isTrue();
  }

  @Test
  void closingLeavesASharedTransportOpen() {
    try (HttpTransport shared = HttpTransport.create(HttpConfig.defaults())) {
      ApiManager apim = ApiManager.builder().baseUrl(APIM).transport(shared).build();

      apim.close();

      assertThat(apim.transport()).isSameAs(shared);
      assertThat(HttpEngine.of(shared).isClosed()).isFalse();
    }
  }
}
