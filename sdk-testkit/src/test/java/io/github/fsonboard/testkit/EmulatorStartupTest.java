package io.github.fsonboard.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

class EmulatorStartupTest {

  @Test
  void startsOnRandomPortsWithTrustedCertificateAndClosesIdempotently() throws Exception {
    Wso2Emulator wso2 = Wso2Emulator.builder().build().start();
    try {
      assertThat(wso2.apimBaseUrl()).startsWith("https://localhost:");
      assertThat(wso2.isBaseUrl())
          .startsWith("https://localhost:")
          .isNotEqualTo(wso2.apimBaseUrl());
      assertThat(wso2.trustedCertificatePem()).startsWith("-----BEGIN CERTIFICATE-----");
      assertThat(wso2.trustedCertificate().getBasicConstraints()).isGreaterThanOrEqualTo(0);
      TestHttp http = new TestHttp(wso2);
      TestHttp.Res discovery =
          http.is("GET", "/oauth2/token/.well-known/openid-configuration", null, null);
      assertThat(discovery.status()).isEqualTo(200);
      assertThat(discovery.str("issuer")).isEqualTo(wso2.isBaseUrl() + "/oauth2/token");
      assertThat(wso2.state().keyManagerNames()).containsExactly("Resident Key Manager");
      assertThat(wso2.state().keyManagerEnabled("Resident Key Manager")).isTrue();
      assertThat(wso2.state().usernames()).containsExactly("admin");
    } finally {
      wso2.close();
      wso2.close();
    }
    assertThatThrownBy(wso2::apimBaseUrl).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void rejectsClientsThatDoNotTrustItsCertificate() {
    try (Wso2Emulator wso2 = Wso2Emulator.builder().build().start()) {
      HttpClient untrusting = HttpClient.newHttpClient();
      assertThatThrownBy(
              () ->
                  untrusting.send(
                      HttpRequest.newBuilder(URI.create(wso2.isBaseUrl() + "/oauth2/jwks")).build(),
                      HttpResponse.BodyHandlers.ofString()))
          .isInstanceOf(SSLHandshakeException.class);
    }
  }

  @Test
  void servesTheSameCertificateOn127001AndHonoursFixedPorts() throws Exception {
    int apimPort;
    int isPort;
    try (ServerSocket a = new ServerSocket(0);
        ServerSocket b = new ServerSocket(0)) {
      apimPort = a.getLocalPort();
      isPort = b.getLocalPort();
    }
    try (Wso2Emulator wso2 =
        Wso2Emulator.builder().apimPort(apimPort).isPort(isPort).build().start()) {
      assertThat(wso2.apimBaseUrl()).isEqualTo("https://localhost:" + apimPort);
      assertThat(wso2.isBaseUrl()).isEqualTo("https://localhost:" + isPort);
      HttpClient client = HttpClient.newBuilder().sslContext(wso2.sslContext()).build();
      HttpResponse<String> r =
          client.send(
              HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + isPort + "/oauth2/jwks"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).contains("\"x5t#S256\"").contains("\"x5c\"").contains("\"kid\"");
    }
  }

  @Test
  void unknownPathsAnswerInEachServersShape() {
    try (Wso2Emulator wso2 = Wso2Emulator.builder().build().start()) {
      TestHttp http = new TestHttp(wso2);
      TestHttp.Res apim = http.apim("GET", "/api/am/devportal/v3/nothing-here", null, null);
      assertThat(apim.status()).isEqualTo(404);
      assertThat(apim.json()).containsKeys("code", "message", "description", "moreInfo", "error");
      assertThat(http.is("GET", "/nothing-here", null, null).status()).isEqualTo(404);
      assertThat(http.is("DELETE", "/oauth2/jwks", null, null).status()).isEqualTo(405);
    }
  }
}
