package io.github.fsonboard.core.oauth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.github.fsonboard.core.auth.ClientAuthentication;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.cert.Certificates;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.http.ClientCertificate;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.harness.TestPki;
import java.security.interfaces.ECPrivateKey;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** tls_client_auth (RFC 8705 §2) and certificate-bound access tokens (RFC 8705 §3). */
class MutualTlsClientTest {
  private static final TestPki.Issued CA = TestPki.ca("Test CA");
  private static final TestPki.Issued MINE = TestPki.leaf(CA, "tpp-transport");
  private static final TestPki.Issued OTHER = TestPki.leaf(CA, "someone-else");
  private static WireMockServer wm;

  @BeforeAll
  static void start() {
    wm = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
    wm.start();
  }

  @AfterAll
  static void stop() {
    wm.stop();
  }

  private static ClientCertificate certificate(TestPki.Issued issued) {
    return ClientCertificate.pem(issued.certificatePem(), Secret.of(issued.privateKeyPem()));
  }

  private static String jwt(Map<String, Object> cnf) throws Exception {
    JWTClaimsSet.Builder c = new JWTClaimsSet.Builder().subject("u").claim("scope", "accounts");
    if (cnf != null) {
      c.claim("cnf", cnf);
    }
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.ES256), c.build());
    jwt.sign(new ECDSASigner((ECPrivateKey) TestPki.ecKeys().getPrivate()));
    return jwt.serialize();
  }

  @Test
  void tlsClientAuthSendsOnlyTheClientId() {
    wm.stubFor(
        post(urlPathEqualTo("/token"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"access_token\":\"at\",\"token_type\":\"Bearer\"}")));
    // WireMock speaks plain http here: what is checked is the form, the handshake is the
    // transport's (see TlsTest for mutual TLS itself).
    OAuthTokenClient.builder()
        .tokenEndpoint(wm.url("/token"))
        .clientAuthentication(ClientAuthentication.tlsClientAuth("tpp"))
        .httpConfig(HttpConfig.builder().clientCertificate(certificate(MINE)).build())
        .build()
        .clientCredentials("accounts");
    var sent = wm.findAll(postRequestedFor(urlPathEqualTo("/token"))).get(0);
    assertThat(sent.getBodyAsString())
        .isEqualTo("grant_type=client_credentials&scope=accounts&client_id=tpp");
    assertThat(sent.getHeader("Authorization")).isNull();
  }

  @Test
  void tlsClientAuthWithoutAClientCertificateIsRefusedWhenBuilt() {
    assertThatThrownBy(
            () ->
                OAuthTokenClient.builder()
                    .tokenEndpoint(wm.url("/token"))
                    .clientAuthentication(ClientAuthentication.tlsClientAuth("tpp"))
                    .build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("clientCertificate")
        .hasMessageContaining("tls_client_auth");
    try (HttpTransport plain = HttpTransport.create(HttpConfig.defaults())) {
      assertThatThrownBy(
              () ->
                  PushedAuthorizationClient.builder()
                      .endpoint(wm.url("/par"))
                      .clientAuthentication(ClientAuthentication.tlsClientAuth("tpp"))
                      .transport(plain)
                      .build())
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("clientCertificate");
    }
    assertThatThrownBy(() -> ClientAuthentication.tlsClientAuth(" "))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("client_id");
  }

  @Test
  void boundTokenPassesAndEveryFailureNamesItsReason() throws Exception {
    ClientCertificate mine = certificate(MINE);
    assertThat(mine.certificate()).isEqualTo(MINE.certificate());
    String x5t = Certificates.x5tS256(MINE.certificate());
    CertificateBinding.verifyAccessToken(
        Secret.of(jwt(Map.of("x5t#S256", x5t))), MINE.certificate());
    // WSO2's hex variant (IsThumbprintHexifyRequired) names the same certificate.
    CertificateBinding.verifyAccessToken(
        Secret.of(jwt(Map.of("x5t#S256", Certificates.x5tS256Hex(MINE.certificate())))),
        MINE.certificate());
    CertificateBinding.verifyThumbprint(x5t, mine);

    String otherBound = jwt(Map.of("x5t#S256", Certificates.x5tS256(OTHER.certificate())));
    assertThatThrownBy(
            () -> CertificateBinding.verifyAccessToken(Secret.of(otherBound), MINE.certificate()))
        .isInstanceOfSatisfying(
            CertificateBindingException.class,
            e -> {
              assertThat(e.reason())
                  .isEqualTo(CertificateBindingException.Reason.OTHER_CERTIFICATE);
              assertThat(e.getMessage()).contains("tpp-transport").doesNotContain(otherBound);
            });
    String unbound = jwt(null);
    assertThatThrownBy(
            () -> CertificateBinding.verifyAccessToken(Secret.of(unbound), MINE.certificate()))
        .isInstanceOfSatisfying(
            CertificateBindingException.class,
            e -> assertThat(e.reason()).isEqualTo(CertificateBindingException.Reason.NOT_BOUND));
    assertThatThrownBy(() -> CertificateBinding.verifyThumbprint(null, mine))
        .isInstanceOfSatisfying(
            CertificateBindingException.class,
            e -> assertThat(e.reason()).isEqualTo(CertificateBindingException.Reason.NOT_BOUND));
    assertThatThrownBy(
            () ->
                CertificateBinding.verifyAccessToken(
                    Secret.of("opaque-token-value"), MINE.certificate()))
        .isInstanceOfSatisfying(
            CertificateBindingException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(CertificateBindingException.Reason.NOT_A_JWT);
              assertThat(e.getMessage()).doesNotContain("opaque-token-value");
            });
    // An unsigned JWT still says what it is bound to; a cnf that is not an object binds nothing.
    String plain = new PlainJWT(new JWTClaimsSet.Builder().claim("cnf", "x5t").build()).serialize();
    assertThatThrownBy(
            () -> CertificateBinding.verifyAccessToken(Secret.of(plain), MINE.certificate()))
        .isInstanceOfSatisfying(
            CertificateBindingException.class,
            e -> assertThat(e.reason()).isEqualTo(CertificateBindingException.Reason.NOT_BOUND));
  }

  @Test
  void tokenResponseIsCheckedAgainstTheTransportsCertificate() throws Exception {
    TokenResponse t =
        new TokenResponse(
            Secret.of(jwt(Map.of("x5t#S256", Certificates.x5tS256(OTHER.certificate())))),
            "Bearer",
            null,
            null,
            null,
            java.util.Set.of(),
            java.time.Instant.now(),
            Map.of());
    assertThatThrownBy(() -> CertificateBinding.verify(t, certificate(MINE)))
        .isInstanceOf(CertificateBindingException.class)
        .hasMessageContaining("another certificate");
  }
}
