package io.github.fsonboard.core.cert;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import io.github.fsonboard.core.error.TransportException;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.error.Violation;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.HttpFetcher;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.http.ResponseLimits;
import io.github.fsonboard.core.http.RetryPolicy;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JwksSourceTest {
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

  private static ECKey key(String kid) throws Exception {
    return new ECKeyGenerator(Curve.P_256).keyID(kid).generate();
  }

  private void serve(int status, String body) {
    wm.stubFor(
        get(urlEqualTo("/jwks"))
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/json")
                    .withBody(body)));
  }

  private static String set(ECKey... keys) {
    StringBuilder sb = new StringBuilder("{\"keys\":[");
    for (int i = 0; i < keys.length; i++) {
      sb.append(i == 0 ? "" : ",").append(keys[i].toPublicJWK().toJSONString());
    }
    return sb.append("]}").toString();
  }

  private JwksSource.Builder builder() {
    return JwksSource.builder(URI.create(wm.baseUrl() + "/jwks"));
  }

  private int fetches() {
    return wm.countRequestsMatching(getRequestedFor(urlEqualTo("/jwks")).build()).getCount();
  }

  @Test
  void cachesTheSetAndRefreshesOnceForAnUnknownKidWithinTheRateLimit() throws Exception {
    ECKey k1 = key("k1");
    ECKey k2 = key("k2");
    serve(200, set(k1));
    try (JwksSource source = builder().build()) {
      assertThat(source.keySet().getKeys()).extracting(k -> k.getKeyID()).containsExactly("k1");
      assertThat(source.keyById("k1")).isPresent();
      assertThat(fetches()).isEqualTo(1);

      serve(200, set(k1, k2));
      assertThat(source.keyById("k2")).map(k -> k.getKeyID()).contains("k2");
      assertThat(fetches()).isEqualTo(2);

      // another unknown kid right away: the rate limit stops a third fetch
      assertThat(source.keyById("k3")).isEmpty();
      assertThat(fetches()).isEqualTo(2);
    }
  }

  @Test
  void listsKeysByUseAndAlgorithmCountingUnstatedMembersAsAny() throws Exception {
    ECKey sig =
        new ECKeyGenerator(Curve.P_256)
            .keyID("sig")
            .keyUse(KeyUse.SIGNATURE)
            .algorithm(JWSAlgorithm.ES256)
            .generate();
    ECKey enc = new ECKeyGenerator(Curve.P_256).keyID("enc").keyUse(KeyUse.ENCRYPTION).generate();
    ECKey bare = key("bare");
    serve(200, set(sig, enc, bare));
    try (JwksSource source = builder().build()) {
      assertThat(source.keys("sig", "ES256"))
          .extracting(JWK::getKeyID)
          .containsExactly("sig", "bare");
      assertThat(source.keys("enc", null)).extracting(JWK::getKeyID).containsExactly("enc", "bare");
      assertThat(source.keys(null, "PS256"))
          .extracting(JWK::getKeyID)
          .containsExactly("enc", "bare");
      assertThat(source.keys(null, null)).hasSize(3);
    }
  }

  @Test
  void keepsServingTheLastGoodSetDuringAnOutage() throws Exception {
    serve(200, set(key("k1")));
    try (JwksSource source =
        builder()
            .cacheTtl(Duration.ofMillis(300))
            .refreshTimeout(Duration.ofMillis(100))
            .refreshAhead(Duration.ofMillis(50))
            .minRefreshInterval(Duration.ofMillis(50))
            .build()) {
      assertThat(source.keyById("k1")).isPresent();
      serve(500, "down");
      Thread.sleep(400); // let the cache entry expire; no timing is asserted
      assertThat(source.keyById("k1")).isPresent();
      assertThat(fetches()).isGreaterThanOrEqualTo(2);
      // a document with a private key counts as a failed refresh, too
      serve(200, "{\"keys\":[" + key("k9").toJSONString() + "]}");
      Thread.sleep(400);
      assertThat(source.keyById("k1")).isPresent();
    }
  }

  @Test
  void badDocumentsAndOversizeBodiesWithoutAGoodSetAreTransportErrors() throws Exception {
    serve(200, "not json");
    try (JwksSource source = builder().build()) {
      assertThatThrownBy(source::keySet)
          .isInstanceOf(TransportException.class)
          .hasMessageContaining("JWKS at");
    }
    ECKey[] many = new ECKey[12]; // about 1.5 KB
    for (int i = 0; i < many.length; i++) {
      many[i] = key("k" + i);
    }
    serve(200, set(many));
    try (HttpTransport http = transport(ResponseLimits.defaults().withJwks(1024));
        JwksSource small = builder().httpFetcher(HttpFetcher.on(http)).build()) {
      assertThatThrownBy(small::keySet)
          .isInstanceOf(TransportException.class)
          .hasMessageContaining("larger than 1024 bytes");
    }
    serve(404, "");
    try (JwksSource missing = builder().build()) {
      assertThatThrownBy(missing::keySet).isInstanceOf(TransportException.class);
    }
  }

  @Test
  void aJwksOverTheDefaultLimitIsReadOnceTheUserRaisesResponseLimitsJwks() throws Exception {
    // 600 KiB of JSON whitespace: a valid set, past the 512 KiB default.
    String big = set(key("big")).replace("]}", "]" + " ".repeat(600 * 1024) + "}");
    serve(200, big);
    try (JwksSource byDefault = builder().build()) {
      assertThatThrownBy(byDefault::keySet)
          .isInstanceOf(TransportException.class)
          .hasMessageContaining("larger than " + (512 * 1024) + " bytes");
    }
    try (HttpTransport http = transport(ResponseLimits.defaults().withJwks(1L << 20));
        JwksSource raised = builder().httpFetcher(HttpFetcher.on(http)).build()) {
      assertThat(raised.keyById("big")).isPresent();
    }
  }

  private static HttpTransport transport(ResponseLimits limits) {
    return HttpTransport.create(
        HttpConfig.builder().responseLimits(limits).retryPolicy(RetryPolicy.none()).build());
  }

  @Test
  void builderValidatesSettings() {
    assertThatThrownBy(
            () ->
                JwksSource.builder(URI.create("file:///jwks"))
                    .timeout(Duration.ZERO)
                    .cacheTtl(Duration.ofSeconds(1))
                    .httpFetcher(null)
                    .build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactlyInAnyOrder("jwksUri", "timeout", "cacheTtl", "httpFetcher"));
    assertThatThrownBy(() -> JwksSource.of(null)).isInstanceOf(ValidationException.class);
  }

  @Test
  void jwtValidatorPicksUpRotatedKeysAndRefusesUnknownOnesWithoutTransportErrors()
      throws Exception {
    ECKey old = key("old");
    ECKey rotated = key("new");
    serve(200, set(old));
    try (JwksSource source = builder().build()) {
      JwtValidator validator = JwtValidator.builder(source).requireExpiry(false).build();
      assertThat(validator.validate(sign(old)).getSubject()).isEqualTo("s");
      serve(200, set(old, rotated));
      assertThat(validator.validate(sign(rotated)).getSubject()).isEqualTo("s");
      assertThat(fetches()).isEqualTo(2);
      assertThatThrownBy(() -> validator.validate(sign(key("unknown"))))
          .isInstanceOf(InvalidJwtException.class);
      assertThat(fetches()).isEqualTo(2);
    }
  }

  private static String sign(ECKey key) throws Exception {
    com.nimbusds.jwt.SignedJWT jwt =
        new com.nimbusds.jwt.SignedJWT(
            new com.nimbusds.jose.JWSHeader.Builder(com.nimbusds.jose.JWSAlgorithm.ES256)
                .keyID(key.getKeyID())
                .build(),
            new com.nimbusds.jwt.JWTClaimsSet.Builder().subject("s").build());
    jwt.sign(new com.nimbusds.jose.crypto.ECDSASigner(key));
    return jwt.serialize();
  }
}
