package io.github.fsonboard.core.oauth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.SignedJWT;
import io.github.fsonboard.core.auth.ClientAuthentication;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.error.ApiException;
import io.github.fsonboard.core.error.OAuthError;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DPoP (RFC 9449): proofs on token requests and the one nonce retry. */
class DpopTest {
  private static WireMockServer wm;
  private final DpopKey key = DpopKey.generate();

  @BeforeAll
  static void start() {
    wm = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
    wm.start();
  }

  @AfterAll
  static void stop() {
    wm.stop();
  }

  @BeforeEach
  void reset() {
    wm.resetAll();
  }

  private OAuthTokenClient client() {
    return OAuthTokenClient.builder()
        .tokenEndpoint(wm.url("/token"))
        .clientAuthentication(ClientAuthentication.clientSecretPost("tpp", Secret.of("s")))
        .dpop(key)
        .build();
  }

  private static String ok() {
    return "{\"access_token\":\"at\",\"token_type\":\"DPoP\",\"expires_in\":60}";
  }

  private static String nonceError() {
    return "{\"error\":\"use_dpop_nonce\",\"error_description\":\"nonce required\"}";
  }

  private static List<SignedJWT> proofsSent() throws Exception {
    var sent = wm.findAll(postRequestedFor(urlPathEqualTo("/token")));
    List<SignedJWT> out = new java.util.ArrayList<>();
    for (var r : sent) {
      out.add(SignedJWT.parse(r.getHeader("DPoP")));
    }
    return out;
  }

  @Test
  void everyTokenRequestCarriesAProofAndAUseDpopNonceRefusalIsAnsweredOnce() throws Exception {
    wm.stubFor(
        post(urlPathEqualTo("/token"))
            .inScenario("nonce")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withHeader("DPoP-Nonce", "n-1")
                    .withBody(nonceError()))
            .willSetStateTo("has nonce"));
    wm.stubFor(
        post(urlPathEqualTo("/token"))
            .inScenario("nonce")
            .whenScenarioStateIs("has nonce")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withHeader("DPoP-Nonce", "n-2")
                    .withBody(ok())));
    OAuthTokenClient tokens = client();
    assertThat(
            tokens
                .request(
                    TokenRequest.authorizationCode(
                        "code-1",
                        URI.create("https://tpp.example/cb"),
                        Secret.of("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")))
                .tokenType())
        .isEqualTo("DPoP");
    tokens.clientCredentials();

    List<SignedJWT> proofs = proofsSent();
    assertThat(proofs).hasSize(3);
    for (SignedJWT p : proofs) {
      assertThat(p.getHeader().getType().getType()).isEqualTo("dpop+jwt");
      ECKey jwk = (ECKey) p.getHeader().getJWK();
      assertThat(jwk.isPrivate()).isFalse();
      assertThat(p.verify(new ECDSAVerifier(jwk))).isTrue();
      assertThat(jwk.computeThumbprint().toString()).isEqualTo(key.thumbprint());
      assertThat(p.getJWTClaimsSet().getStringClaim("htm")).isEqualTo("POST");
      assertThat(p.getJWTClaimsSet().getStringClaim("htu")).isEqualTo(wm.url("/token"));
      assertThat(p.getJWTClaimsSet().getClaim("ath")).isNull();
    }
    assertThat(proofs.get(0).getJWTClaimsSet().getClaim("nonce")).isNull();
    assertThat(proofs.get(1).getJWTClaimsSet().getStringClaim("nonce")).isEqualTo("n-1");
    // The next request uses the server's latest nonce straight away.
    assertThat(proofs.get(2).getJWTClaimsSet().getStringClaim("nonce")).isEqualTo("n-2");
    assertThat(proofs).extracting(p -> p.getJWTClaimsSet().getJWTID()).doesNotHaveDuplicates();
  }

  @Test
  void onlyOneRetryAndNoneForOtherRefusals() {
    wm.stubFor(
        post(urlPathEqualTo("/token"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withHeader("DPoP-Nonce", "n-" + System.nanoTime())
                    .withBody(nonceError())));
    assertThatThrownBy(() -> client().clientCredentials())
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> assertThat(e.oauthError()).contains(OAuthError.USE_DPOP_NONCE));
    assertThat(wm.findAll(postRequestedFor(urlPathEqualTo("/token")))).hasSize(2);

    wm.resetAll();
    wm.stubFor(
        post(urlPathEqualTo("/token"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withHeader("DPoP-Nonce", "n-9")
                    .withBody("{\"error\":\"invalid_grant\"}")));
    assertThatThrownBy(
            () ->
                client()
                    .request(
                        TokenRequest.authorizationCode(
                            "code-2",
                            URI.create("https://tpp.example/cb"),
                            Secret.of("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))))
        .isInstanceOf(ApiException.class);
    assertThat(wm.findAll(postRequestedFor(urlPathEqualTo("/token")))).hasSize(1);
  }

  @Test
  void resourceProofsCarryTheAccessTokenHashAndLeaveOutTheQuery() throws Exception {
    SignedJWT p =
        SignedJWT.parse(
            key.proof(
                "GET", URI.create("https://rs.example/accounts?x=1#f"), null, Secret.of("at-1")));
    assertThat(p.getJWTClaimsSet().getStringClaim("htu")).isEqualTo("https://rs.example/accounts");
    // base64url(SHA-256("at-1"))
    assertThat(p.getJWTClaimsSet().getStringClaim("ath"))
        .isEqualTo(
            java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                    java.security.MessageDigest.getInstance("SHA-256")
                        .digest("at-1".getBytes(java.nio.charset.StandardCharsets.US_ASCII))));
    assertThat(key.toString()).contains(key.thumbprint()).doesNotContain("d=");
  }
}
