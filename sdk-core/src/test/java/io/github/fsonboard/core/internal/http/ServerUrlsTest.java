package io.github.fsonboard.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.error.FsOnboardException;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServerUrlsTest {
  private static final URI CONFIGURED =
      URI.create("https://is.bank.example:9446/api/identity/oauth2/dcr/v1.1/register");

  @Test
  void theConfiguredOriginIsAcceptedWithAnyPath() {
    URI same = URI.create("https://IS.bank.example:9446/other/path?x=1");
    assertThat(ServerUrls.requireSameOrigin(same, CONFIGURED, "registration_client_uri"))
        .isSameAs(same);
    assertThat(
            ServerUrls.sameOrigin(
                URI.create("https://a.example/x"), URI.create("https://a.example:443/y")))
        .isTrue();
  }

  @Test
  void anotherHostPortSchemeOrUserInfoIsRefused() {
    for (String url :
        List.of(
            "http://is.bank.example:9446/register/c1",
            "https://evil.example:9446/register/c1",
            "https://is.bank.example:9443/register/c1",
            "https://user@is.bank.example:9446/register/c1",
            "/register/c1")) {
      assertThatThrownBy(
              () ->
                  ServerUrls.requireSameOrigin(
                      URI.create(url), CONFIGURED, "registration_client_uri"))
          .as(url)
          .isInstanceOf(FsOnboardException.class)
          .hasMessageContaining("registration_client_uri");
    }
  }

  @Test
  void anExplicitlyTrustedOriginIsAccepted() {
    URI internal = URI.create("https://is-internal.bank.local:9443/oauth2/token");
    List<URI> trusted = List.of(URI.create("https://is-internal.bank.local:9443"));
    assertThat(ServerUrls.requireTrusted(internal, CONFIGURED, trusted, "token_endpoint"))
        .isSameAs(internal);
    assertThatThrownBy(
            () -> ServerUrls.requireTrusted(internal, CONFIGURED, List.of(), "token_endpoint"))
        .isInstanceOf(FsOnboardException.class);
  }
}
