package io.github.fsonboard.apim.fsdcr;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.auth.SigningKey;
import io.github.fsonboard.core.error.AuthenticationException;
import io.github.fsonboard.core.error.BadRequestException;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.error.Violation;
import io.github.fsonboard.core.http.ClientCertificate;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.http.RetryPolicy;
import io.github.fsonboard.harness.TestPki;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FsDcrClientTest {
  static final String REDIRECT = "https://tpp.example.com/callback";
  static final KeyPair DIRECTORY = TestPki.rsaKeys();
  static final KeyPair SOFTWARE = TestPki.rsaKeys();
  static WireMockServer server;

  HttpTransport transport;
  FsDcrClient dcr;

  @BeforeAll
  static void start() {
    server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @BeforeEach
  void client() {
    server.resetAll();
    TestPki.Issued ca = TestPki.ca("Test Directory CA");
    TestPki.Issued leaf = TestPki.leaf(ca, "tpp-transport");
    transport =
        HttpTransport.create(
            HttpConfig.builder()
                .retryPolicy(RetryPolicy.none())
                .clientCertificate(
                    ClientCertificate.pem(leaf.certificatePem(), Secret.of(leaf.privateKeyPem())))
                .build());
    String base = "http://127.0.0.1:" + server.port();
    dcr =
        FsDcrClient.builder()
            .baseUrl(base + "/open-banking/v3.3")
            .tokenEndpoint(base + "/oauth2/token")
            .transport(transport)
            .signingKey(new SigningKey(SOFTWARE.getPrivate(), "software-kid", "PS256"))
            .build();
  }

  @AfterEach
  void close() {
    transport.close();
  }

  static String ssa(Map<String, Object> overrides) throws Exception {
    JWTClaimsSet.Builder c =
        new JWTClaimsSet.Builder()
            .issuer("OpenBanking Ltd")
            .jwtID("ssa-1")
            .issueTime(new Date())
            .claim("software_id", "tppSoftware1")
            .claim("software_redirect_uris", List.of(REDIRECT))
            .claim("software_roles", List.of("AISP"))
            .claim("software_jwks_endpoint", "https://directory.example.com/tpp.jwks")
            .claim("software_client_name", "Test TPP")
            .claim("software_logo_uri", "https://tpp.example.com/logo")
            .claim("software_client_uri", "https://tpp.example.com")
            .claim("software_policy_uri", "https://tpp.example.com/policy")
            .claim("software_tos_uri", "https://tpp.example.com/tos");
    overrides.forEach(c::claim);
    SignedJWT jwt =
        new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.PS256).keyID("dir").build(), c.build());
    jwt.sign(new RSASSASigner(DIRECTORY.getPrivate()));
    return jwt.serialize();
  }

  static RegistrationRequest.Builder request(Map<String, Object> ssaOverrides) throws Exception {
    return RegistrationRequest.builder(SoftwareStatement.parse(ssa(ssaOverrides)))
        .audience("aspsp1")
        .scopes("accounts", "payments");
  }

  @Test
  void everyProblemIsReportedAtOnceAndNothingIsSent() throws Exception {
    RegistrationRequest bad =
        request(Map.of("exp", Instant.now().minusSeconds(60).getEpochSecond()))
            .redirectUris("http://localhost/cb")
            .idTokenSignedResponseAlg("RS256")
            .tokenEndpointAuthSigningAlg("ES256")
            .grantTypes("password")
            .build();

    assertThatThrownBy(() -> dcr.register(bad))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .contains(
                        "software_statement",
                        "redirect_uris",
                        "id_token_signed_response_alg",
                        "token_endpoint_auth_signing_alg",
                        "grant_types"));
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void ssaHostNamesMustMatchTheRedirectUris() throws Exception {
    RegistrationRequest r =
        request(Map.of("software_logo_uri", "https://elsewhere.example.org/logo")).build();

    assertThat(dcr.check(r)).extracting(Violation::message).anyMatch(m -> m.contains("host names"));
  }

  @Test
  void registerPostsASignedJwtWhoseIssuerIsTheSoftwareId() throws Exception {
    server.stubFor(
        post(urlEqualTo("/open-banking/v3.3/register"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"client_id\":\"c1\",\"client_secret\":\"s3cr3t\","
                            + "\"client_id_issued_at\":1700000000,\"software_id\":\"tppSoftware1\","
                            + "\"redirect_uris\":[\""
                            + REDIRECT
                            + "\"],\"grant_types\":[\"client_credentials\"],"
                            + "\"scope\":\"accounts payments\"}")));

    ClientRegistration c = dcr.register(request(Map.of()).build());

    assertThat(c.clientId()).isEqualTo("c1");
    assertThat(c.clientSecret().reveal()).isEqualTo("s3cr3t");
    assertThat(c.toString()).doesNotContain("s3cr3t");
    String body =
        server
            .findAll(postRequestedFor(urlEqualTo("/open-banking/v3.3/register")))
            .get(0)
            .getBodyAsString();
    assertThat(
            server
                .findAll(postRequestedFor(urlEqualTo("/open-banking/v3.3/register")))
                .get(0)
                .getHeader("Content-Type"))
        .startsWith("application/jwt");
    SignedJWT sent = SignedJWT.parse(body);
    assertThat(sent.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.PS256);
    assertThat(sent.getHeader().getKeyID()).isEqualTo("software-kid");
    assertThat(sent.verify(new RSASSAVerifier((RSAPublicKey) SOFTWARE.getPublic()))).isTrue();
    JWTClaimsSet claims = sent.getJWTClaimsSet();
    assertThat(claims.getIssuer()).isEqualTo("tppSoftware1");
    assertThat(claims.getJWTID()).isNotBlank();
    assertThat(claims.getExpirationTime()).isAfter(new Date());
    assertThat(claims.getStringClaim("token_endpoint_auth_method")).isEqualTo("private_key_jwt");
    assertThat(claims.getStringClaim("token_endpoint_auth_signing_alg")).isEqualTo("PS256");
    assertThat(claims.getStringClaim("scope")).isEqualTo("accounts payments");
    assertThat(claims.getStringListClaim("redirect_uris")).containsExactly(REDIRECT);
    assertThat(SoftwareStatement.parse(claims.getStringClaim("software_statement")).softwareId())
        .isEqualTo("tppSoftware1");
  }

  @Test
  void aSecondRegistrationOfTheSoftwareIsTyped() throws Exception {
    server.stubFor(
        post(urlEqualTo("/open-banking/v3.3/register"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"error\":\"invalid_client_metadata\",\"error_description\":"
                            + "\"Application with the name tppSoftware1 already exist in the"
                            + " system\"}")));

    assertThatThrownBy(() -> dcr.register(request(Map.of()).build()))
        .isInstanceOfSatisfying(
            SoftwareAlreadyRegisteredException.class,
            e -> {
              assertThat(e.softwareId()).isEqualTo("tppSoftware1");
              assertThat(e.status()).isEqualTo(400);
            });
    server.verify(1, postRequestedFor(urlEqualTo("/open-banking/v3.3/register")));
  }

  @Test
  void otherRefusalsCarryTheServersErrorShape() throws Exception {
    server.stubFor(
        post(urlEqualTo("/open-banking/v3.3/register"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"error\":\"invalid_software_statement\",\"error_description\":"
                            + "\"Invalid issuer in software statement\"}")));

    assertThatThrownBy(() -> dcr.register(request(Map.of()).build()))
        .isInstanceOfSatisfying(
            BadRequestException.class,
            e -> {
              assertThat(e).isNotInstanceOf(SoftwareAlreadyRegisteredException.class);
              assertThat(e.payload().error()).isEqualTo("invalid_software_statement");
              assertThat(e.payload().errorDescription())
                  .isEqualTo("Invalid issuer in software statement");
            });
  }

  private void stubToken() {
    server.stubFor(
        post(urlEqualTo("/oauth2/token"))
            .withRequestBody(containing("client_assertion="))
            .withRequestBody(containing("grant_type=client_credentials"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"access_token\":\"tok-1\",\"token_type\":\"Bearer\","
                            + "\"expires_in\":3600}")));
  }

  @Test
  void readUpdateAndDeleteUseTheClientsOwnToken() throws Exception {
    stubToken();
    String clientJson =
        "{\"client_id\":\"c1\",\"software_id\":\"tppSoftware1\",\"redirect_uris\":[\""
            + REDIRECT
            + "\"]}";
    server.stubFor(
        get(urlEqualTo("/open-banking/v3.3/register/c1"))
            .withHeader("Authorization", equalTo("Bearer tok-1"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(clientJson)));
    server.stubFor(
        put(urlEqualTo("/open-banking/v3.3/register/c1"))
            .withHeader("Authorization", equalTo("Bearer tok-1"))
            .withHeader("Content-Type", containing("application/jwt"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(clientJson)));
    server.stubFor(
        delete(urlEqualTo("/open-banking/v3.3/register/c1"))
            .withHeader("Authorization", equalTo("Bearer tok-1"))
            .willReturn(aResponse().withStatus(204)));

    assertThat(dcr.read("c1").softwareId()).isEqualTo("tppSoftware1");
    assertThat(dcr.update("c1", request(Map.of()).scopes("accounts").build()).clientId())
        .isEqualTo("c1");
    dcr.delete("c1");

    server.verify(1, deleteRequestedFor(urlEqualTo("/open-banking/v3.3/register/c1")));
    String assertion =
        server.findAll(postRequestedFor(urlEqualTo("/oauth2/token"))).get(0).getBodyAsString();
    assertThat(assertion).contains("client_assertion_type");
  }

  @Test
  void ensureRegisteredWithAKnownClientReadsAndNeverPosts() throws Exception {
    stubToken();
    server.stubFor(
        get(urlEqualTo("/open-banking/v3.3/register/c1"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"client_id\":\"c1\"}")));

    RegistrationOutcome outcome = dcr.ensureRegistered(request(Map.of()).build(), "c1");

    assertThat(outcome.created()).isFalse();
    assertThat(outcome.registration().clientId()).isEqualTo("c1");
    server.verify(0, postRequestedFor(urlEqualTo("/open-banking/v3.3/register")));
    server.verify(1, getRequestedFor(urlEqualTo("/open-banking/v3.3/register/c1")));
  }

  @Test
  void aClientIdThatCouldAddressAnotherPathIsRefusedBeforeAnyDelete() {
    stubToken();

    assertThatThrownBy(() -> dcr.delete(".."))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly("client_id"));
    server.verify(0, deleteRequestedFor(urlEqualTo("/open-banking/v3.3")));
    server.verify(0, deleteRequestedFor(urlEqualTo("/open-banking/v3.3/register/..")));
  }

  @Test
  void aTokenForAnotherClientIsRefusedAsTheGatewaySays() throws Exception {
    stubToken();
    server.stubFor(
        get(urlEqualTo("/open-banking/v3.3/register/c2"))
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"error\":\"unauthorized\",\"error_description\":"
                            + "\"Token is not bound to the client id sent in the request\"}")));

    assertThatThrownBy(() -> dcr.read("c2"))
        .isInstanceOfSatisfying(
            AuthenticationException.class,
            e -> assertThat(e.payload().error()).isEqualTo("unauthorized"));
  }

  @Test
  void aTransportWithoutCertificateIsRefused() {
    try (HttpTransport plain = HttpTransport.create(HttpConfig.defaults())) {
      assertThatThrownBy(
              () ->
                  withoutCertificate(plain, new SigningKey(SOFTWARE.getPrivate(), "k", "PS256"))
                      .build())
          .isInstanceOfSatisfying(
              ValidationException.class,
              e ->
                  assertThat(e.violations())
                      .extracting(Violation::field)
                      .containsExactly("transport.clientCertificate"));
    }
  }

  @Test
  void theSigningKeyMustBeFapiAndCarryItsKid() {
    try (HttpTransport plain = HttpTransport.create(HttpConfig.defaults())) {
      assertThatThrownBy(
              () ->
                  withoutCertificate(plain, new SigningKey(SOFTWARE.getPrivate(), null, "RS256"))
                      .build())
          .isInstanceOfSatisfying(
              ValidationException.class,
              e ->
                  assertThat(e.violations())
                      .extracting(Violation::field)
                      .containsExactlyInAnyOrder(
                          "transport.clientCertificate",
                          "signingKey.keyId",
                          "signingKey.algorithm"));
    }
  }

  private static FsDcrClient.Builder withoutCertificate(HttpTransport plain, SigningKey key) {
    return FsDcrClient.builder()
        .baseUrl("https://gw.example/open-banking/v3.3")
        .tokenEndpoint("https://is.example/oauth2/token")
        .transport(plain)
        .signingKey(key);
  }
}
