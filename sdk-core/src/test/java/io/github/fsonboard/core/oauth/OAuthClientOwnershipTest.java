package io.github.fsonboard.core.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fsonboard.core.auth.ClientAuthentication;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.internal.client.ClientTransport;
import io.github.fsonboard.core.internal.http.HttpEngine;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Who closes the transport of sdk-core's OAuth clients: the client only when it built it. */
class OAuthClientOwnershipTest {
  private static final ClientAuthentication APP = ClientAuthentication.none("app");

  /** A client under test and the transport it calls through. */
  private record Built(AutoCloseable client, ClientTransport ownership) {}

  /** Builds a client on a shared transport (when not null) or on a config. */
  private interface Factory extends BiFunction<HttpTransport, HttpConfig, Built> {}

  private static Stream<Factory> clients() {
    Factory token =
        (shared, config) -> {
          OAuthTokenClient c =
              OAuthTokenClient.builder()
                  .tokenEndpoint("https://is.bank.example:9446/oauth2/token")
                  .clientAuthentication(APP)
                  .transport(shared)
                  .httpConfig(config)
                  .build();
          return new Built(c, c.ownership());
        };
    Factory par =
        (shared, config) -> {
          PushedAuthorizationClient c =
              PushedAuthorizationClient.builder()
                  .endpoint("https://is.bank.example:9446/oauth2/par")
                  .clientAuthentication(APP)
                  .transport(shared)
                  .httpConfig(config)
                  .build();
          return new Built(c, c.ownership());
        };
    return Stream.of(token, par);
  }

  @ParameterizedTest
  @MethodSource("clients")
  void closingReleasesTheTransportTheClientBuilt(Factory factory) throws Exception {
    Built built = factory.apply(null, HttpConfig.defaults());

    built.client().close();

    assertThat(built.ownership().owned()).isTrue();
    assertThat(HttpEngine.of(built.ownership().transport()).isClosed()).isTrue();
  }

  @ParameterizedTest
  @MethodSource("clients")
  void closingLeavesASharedTransportOpen(Factory factory) throws Exception {
    try (HttpTransport shared = HttpTransport.create(HttpConfig.defaults())) {
      Built built = factory.apply(shared, null);

      built.client().close();

      assertThat(built.ownership().transport()).isSameAs(shared);
      assertThat(HttpEngine.of(shared).isClosed()).isFalse();
    }
  }
}
