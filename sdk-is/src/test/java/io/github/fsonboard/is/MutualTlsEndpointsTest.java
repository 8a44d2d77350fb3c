package io.github.fsonboard.is;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.fsonboard.core.auth.ClientAuthentication;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.error.FsOnboardException;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.http.ClientCertificate;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.harness.TestPki;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RFC 8705 §5: a tls_client_auth client calls the discovered mtls_endpoint_aliases. */
class MutualTlsEndpointsTest {
  private static final TestPki.Issued CA = TestPki.ca("Test CA");
  private static final TestPki.Issued CLIENT = TestPki.leaf(CA, "tpp-transport");
  private WireMockServer wm;

  @BeforeEach
  void start() {
    wm = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    wm.start();
  }

  @AfterEach
  void stop() {
    wm.stop();
  }

  private String base() {
    return "http://127.0.0.1:" + wm.port();
  }

  private void discovery(String mtlsTokenEndpoint) {
    String b = base();
    wm.stubFor(
        get("/oauth2/token/.well-known/openid-configuration")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"issuer\":\""
                            + b
                            + "/oauth2/token\",\"authorization_endpoint\":\""
                            + b
                            + "/oauth2/authorize\",\"token_endpoint\":\""
                            + b
                            + "/oauth2/token\",\"jwks_uri\":\""
                            + b
                            + "/oauth2/jwks\",\"pushed_authorization_request_endpoint\":\""
                            + b
                            + "/oauth2/par\",\"mtls_endpoint_aliases\":{\"token_endpoint\":\""
                            + mtlsTokenEndpoint
                            + "\",\"pushed_authorization_request_endpoint\":\""
                            + b
                            + "/mtls/par\"}}")));
  }

  private static HttpConfig withClientCertificate() {
    return HttpConfig.builder()
        .clientCertificate(
            ClientCertificate.pem(CLIENT.certificatePem(), Secret.of(CLIENT.privateKeyPem())))
        .build();
  }

  @Test
  void tlsClientAuthUsesTheAliasesOtherMethodsThePlainEndpoints() {
    discovery(base() + "/mtls/token");
    try (HttpTransport t = HttpTransport.create(withClientCertificate());
        IdentityServer is =
            IdentityServer.builder().baseUrl(base()).transport(t).useDiscovery().build()) {
      ClientAuthentication mtls = ClientAuthentication.tlsClientAuth("tpp");
      assertThat(is.tokens(mtls).tokenEndpoint()).isEqualTo(URI.create(base() + "/mtls/token"));
      assertThat(is.pushedAuthorization(mtls).endpoint())
          .isEqualTo(URI.create(base() + "/mtls/par"));
      ClientAuthentication secret = ClientAuthentication.clientSecretBasic("tpp", Secret.of("s"));
      assertThat(is.tokens(secret).tokenEndpoint()).isEqualTo(URI.create(base() + "/oauth2/token"));
      assertThat(is.pushedAuthorization(secret).endpoint())
          .isEqualTo(URI.create(base() + "/oauth2/par"));
    }
  }

  @Test
  void anAliasOnAnotherOriginNeverGetsTheClientCertificate() {
    discovery("https://elsewhere.example/mtls/token");
    try (HttpTransport t = HttpTransport.create(withClientCertificate());
        IdentityServer is =
            IdentityServer.builder().baseUrl(base()).transport(t).useDiscovery().build()) {
      assertThatThrownBy(() -> is.tokens(ClientAuthentication.tlsClientAuth("tpp")))
          .isInstanceOf(FsOnboardException.class)
          .hasMessageContaining("token_endpoint");
    }
  }

  @Test
  void tlsClientAuthWithoutAClientCertificateIsRefusedForEveryEndpoint() {
    try (HttpTransport t = HttpTransport.create(HttpConfig.defaults());
        IdentityServer is = IdentityServer.builder().baseUrl(base()).transport(t).build()) {
      ClientAuthentication mtls = ClientAuthentication.tlsClientAuth("tpp");
      assertThatThrownBy(() -> is.tokens(mtls)).isInstanceOf(ValidationException.class);
      assertThatThrownBy(() -> is.pushedAuthorization(mtls))
          .isInstanceOf(ValidationException.class);
      assertThatThrownBy(() -> is.introspection(mtls))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("clientCertificate");
      assertThatThrownBy(() -> is.revocation(mtls)).isInstanceOf(ValidationException.class);
    }
  }
}
