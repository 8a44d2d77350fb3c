package io.github.fsonboard.core.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.error.Violation;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.internal.http.HttpEngine;
import org.junit.jupiter.api.Test;

/** How an {@link OAuthTokenClient} is set up: every bad value at once, and who closes what. */
class OAuthTokenClientSetupTest {
  private static final String TOKEN_URL = "https://is.bank.example:9446/oauth2/token";

  @Test
  void theBuilderReportsEveryBadValueAtOnce() {
    OAuthTokenClient.Builder b =
        OAuthTokenClient.builder().tokenEndpoint("ftp://is.bank.example/token").clock(null);

    assertThatThrownBy(b::build)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly("tokenEndpoint", "clock", "clientAuthentication"));
  }

  @Test
  void aMissingEndpointIsReportedOnce() {
    assertThatThrownBy(() -> OAuthTokenClient.builder().build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        new Violation("tokenEndpoint", "is required"),
                        new Violation("clientAuthentication", "is required")));
  }

  @Test
  void closingReleasesTheTransportTheClientBuilt() {
    OAuthTokenClient client =
        OAuthTokenClient.builder()
            .tokenEndpoint(TOKEN_URL)
            .clientAuthentication(ClientAuthentication.none("app"))
            .httpConfig(HttpConfig.defaults())
            .build();

    client.close();

    assertThat(client.ownership().owned()).isTrue();
    assertThat(HttpEngine.of(client.ownership().transport()).isClosed()).isTrue();
  }

  @Test
  void closingLeavesASharedTransportOpen() {
    try (HttpTransport shared = HttpTransport.create(HttpConfig.defaults())) {
      OAuthTokenClient client =
          OAuthTokenClient.builder()
              .tokenEndpoint(TOKEN_URL)
              .clientAuthentication(ClientAuthentication.none("app"))
              .transport(shared)
              .build();

      client.close();

      assertThat(client.ownership().transport()).isSameAs(shared);
      assertThat(HttpEngine.of(shared).isClosed()).isFalse();
    }
  }
}
