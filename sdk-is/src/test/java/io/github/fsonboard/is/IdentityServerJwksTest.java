package io.github.fsonboard.is;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWK;
import io.github.fsonboard.core.error.TransportException;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.http.ResponseLimits;
import org.junit.jupiter.api.Test;

/** {@link IdentityServer#jwks()}: sdk-core's cached JWKS source on the IS transport. */
class IdentityServerJwksTest extends WireMockSupport {

  @Test
  void listsTheKeysByKidUseAndAlgorithmFromOneCachedFetch() {
    wm.stubFor(get("/oauth2/jwks").willReturn(json(200, "jwks/200.keys.json")));

    JWK rsa = is.jwks().keyById("MzYxMmFkMzU1-RS256").orElseThrow();

    assertThat(rsa.getKeyType().getValue()).isEqualTo("RSA");
    assertThat(rsa.getAlgorithm().getName()).isEqualTo("RS256");
    assertThat(rsa.getKeyUse().identifier()).isEqualTo("sig");
    assertThat(rsa.getX509CertSHA256Thumbprint().toString()).startsWith("NjMy");
    assertThat(rsa.toJSONObject()).containsEntry("e", "AQAB");
    assertThat(is.jwks().keys("sig", "ES256")).extracting(JWK::getKeyID).containsExactly("ec-1");
    assertThat(is.jwks().keySet().getKeys()).hasSize(2);
    // One key cache per IdentityServer, shared with idTokenValidator(...): one fetch so far.
    assertThat(is.jwks()).isSameAs(is.jwks());
    assertThat(
            wm.countRequestsMatching(getRequestedFor(urlEqualTo("/oauth2/jwks")).build())
                .getCount())
        .isEqualTo(1);
  }

  @Test
  void aDocumentThatIsNotAKeySetOrAnHttpErrorIsATransportFailureNamingTheUrl() {
    wm.stubFor(get("/oauth2/jwks").willReturn(json(200, "jwks/200.not-a-set.json")));
    assertThatThrownBy(() -> is.jwks().keySet())
        .isInstanceOfSatisfying(
            TransportException.class,
            e -> assertThat(e.kind()).isEqualTo(TransportException.Kind.IO))
        .hasMessageContaining("JWKS at " + baseUrl() + "/oauth2/jwks")
        .hasMessageContaining("keys");

    wm.stubFor(get("/oauth2/jwks").willReturn(aResponse().withStatus(500)));
    try (IdentityServer fresh = IdentityServer.builder().baseUrl(baseUrl()).build()) {
      assertThatThrownBy(() -> fresh.jwks().keySet())
          .isInstanceOf(TransportException.class)
          .hasMessageContaining("HTTP 500");
    }
  }

  @Test
  void aKeySetIsHeldToTheJwksLimitOfTheTransport() {
    String padded = fixture("jwks/200.keys.json").strip();
    padded = padded.substring(0, padded.length() - 1) + " ".repeat(2048) + "}";
    wm.stubFor(
        get("/oauth2/jwks")
            .willReturn(
                aResponse().withHeader("Content-Type", "application/json").withBody(padded)));
    assertThat(is.jwks().keySet().getKeys()).hasSize(2);
    try (HttpTransport small =
            HttpTransport.create(
                HttpConfig.builder()
                    .responseLimits(ResponseLimits.defaults().withJwks(1024))
                    .build());
        IdentityServer limited =
            IdentityServer.builder().baseUrl(baseUrl()).transport(small).build()) {
      assertThatThrownBy(() -> limited.jwks().keySet())
          .isInstanceOf(TransportException.class)
          .hasMessageContaining("larger than 1024 bytes");
    }
  }
}
