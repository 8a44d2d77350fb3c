package io.github.fsonboard.core.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.auth.SigningKey;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.error.Violation;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.internal.http.HttpEngine;
import io.github.fsonboard.harness.TestPki;
import org.junit.jupiter.api.Test;

/** How a {@link PushedAuthorizationClient} is set up: every bad value at once, and who closes. */
class PushedAuthorizationClientSetupTest {
  private static final String PAR_URL = "https://is.bank.example:9446/oauth2/par";

  @Test
  void theBuilderReportsEveryBadValueAtOnce() {
    SigningKey rs256 = new SigningKey(TestPki.rsaKeys().getPrivate(), "k", "RS256");
    PushedAuthorizationClient.Builder b =
        PushedAuthorizationClient.builder()
            .endpoint("ftp://is.bank.example/par")
            .clock(null)
            .signRequestObjects(rs256, " ");

    assertThatThrownBy(b::build)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly(
                        "endpoint",
                        "clock",
                        "clientAuthentication",
                        "aud",
                        "signingKey.algorithm"));
  }

  @Test
  void aMissingEndpointIsReportedOnce() {
    assertThatThrownBy(() -> PushedAuthorizationClient.builder().build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        new Violation("endpoint", "is required"),
                        new Violation("clientAuthentication", "is required")));
  }

  @Test
  void closingReleasesTheTransportTheClientBuilt() {
    PushedAuthorizationClient client =
        PushedAuthorizationClient.builder()
            .endpoint(PAR_URL)
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
      PushedAuthorizationClient client =
          PushedAuthorizationClient.builder()
              .endpoint(PAR_URL)
              .clientAuthentication(ClientAuthentication.none("app"))
              .transport(shared)
              .build();

      client.close();

      assertThat(client.ownership().transport()).isSameAs(shared);
      assertThat(HttpEngine.of(shared).isClosed()).isFalse();
    }
  }
}
