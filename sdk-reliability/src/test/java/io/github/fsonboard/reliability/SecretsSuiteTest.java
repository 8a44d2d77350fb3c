package io.github.fsonboard.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.fsonboard.apim.devportal.ApplicationKey;
import io.github.fsonboard.apim.devportal.ConsumerCredentials;
import io.github.fsonboard.apim.devportal.DevPortal;
import io.github.fsonboard.apim.devportal.KeyGenerationRequest;
import io.github.fsonboard.apim.devportal.KeyType;
import io.github.fsonboard.core.auth.BasicCredentials;
import io.github.fsonboard.core.auth.ClientAuthentication;
import io.github.fsonboard.core.auth.JwtBearerAssertion;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.auth.SigningKey;
import io.github.fsonboard.core.auth.TokenProvider;
import io.github.fsonboard.core.error.FsOnboardException;
import io.github.fsonboard.core.http.BaseUrl;
import io.github.fsonboard.core.http.ClientCertificate;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.ProxyConfig;
import io.github.fsonboard.core.http.RetryPolicy;
import io.github.fsonboard.core.oauth.OAuthTokenClient;
import io.github.fsonboard.core.oauth.TokenRequest;
import io.github.fsonboard.core.oauth.TokenResponse;
import io.github.fsonboard.core.pkce.CodeVerifier;
import io.github.fsonboard.core.pkce.Pkce;
import io.github.fsonboard.harness.TestPki;
import io.github.fsonboard.is.IdentityServer;
import io.github.fsonboard.is.dcr.ClientRegistrationRequest;
import io.github.fsonboard.is.dcr.RegisteredClient;
import io.github.fsonboard.is.introspection.IntrospectionResult;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The onboarding-style calls of sdk-is and sdk-apim at TRACE logging, plus their failure paths: no
 * password, client or consumer secret, token, verifier, assertion or private key may appear in any
 * captured log line, {@code toString} of a returned value, or exception message / stack trace.
 */
class SecretsSuiteTest {
  private static final String ADMIN_PASSWORD = "admin-pw-Jd83kQ02";
  private static final String TPP_PASSWORD = "tpp-pw-Ks92mZ71";
  private static final String PROXY_PASSWORD = "proxy-pw-Lq55xV90";
  private static final String CLIENT_SECRET = "client-secret-Pw4nR7tY";
  private static final String DCR_SECRET = "dcr-issued-secret-Hu8bN2cX";
  private static final String CONSUMER_SECRET = "consumer-secret-Vb6mQ1aZ";
  private static final String NEW_CONSUMER_SECRET = "regenerated-secret-Tg3wE9sD";
  private static final String ACCESS_TOKEN = "access-token-Zr5yU8iO";
  private static final String REFRESH_TOKEN = "refresh-token-Xc2vB4nM";
  private static final String ID_TOKEN = "id-token-Qa1sW3eD";
  private static final String APP_TOKEN = "app-token-Fg7hJ9kL";
  private static final String APP_ID = "8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5f01";

  private static WireMockServer server;

  @BeforeAll
  static void start() {
    server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
    server.start();
    server.stubFor(
        post(urlPathEqualTo("/oauth2/token"))
            .willReturn(
                json(
                    200,
                    "{\"access_token\":\""
                        + ACCESS_TOKEN
                        + "\",\"refresh_token\":\""
                        + REFRESH_TOKEN
                        + "\",\"id_token\":\""
                        + ID_TOKEN
                        + "\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
                        + "\"scope\":\"accounts openid\"}")));
    server.stubFor(
        post(urlPathEqualTo(IdentityServer.DCR_PATH))
            .willReturn(
                json(
                    201,
                    "{\"client_id\":\"dcr-client\",\"client_secret\":\""
                        + DCR_SECRET
                        + "\",\"client_name\":\"tpp-app\",\"grant_types\":"
                        + "[\"client_credentials\"],\"redirect_uris\":[]}")));
    server.stubFor(
        post(urlPathEqualTo("/oauth2/introspect"))
            .willReturn(
                json(
                    200,
                    "{\"active\":true,\"client_id\":\"dcr-client\",\"username\":\"tpp\","
                        + "\"scope\":\"accounts\",\"token_type\":\"Bearer\"}")));
    server.stubFor(
        post(urlPathMatching("/api/am/devportal/v3/applications/[^/]+/generate-keys"))
            .willReturn(
                json(
                    200,
                    "{\"keyMappingId\":\"km-1\",\"keyManager\":\"FSKM\",\"consumerKey\":\"ck-1\","
                        + "\"consumerSecret\":\""
                        + CONSUMER_SECRET
                        + "\",\"supportedGrantTypes\":[\"client_credentials\"],"
                        + "\"keyState\":\"COMPLETED\",\"keyType\":\"PRODUCTION\","
                        + "\"token\":{\"accessToken\":\""
                        + APP_TOKEN
                        + "\",\"tokenScopes\":[\"default\"],\"validityTime\":3600},"
                        + "\"additionalProperties\":{}}")));
    server.stubFor(
        post(urlPathMatching("/api/am/devportal/v3/applications/.+/regenerate-secret"))
            .willReturn(
                json(
                    200,
                    "{\"consumerKey\":\"ck-1\",\"consumerSecret\":\""
                        + NEW_CONSUMER_SECRET
                        + "\"}")));
    server.stubFor(
        get(urlPathMatching("/api/am/devportal/v3/applications/.*"))
            .willReturn(
                aResponse()
                    .withStatus(500)
                    .withHeader("Content-Type", "text/html")
                    .withBody("<html><body>Internal error</body></html>")));
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(
      int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  @Test
  void noSecretInLogsToStringsOrExceptions() throws Exception {
    TestPki.Issued ca = TestPki.ca("Secrets CA");
    TestPki.Issued tppKey = TestPki.leaf(ca, "tpp-signing");
    Pkce pkce = Pkce.s256();
    String verifier = pkce.verifier().asSecret().reveal();
    Secret assertion =
        JwtBearerAssertion.builder()
            .issuer("tpp")
            .subject("tpp")
            .audience(server.baseUrl() + "/oauth2/token")
            .lifetime(Duration.ofMinutes(5))
            .sign(new SigningKey(tppKey.privateKey(), "k1", "ES256"));
    String keyPemBody =
        tppKey
            .privateKeyPem()
            .replace("-----BEGIN PRIVATE KEY-----\n", "")
            .replace("\n-----END PRIVATE KEY-----\n", "")
            .replace("\n", "");

    SecretScan scan =
        new SecretScan()
            .basic("admin", ADMIN_PASSWORD)
            .basic("tpp-client", CLIENT_SECRET)
            .basic("dcr-client", DCR_SECRET)
            .secret(TPP_PASSWORD)
            .secret(PROXY_PASSWORD)
            .secret(CONSUMER_SECRET)
            .secret(NEW_CONSUMER_SECRET)
            .secret(ACCESS_TOKEN)
            .secret(REFRESH_TOKEN)
            .secret(ID_TOKEN)
            .secret(APP_TOKEN)
            .secret(verifier)
            .secret(assertion.reveal())
            .secret(keyPemBody.substring(40, 80))
            .secret(tppKey.privateKeyPem());

    List<Object> returned = new ArrayList<>();
    List<Throwable> thrown = new ArrayList<>();
    try (LogCapture logs = LogCapture.traceSdk()) {
      HttpConfig config = HttpConfig.builder().retryPolicy(RetryPolicy.none()).build();
      try (IdentityServer is =
          IdentityServer.builder()
              .baseUrl(server.baseUrl())
              .httpConfig(config)
              .adminCredentials(BasicCredentials.of("admin", ADMIN_PASSWORD))
              .build()) {
        returned.add(is);
        RegisteredClient client =
            is.dcr()
                .register(
                    ClientRegistrationRequest.builder()
                        .clientName("tpp-app")
                        .grantTypes("client_credentials")
                        .build());
        returned.add(client);
        ClientAuthentication basic =
            ClientAuthentication.clientSecretBasic("tpp-client", Secret.of(CLIENT_SECRET));
        ClientAuthentication post =
            ClientAuthentication.clientSecretPost("tpp-client", Secret.of(CLIENT_SECRET));
        ClientAuthentication jwt =
            ClientAuthentication.privateKeyJwt(
                "tpp-client", new SigningKey(tppKey.privateKey(), "k1", "ES256"));
        returned.add(basic);
        returned.add(post);
        returned.add(jwt);
        List<TokenRequest> grants =
            List.of(
                TokenRequest.clientCredentials("accounts"),
                TokenRequest.password("tpp", Secret.of(TPP_PASSWORD), List.of("accounts")),
                TokenRequest.refreshToken(Secret.of(REFRESH_TOKEN)),
                TokenRequest.authorizationCode(
                    "auth-code", URI.create("https://tpp.example/cb"), pkce.verifier().asSecret()),
                TokenRequest.jwtBearer(assertion, "accounts"));
        for (ClientAuthentication auth : List.of(basic, post, jwt)) {
          OAuthTokenClient tokens = is.tokens(auth);
          returned.add(tokens);
          for (TokenRequest grant : grants) {
            returned.add(grant);
            TokenResponse response = tokens.request(grant);
            returned.add(response);
            returned.add(response.toAccessToken());
          }
        }
        returned.add(pkce);
        returned.add(pkce.verifier());
        returned.add(CodeVerifier.of(verifier));
        IntrospectionResult introspection =
            is.introspection(basic).introspect(Secret.of(ACCESS_TOKEN));
        returned.add(introspection);

        TokenProvider tppTokens =
            is.tokens(basic)
                .tokenProvider(
                    TokenRequest.password("tpp", Secret.of(TPP_PASSWORD), List.of("apim")));
        returned.add(tppTokens);
        DevPortal portal =
            DevPortal.create(is.transport(), BaseUrl.of(server.baseUrl()), tppTokens);
        ApplicationKey key =
            portal
                .keys()
                .generate(
                    APP_ID,
                    KeyGenerationRequest.builder()
                        .keyType(KeyType.PRODUCTION)
                        .keyManager("FSKM")
                        .grantTypes("client_credentials")
                        .build());
        returned.add(key);
        ConsumerCredentials regenerated = portal.keys().regenerateSecret(APP_ID, "km-1");
        returned.add(regenerated);

        List<Callable<?>> failing =
            List.of(
                () -> portal.applications().get(APP_ID),
                () -> is.tokens(basic).request(TokenRequest.custom("bogus", java.util.Map.of())),
                () -> BasicCredentials.of(" ", ADMIN_PASSWORD),
                () -> ClientCertificate.pem("not a certificate", Secret.of(tppKey.privateKeyPem())),
                () -> ClientCertificate.pem(tppKey.certificatePem(), Secret.of("garbage key")),
                () -> CodeVerifier.of(verifier.substring(0, 20)),
                () -> ProxyConfig.http(" ", 3128).withCredentials("svc", Secret.of(PROXY_PASSWORD)),
                () ->
                    is.tokens(
                            ClientAuthentication.clientSecretBasic(
                                "tpp-client", Secret.of(CLIENT_SECRET)))
                        .request(
                            TokenRequest.authorizationCode(
                                "", URI.create("https://tpp.example/cb"), Secret.of(verifier))));
        for (Callable<?> call : failing) {
          try {
            returned.add(call.call());
          } catch (FsOnboardException e) {
            thrown.add(e);
          }
        }
      }
      returned.add(
          ProxyConfig.http("proxy", 3128).withCredentials("svc", Secret.of(PROXY_PASSWORD)));
      returned.add(BasicCredentials.of("admin", ADMIN_PASSWORD));
      returned.add(Secret.of(ACCESS_TOKEN));
      returned.add(
          ClientCertificate.pem(tppKey.certificatePem(), Secret.of(tppKey.privateKeyPem())));
      returned.add(config);
      scan.logLines(logs.lines());
    }
    for (Object o : returned) {
      scan.string("toString of " + (o == null ? "null" : o.getClass().getSimpleName()), o);
    }
    for (Throwable t : thrown) {
      scan.throwable("exception " + t.getClass().getSimpleName(), t);
    }

    System.out.println(scan.summary("secrets suite"));
    System.out.println(
        "secrets suite: "
            + returned.size()
            + " returned values, "
            + thrown.size()
            + " exception paths");
    scan.findings().forEach(f -> System.out.println("secrets suite: FOUND " + f));
    assertThat(thrown).hasSizeGreaterThanOrEqualTo(6);
    assertThat(scan.findings()).isEmpty();
  }
}
