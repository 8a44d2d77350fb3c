package io.github.fsonboard.is;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.auth.BasicCredentials;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.error.Violation;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.internal.http.HttpEngine;
import org.junit.jupiter.api.Test;

/** How an {@link IdentityServer} is set up: every bad value at once, and who closes what. */
class IdentityServerSetupTest {
  private static final String IS = "https://is.bank.example:9446";

  @Test
  void theBuilderReportsEveryBadValueAtOnce() {
    IdentityServer.Builder b =
        IdentityServer.builder()
            .baseUrl("is.bank.example")
            .tokenEndpoint("https://is.bank.example/token#frag")
            .jwksUri("ftp://is.bank.example/jwks")
            .adminCredentials((BasicCredentials) null);

    assertThatThrownBy(b::build)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly("baseUrl", "tokenEndpoint", "jwksUri", "credentials"));
  }

  @Test
  void aValueSetAgainReplacesTheBadOne() {
    try (IdentityServer is =
        IdentityServer.builder()
            .baseUrl("not a url")
            .baseUrl(IS)
            .adminCredentials(null)
            .adminCredentials(BasicCredentials.of("admin", "admin-pw"))
            .build()) {
      assertThat(is.baseUrl().toString()).isEqualTo(IS);
    }
  }

  @Test
  void withoutBaseUrlOrIssuerItSaysWhichToSet() {
    assertThatThrownBy(() -> IdentityServer.builder().build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(new Violation("baseUrl", "is required (or set issuer)")));
  }

  @Test
  void closingReleasesTheTransportTheClientBuilt() {
    IdentityServer is =
        IdentityServer.builder().baseUrl(IS).httpConfig(HttpConfig.defaults()).build();

    is.close();

    assertThat(HttpEngine.of(is.transport()).isClosed()).isTrue();
  }

  @Test
  void closingLeavesASharedTransportOpen() {
    try (HttpTransport shared = HttpTransport.create(HttpConfig.defaults())) {
      IdentityServer is = IdentityServer.builder().baseUrl(IS).transport(shared).build();

      is.close();

      assertThat(is.transport()).isSameAs(shared);
      assertThat(HttpEngine.of(shared).isClosed()).isFalse();
    }
  }
}
