package io.github.fsonboard.core.oauth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.github.fsonboard.core.auth.AccessToken;
import io.github.fsonboard.core.auth.ClientAuthentication;
import io.github.fsonboard.core.auth.JwtBearerAssertion;
import io.github.fsonboard.core.auth.MutableClock;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.auth.SigningKey;
import io.github.fsonboard.core.auth.TokenProvider;
import io.github.fsonboard.core.error.AuthenticationException;
import io.github.fsonboard.core.error.BadRequestException;
import io.github.fsonboard.core.error.FsOnboardException;
import io.github.fsonboard.core.error.ServerException;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.RetryPolicy;
import io.github.fsonboard.harness.TestPki;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OAuthTokenClientTest {
  private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
  private static WireMockServer wm;
  private static KeyPair rsa;

  @BeforeAll
  static void start() {
    wm = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
    wm.start();
    rsa = TestPki.rsaKeys();
  }

  @AfterAll
  static void stop() {
    wm.stop();
  }

  @BeforeEach
  void reset() {
    wm.resetAll();
  }

  private static String endpoint() {
    return wm.url("/oauth2/token");
  }

  private static OAuthTokenClient client(ClientAuthentication auth) {
    return client(auth, Clock.systemUTC());
  }

  private static OAuthTokenClient client(ClientAuthentication auth, Clock clock) {
    return OAuthTokenClient.builder()
        .tokenEndpoint(endpoint())
        .clientAuthentication(auth)
        .httpConfig(
            HttpConfig.builder()
                .retryPolicy(RetryPolicy.builder().initialBackoff(Duration.ofMillis(1)).build())
                .build())
        .clock(clock)
        .build();
  }

  private static void tokenResponse(String json) {
    wm.stubFor(
        post(urlPathEqualTo("/oauth2/token"))
            .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(json)));
  }

  private static void okToken() {
    tokenResponse(
        "{\"access_token\":\"at-1\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
            + "\"refresh_token\":\"rt-1\",\"id_token\":\"idt\",\"scope\":\"a b\",\"x\":\"y\"}");
  }

  private static Map<String, String> sentForm() {
    var requests = wm.findAll(postRequestedFor(urlPathEqualTo("/oauth2/token")));
    assertThat(requests).hasSize(1);
    var r = requests.get(0);
    assertThat(r.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
    Map<String, String> form = new LinkedHashMap<>();
    for (String pair : r.getBodyAsString().split("&")) {
      String[] kv = pair.split("=", 2);
      form.put(
          URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
          URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
    }
    return form;
  }

  private static String sentAuthorization() {
    return wm.findAll(postRequestedFor(urlPathEqualTo("/oauth2/token")))
        .get(0)
        .getHeader("Authorization");
  }

  @Test
  void clientCredentialsWithScopeAndBasicAuth() {
    okToken();
    TokenResponse t =
        client(ClientAuthentication.clientSecretBasic("my client", Secret.of("p@ss:w+rd é")))
            .clientCredentials("accounts", "payments");

    assertThat(sentForm())
        .containsExactly(
            Map.entry("grant_type", "client_credentials"), Map.entry("scope", "accounts payments"));
    // RFC 6749 §2.3.1: form-encode id and secret, then Basic.
    String expected =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    "my+client:p%40ss%3Aw%2Brd+%C3%A9".getBytes(StandardCharsets.UTF_8));
    assertThat(sentAuthorization()).isEqualTo(expected);
    wm.verify(
        postRequestedFor(urlPathEqualTo("/oauth2/token"))
            .withHeader("Accept", equalTo("application/json")));

    assertThat(t.accessToken().reveal()).isEqualTo("at-1");
    assertThat(t.tokenType()).isEqualTo("Bearer");
    assertThat(t.expiresIn()).isEqualTo(Duration.ofHours(1));
    assertThat(t.refreshToken().reveal()).isEqualTo("rt-1");
    assertThat(t.idToken().reveal()).isEqualTo("idt");
    assertThat(t.scopes()).containsExactlyInAnyOrder("a", "b");
    assertThat(t.additional()).containsExactly(Map.entry("x", "y"));
  }

  @Test
  void scopesAreSplitOnAnyRunOfWhitespace() {
    tokenResponse("{\"access_token\":\"at-1\",\"scope\":\" b \\t a\\n\\n b c \"}");
    TokenResponse t =
        client(ClientAuthentication.clientSecretBasic("cid", Secret.of("secret-1")))
            .clientCredentials("x");
    assertThat(t.scopes()).containsExactlyInAnyOrder("b", "a", "c");
  }

  @Test
  void passwordGrantWithClientSecretPost() {
    okToken();
    client(ClientAuthentication.clientSecretPost("cid", Secret.of("csecret")))
        .request(TokenRequest.password("alice", Secret.of("pw&=1"), List.of("openid")));

    assertThat(sentForm())
        .containsExactly(
            Map.entry("grant_type", "password"),
            Map.entry("username", "alice"),
            Map.entry("password", "pw&=1"),
            Map.entry("scope", "openid"),
            Map.entry("client_id", "cid"),
            Map.entry("client_secret", "csecret"));
    assertThat(sentAuthorization()).isNull();
  }

  @Test
  void refreshTokenGrant() {
    okToken();
    client(ClientAuthentication.clientSecretPost("cid", Secret.of("s")))
        .request(TokenRequest.refreshToken(Secret.of("rt-old"), "x"));

    assertThat(sentForm())
        .containsEntry("grant_type", "refresh_token")
        .containsEntry("refresh_token", "rt-old")
        .containsEntry("scope", "x");
  }

  @Test
  void authorizationCodeWithRedirectAndVerifier() {
    okToken();
    client(ClientAuthentication.none("public-app"))
        .request(
            TokenRequest.authorizationCode(
                "code-123", URI.create("https://tpp.example/cb?x=1"), Secret.of(VERIFIER)));

    assertThat(sentForm())
        .containsExactly(
            Map.entry("grant_type", "authorization_code"),
            Map.entry("code", "code-123"),
            Map.entry("redirect_uri", "https://tpp.example/cb?x=1"),
            Map.entry("code_verifier", VERIFIER),
            Map.entry("client_id", "public-app"));
    assertThat(sentAuthorization()).isNull();
  }

  @Test
  void jwtBearerGrant() throws Exception {
    okToken();
    Secret assertion =
        JwtBearerAssertion.builder()
            .issuer("tpp-idp")
            .subject("user-1")
            .audience(endpoint())
            .sign(new SigningKey(rsa.getPrivate(), "k1", "RS256"));
    client(ClientAuthentication.clientSecretBasic("cid", Secret.of("s")))
        .request(TokenRequest.jwtBearer(assertion, "openid"));

    Map<String, String> form = sentForm();
    assertThat(form)
        .containsEntry("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer")
        .containsEntry("assertion", assertion.reveal())
        .containsEntry("scope", "openid");
    SignedJWT jwt = SignedJWT.parse(form.get("assertion"));
    assertThat(jwt.verify(new RSASSAVerifier((RSAPublicKey) rsa.getPublic()))).isTrue();
    assertThat(jwt.getHeader().getKeyID()).isEqualTo("k1");
    assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("user-1");
  }

  @Test
  void privateKeyJwtClientAuthentication() throws Exception {
    okToken();
    Instant before = Instant.now().minusSeconds(1);
    client(
            ClientAuthentication.privateKeyJwt(
                "cid-9", new SigningKey(rsa.getPrivate(), "kid-7", "PS256")))
        .clientCredentials();

    Map<String, String> form = sentForm();
    assertThat(form)
        .containsEntry("grant_type", "client_credentials")
        .containsEntry("client_id", "cid-9")
        .containsEntry(
            "client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
        .doesNotContainKey("client_secret");
    assertThat(sentAuthorization()).isNull();
    SignedJWT jwt = SignedJWT.parse(form.get("client_assertion"));
    assertThat(jwt.verify(new RSASSAVerifier((RSAPublicKey) rsa.getPublic()))).isTrue();
    assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("PS256");
    assertThat(jwt.getHeader().getKeyID()).isEqualTo("kid-7");
    JWTClaimsSet claims = jwt.getJWTClaimsSet();
    assertThat(claims.getIssuer()).isEqualTo("cid-9");
    assertThat(claims.getSubject()).isEqualTo("cid-9");
    assertThat(claims.getAudience()).containsExactly(endpoint());
    assertThat(claims.getExpirationTime().toInstant()).isAfter(before.plusSeconds(60));
    assertThat(claims.getExpirationTime().toInstant()).isBefore(Instant.now().plusSeconds(600));
    assertThat(claims.getJWTID()).isNotBlank();
  }

  @Test
  void privateKeyJwtNamesTheIssuerAsAudienceWhenAsked() throws Exception {
    // FAPI 2 servers (Keycloak SecureClientAuthenticationAssertionExecutor) want aud = issuer.
    okToken();
    client(
            ClientAuthentication.privateKeyJwt(
                "cid-9",
                new SigningKey(rsa.getPrivate(), "kid-7", "PS256"),
                URI.create("https://as.example/realms/fapi")))
        .request(TokenRequest.authorizationCode("code-1", URI.create("https://tpp/cb"), null));

    SignedJWT jwt = SignedJWT.parse(sentForm().get("client_assertion"));
    assertThat(jwt.getJWTClaimsSet().getAudience())
        .containsExactly("https://as.example/realms/fapi");
  }

  @Test
  void aRelativeAssertionAudienceIsRefused() {
    SigningKey key = new SigningKey(rsa.getPrivate(), "kid-7", "PS256");
    assertThatThrownBy(
            () -> ClientAuthentication.privateKeyJwt("cid", key, URI.create("realms/fapi")))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.field())
                    .contains("assertionAudience"));
  }

  @Test
  void eachClientAssertionHasItsOwnJti() throws Exception {
    okToken();
    OAuthTokenClient c =
        client(
            ClientAuthentication.privateKeyJwt(
                "cid", new SigningKey(rsa.getPrivate(), null, "RS256")));
    c.clientCredentials();
    c.clientCredentials();
    var jtis =
        wm.findAll(postRequestedFor(urlPathEqualTo("/oauth2/token"))).stream()
            .map(r -> r.getBodyAsString().replaceAll(".*client_assertion=([^&]*).*", "$1"))
            .map(
                s -> {
                  try {
                    return SignedJWT.parse(s).getJWTClaimsSet().getJWTID();
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                })
            .toList();
    assertThat(jtis).hasSize(2).doesNotHaveDuplicates();
  }

  @Test
  void expiresInAsStringAndExpiryFromSendTime() {
    tokenResponse("{\"access_token\":\"at\",\"expires_in\":\"120\"}");
    MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    Clock slowResponse =
        new Clock() {
          private final AtomicInteger reads = new AtomicInteger();

          @Override
          public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            // first read is the send time; any later read happens "100 s later"
            return reads.getAndIncrement() == 0
                ? clock.instant()
                : clock.instant().plusSeconds(100);
          }
        };

    TokenResponse t = client(ClientAuthentication.none("c"), slowResponse).clientCredentials();

    assertThat(t.requestSentAt()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
    assertThat(t.expiresIn()).isEqualTo(Duration.ofSeconds(120));
    assertThat(t.expiresAt()).isEqualTo(Instant.parse("2026-03-01T10:02:00Z"));
    AccessToken a = t.toAccessToken();
    assertThat(a.expiresAt()).isEqualTo(t.expiresAt());
    assertThat(a.tokenType()).isEqualTo("Bearer");
  }

  @Test
  void noExpiresInMeansNoExpiry() {
    tokenResponse("{\"access_token\":\"at\",\"token_type\":\"bearer\",\"scope\":\" \"}");
    TokenResponse t = client(ClientAuthentication.none("c")).clientCredentials();
    assertThat(t.expiresIn()).isNull();
    assertThat(t.expiresAt()).isNull();
    assertThat(t.refreshToken()).isNull();
    assertThat(t.scopes()).isEmpty();
  }

  @Test
  void badExpiresInAndMissingAccessTokenAreSdkErrors() {
    tokenResponse("{\"access_token\":\"at\",\"expires_in\":\"soon\"}");
    assertThatThrownBy(() -> client(ClientAuthentication.none("c")).clientCredentials())
        .isInstanceOf(FsOnboardException.class)
        .hasMessageContaining("expires_in");

    tokenResponse("{\"token_type\":\"Bearer\"}");
    assertThatThrownBy(() -> client(ClientAuthentication.none("c")).clientCredentials())
        .isInstanceOf(FsOnboardException.class)
        .hasMessageContaining("access_token");

    tokenResponse("<html>not json</html>");
    assertThatThrownBy(() -> client(ClientAuthentication.none("c")).clientCredentials())
        .isInstanceOf(FsOnboardException.class);
  }

  @Test
  void errorResponsesAreTyped() {
    wm.stubFor(
        post(urlPathEqualTo("/oauth2/token"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"error\":\"invalid_grant\",\"error_description\":\"PKCE validation failed\"}")));
    assertThatThrownBy(
            () ->
                client(ClientAuthentication.none("c"))
                    .request(
                        TokenRequest.authorizationCode(
                            "c", URI.create("https://x/cb"), Secret.of(VERIFIER))))
        .isInstanceOfSatisfying(
            BadRequestException.class,
            e -> {
              assertThat(e.payload().error()).isEqualTo("invalid_grant");
              assertThat(e.payload().errorDescription()).isEqualTo("PKCE validation failed");
              assertThat(e.method()).isEqualTo("POST");
              assertThat(e.url()).isEqualTo(endpoint());
            });

    wm.stubFor(
        post(urlPathEqualTo("/oauth2/token"))
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withBody("{\"error\":\"invalid_client\",\"error_description\":\"bad\"}")));
    assertThatThrownBy(() -> client(ClientAuthentication.none("c")).clientCredentials())
        .isInstanceOfSatisfying(
            AuthenticationException.class,
            e -> assertThat(e.payload().error()).isEqualTo("invalid_client"));
  }

  @Test
  void clientCredentialsIsRetriedButAuthorizationCodeIsNot() {
    wm.stubFor(
        post(urlPathEqualTo("/oauth2/token"))
            .inScenario("s")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("up"));
    wm.stubFor(
        post(urlPathEqualTo("/oauth2/token"))
            .inScenario("s")
            .whenScenarioStateIs("up")
            .willReturn(aResponse().withBody("{\"access_token\":\"at\"}")));

    client(ClientAuthentication.none("c")).clientCredentials();
    wm.verify(2, postRequestedFor(urlPathEqualTo("/oauth2/token")));
    wm.verify(
        2,
        postRequestedFor(urlPathEqualTo("/oauth2/token"))
            .withHeader("X-FsOnboard-Retry-Safe", absent()));

    wm.resetAll();
    wm.stubFor(post(urlPathEqualTo("/oauth2/token")).willReturn(aResponse().withStatus(503)));
    assertThatThrownBy(
            () ->
                client(ClientAuthentication.none("c"))
                    .request(
                        TokenRequest.authorizationCode(
                            "c", URI.create("https://x/cb"), Secret.of(VERIFIER))))
        .isInstanceOf(ServerException.class);
    wm.verify(1, postRequestedFor(urlPathEqualTo("/oauth2/token")));
  }

  @Test
  void verifierValidationRejectsBadValuesBeforeAnyRequest() {
    URI cb = URI.create("https://tpp.example/cb");
    for (String bad :
        List.of(
            "short", "a".repeat(42), "a".repeat(129), "a".repeat(42) + "+", "a".repeat(43) + " ")) {
      assertThatThrownBy(() -> TokenRequest.authorizationCode("code", cb, Secret.of(bad)))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e -> {
                assertThat(e.field()).isEqualTo("code_verifier");
                assertThat(e.getMessage()).doesNotContain(bad);
              });
    }
    assertThat(TokenRequest.authorizationCode("code", cb, Secret.of("a".repeat(128))).parameters())
        .containsKey("code_verifier");
    assertThat(TokenRequest.authorizationCode("code", cb, null).parameters())
        .doesNotContainKey("code_verifier");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void requestValidation() {
    URI cb = URI.create("https://tpp.example/cb");
    assertThatThrownBy(() -> TokenRequest.authorizationCode(" ", cb, null))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> TokenRequest.authorizationCode("c", URI.create("/rel"), null))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("redirect_uri");
    assertThatThrownBy(() -> TokenRequest.clientCredentials("a b"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("scope");
    assertThatThrownBy(() -> TokenRequest.jwtBearer(Secret.of("not-a-jwt")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("assertion");
    assertThatThrownBy(() -> TokenRequest.refreshToken(Secret.of("")))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> TokenRequest.password("u", null, null))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> TokenRequest.custom("x", Map.of("n", 1)))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> OAuthTokenClient.builder().tokenEndpoint("ftp://x/token").build())
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("tokenEndpoint"));
    assertThatThrownBy(() -> OAuthTokenClient.builder().tokenEndpoint(endpoint()).build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.field()).isEqualTo("clientAuthentication"));
    assertThatThrownBy(
            () ->
                ClientAuthentication.privateKeyJwt(
                    "c", new SigningKey(rsa.getPrivate(), null, "HS256")))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> ClientAuthentication.clientSecretBasic("c", null))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(
            () ->
                JwtBearerAssertion.builder()
                    .issuer("i")
                    .subject("s")
                    .audience("a")
                    .sign(new SigningKey(rsa.getPrivate(), null, "ES256")))
        .isInstanceOf(ValidationException.class);
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void customGrantAndRepeatability() {
    okToken();
    TokenRequest custom =
        TokenRequest.custom(
            "urn:ietf:params:oauth:grant-type:device_code", Map.of("device_code", Secret.of("dc")));
    client(ClientAuthentication.none("c")).request(custom);
    assertThat(sentForm()).containsEntry("device_code", "dc");
    assertThat(custom.toString()).doesNotContain("dc").contains("device_code=****");
    assertThat(TokenRequest.clientCredentials().isRepeatable()).isTrue();
    assertThat(TokenRequest.refreshToken(Secret.of("r")).isRepeatable()).isFalse();
    assertThatThrownBy(
            () ->
                client(ClientAuthentication.none("c"))
                    .tokenProvider(TokenRequest.refreshToken(Secret.of("r"))))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void tokenProviderCachesAndUsesClientClock() {
    okToken();
    MutableClock clock = new MutableClock(Instant.now());
    TokenProvider p =
        client(ClientAuthentication.none("c"), clock)
            .tokenProvider(TokenRequest.clientCredentials("a"));
    AccessToken first = p.token();
    assertThat(p.token()).isSameAs(first);
    assertThat(first.scopes()).isEqualTo(Set.of("a", "b"));
    wm.verify(1, postRequestedFor(urlPathEqualTo("/oauth2/token")));
    clock.advance(Duration.ofSeconds(3600));
    p.token();
    wm.verify(2, postRequestedFor(urlPathEqualTo("/oauth2/token")));
  }
}
