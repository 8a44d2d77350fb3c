package io.github.fsonboard.is.jwks;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.error.FsOnboardException;
import io.github.fsonboard.core.error.ServerException;
import io.github.fsonboard.core.error.UnexpectedResponseException;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.http.ResponseLimits;
import io.github.fsonboard.is.IdentityServer;
import io.github.fsonboard.is.WireMockSupport;
import org.junit.jupiter.api.Test;

class JwksClientTest extends WireMockSupport {

  @Test
  void fetchesAndMapsKeys() {
    wm.stubFor(get("/oauth2/jwks").willReturn(json(200, "jwks/200.keys.json")));
    JsonWebKeySet set = is.jwks().fetch();
    assertThat(set.keys()).hasSize(2);
    JsonWebKeyInfo rsa = set.findByKeyId("MzYxMmFkMzU1-RS256").orElseThrow();
    assertThat(rsa.keyType()).isEqualTo("RSA");
    assertThat(rsa.algorithm()).isEqualTo("RS256");
    assertThat(rsa.use()).isEqualTo("sig");
    assertThat(rsa.thumbprintSha256()).startsWith("NjMy");
    assertThat(rsa.certificateChain()).hasSize(1);
    assertThat(rsa.member("e")).hasValue("AQAB");
    JsonWebKeyInfo ec = set.findByKeyId("ec-1").orElseThrow();
    assertThat(ec.certificateChain()).isEmpty();
    assertThat(ec.member("crv")).hasValue("P-256");
    assertThat(set.json()).contains("\"keys\"");
    assertThat(set.findByKeyId("nope")).isEmpty();
  }

  @Test
  void refusesNonKeySetsAndMapsErrors() {
    wm.stubFor(get("/oauth2/jwks").willReturn(json(200, "jwks/200.not-a-set.json")));
    assertThatThrownBy(() -> is.jwks().fetch()).isInstanceOf(FsOnboardException.class);
    wm.stubFor(
        get("/oauth2/jwks")
            .willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(500)));
    assertThatThrownBy(() -> is.jwks().fetch()).isInstanceOf(ServerException.class);
  }

  @Test
  void aKeySetIsHeldToTheJwksLimitNotTheApiLimit() {
    String padded = fixture("jwks/200.keys.json").strip();
    padded = padded.substring(0, padded.length() - 1) + " ".repeat(2048) + "}";
    wm.stubFor(
        get("/oauth2/jwks")
            .willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(padded)));
    assertThat(is.jwks().fetch().keys()).hasSize(2); // far below the 16 MiB API limit
    try (HttpTransport small =
            HttpTransport.create(
                HttpConfig.builder()
                    .responseLimits(ResponseLimits.defaults().withJwks(1024))
                    .build());
        IdentityServer limited =
            IdentityServer.builder().baseUrl(baseUrl()).transport(small).build()) {
      assertThatThrownBy(() -> limited.jwks().fetch())
          .isInstanceOf(UnexpectedResponseException.class)
          .hasMessageContaining("larger than 1024 bytes");
    }
  }
}
