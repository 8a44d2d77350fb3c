package io.github.fsonboard.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.fsonboard.apim.ApiManager;
import io.github.fsonboard.apim.devportal.DevPortal;
import io.github.fsonboard.core.auth.ClientAuthentication;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.auth.TokenProvider;
import io.github.fsonboard.core.error.TransportException;
import io.github.fsonboard.core.http.ClientCertificate;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.RetryPolicy;
import io.github.fsonboard.core.http.Trust;
import io.github.fsonboard.harness.TestPki;
import io.github.fsonboard.is.IdentityServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS WireMock servers with certificates generated at run time, called through sdk-is ({@link
 * IdentityServer}: JWKS fetch and token request) and sdk-apim ({@link ApiManager} transport with
 * the Developer Portal client): untrusted, expired and wrong-host server certificates are refused
 * with {@link TransportException.Kind#TLS}; mutual TLS works with a client certificate and is
 * refused without one.
 */
class TlsSuiteTest {
  private static final String PW = "changeit";
  private static final String APP_ID = "8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5f01";

  @TempDir static Path dir;

  private static TestPki.Issued ca;
  private static TestPki.Issued client;
  private static final Map<String, WireMockServer> servers = new LinkedHashMap<>();
  private static final List<String> outcomes = new ArrayList<>();
  private static final SecretScan secrets =
      new SecretScan().basic("tls-client", "tls-secret-Ab12Cd34").secret("tls-token-Ef56Gh78");

  @BeforeAll
  static void start() {
    ca = TestPki.ca("Tls CA");
    TestPki.Issued otherCa = TestPki.ca("Untrusted CA");
    Instant now = Instant.now();
    TestPki.Issued good = TestPki.leaf(ca, "localhost", "localhost", "127.0.0.1");
    TestPki.Issued expired =
        TestPki.leaf(
            ca,
            now.minus(Duration.ofDays(10)),
            now.minus(Duration.ofDays(1)),
            "localhost",
            "localhost",
            "127.0.0.1");
    TestPki.Issued wrongHost = TestPki.leaf(ca, "other.example", "other.example");
    TestPki.Issued untrusted = TestPki.leaf(otherCa, "localhost", "localhost", "127.0.0.1");
    client = TestPki.leaf(ca, "tpp-client");
    secrets.secret(client.privateKeyPem()).secret(pemBody(client.privateKeyPem()));
    Path trust =
        TestPki.trustStore(dir.resolve("server-trust.p12"), "PKCS12", PW, ca.certificate());
    servers.put("good", https(store("good", good), null));
    servers.put("expired", https(store("expired", expired), null));
    servers.put("wrong-host", https(store("wrong-host", wrongHost), null));
    servers.put(
        "untrusted",
        https(
            TestPki.keyStore(dir.resolve("untrusted.p12"), "PKCS12", PW, untrusted, otherCa),
            null));
    servers.put("mtls", https(store("mtls", good), trust));
    for (WireMockServer s : servers.values()) {
      s.stubFor(
          get(urlPathEqualTo(IdentityServer.JWKS_PATH))
              .willReturn(
                  json(
                      "{\"keys\":[{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"tls\","
                          + "\"x\":\"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU\","
                          + "\"y\":\"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0\"}]}")));
      s.stubFor(
          post(urlPathEqualTo(IdentityServer.TOKEN_PATH))
              .willReturn(
                  json(
                      "{\"access_token\":\"tls-at\",\"token_type\":\"Bearer\","
                          + "\"expires_in\":3600}")));
      s.stubFor(
          any(urlPathMatching("/api/am/devportal/v3/applications/.*"))
              .willReturn(
                  json(
                      "{\"applicationId\":\""
                          + APP_ID
                          + "\",\"name\":\"Accounts App\",\"throttlingPolicy\":\"Unlimited\","
                          + "\"tokenType\":\"JWT\",\"status\":\"APPROVED\",\"groups\":[],"
                          + "\"keys\":[],\"attributes\":{},\"subscriptionScopes\":[],"
                          + "\"owner\":\"tpp\"}")));
    }
  }

  private static String pemBody(String pem) {
    return pem.replaceAll("-----[A-Z ]+-----", "").replace("\n", "").substring(30, 70);
  }

  /** Calls and scans the exception (message, causes, stack) for secrets. */
  private static Throwable failure(Function<String, Object> call, String server) {
    try {
      secrets.string("result", call.apply(server));
      return null;
    } catch (RuntimeException e) {
      secrets.throwable("tls " + server, e);
      assertThat(secrets.findings()).isEmpty();
      return e;
    }
  }

  private static Path store(String name, TestPki.Issued leaf) {
    return TestPki.keyStore(dir.resolve(name + ".p12"), "PKCS12", PW, leaf, ca);
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(
      String body) {
    return aResponse().withHeader("Content-Type", "application/json").withBody(body);
  }

  private static WireMockServer https(Path keyStore, Path clientTrust) {
    var config =
        wireMockConfig()
            .bindAddress("127.0.0.1")
            .httpDisabled(true)
            .dynamicHttpsPort()
            .keystorePath(keyStore.toString())
            .keystorePassword(PW)
            .keyManagerPassword(PW)
            .keystoreType("PKCS12");
    if (clientTrust != null) {
      config
          .needClientAuth(true)
          .trustStorePath(clientTrust.toString())
          .trustStorePassword(PW)
          .trustStoreType("PKCS12");
    }
    WireMockServer s = new WireMockServer(config);
    s.start();
    return s;
  }

  @AfterAll
  static void stop() {
    servers.values().forEach(WireMockServer::stop);
    System.out.println(
        "tls suite: " + outcomes.size() + " handshakes checked: " + String.join(", ", outcomes));
    System.out.println(secrets.summary("tls suite"));
  }

  private static String url(String server) {
    return "https://localhost:" + servers.get(server).httpsPort();
  }

  private static HttpConfig.Builder trustingCa() {
    return HttpConfig.builder()
        .trust(Trust.certificates(List.of(ca.certificate())))
        .retryPolicy(RetryPolicy.none());
  }

  /** The calls made for each server, one per SDK client. */
  private static Map<String, Function<String, Object>> calls(HttpConfig config) {
    Map<String, Function<String, Object>> calls = new LinkedHashMap<>();
    calls.put(
        "sdk-is jwks",
        server -> {
          try (IdentityServer is =
              IdentityServer.builder().baseUrl(url(server)).httpConfig(config).build()) {
            return is.jwks().keySet();
          }
        });
    calls.put(
        "sdk-is token",
        server -> {
          try (IdentityServer is =
              IdentityServer.builder().baseUrl(url(server)).httpConfig(config).build()) {
            return is.tokens(
                    ClientAuthentication.clientSecretBasic(
                        "tls-client", Secret.of("tls-secret-Ab12Cd34")))
                .clientCredentials("accounts");
          }
        });
    calls.put(
        "sdk-apim devportal",
        server -> {
          try (ApiManager apim =
              ApiManager.builder().baseUrl(url(server)).httpConfig(config).build()) {
            return DevPortal.create(
                    apim.transport(),
                    apim.baseUrl(),
                    TokenProvider.of(Secret.of("tls-token-Ef56Gh78")))
                .applications()
                .get(APP_ID);
          }
        });
    return calls;
  }

  @Test
  void trustedServerWorksThroughEveryClient() {
    calls(trustingCa().build())
        .forEach(
            (name, call) -> {
              Object result = call.apply("good");
              secrets.string(name, result);
              assertThat(result).as(name).isNotNull();
              outcomes.add(name + "@good=ok");
            });
  }

  @Test
  void untrustedExpiredAndWrongHostCertificatesAreRefused() {
    for (String server : List.of("untrusted", "expired", "wrong-host")) {
      calls(trustingCa().build())
          .forEach(
              (name, call) -> {
                assertThat(failure(call, server))
                    .as(name + " against " + server)
                    .isInstanceOfSatisfying(
                        TransportException.class,
                        e -> assertThat(e.kind()).isEqualTo(TransportException.Kind.TLS));
                outcomes.add(name + "@" + server + "=refused(TLS)");
              });
    }
  }

  @Test
  void systemTrustRefusesTheTestCa() {
    HttpConfig config = HttpConfig.builder().retryPolicy(RetryPolicy.none()).build();
    calls(config)
        .forEach(
            (name, call) -> {
              assertThat(failure(call, "good"))
                  .as(name)
                  .isInstanceOfSatisfying(
                      TransportException.class,
                      e -> assertThat(e.kind()).isEqualTo(TransportException.Kind.TLS));
              outcomes.add(name + "@good(system trust)=refused(TLS)");
            });
  }

  @Test
  void mutualTlsWorksWithAClientCertificateAndFailsWithout() {
    ClientCertificate cert =
        ClientCertificate.pem(
            client.certificatePem() + ca.certificatePem(), Secret.of(client.privateKeyPem()));
    calls(trustingCa().clientCertificate(cert).build())
        .forEach(
            (name, call) -> {
              Object result = call.apply("mtls");
              secrets.string(name, result);
              assertThat(result).as(name).isNotNull();
              outcomes.add(name + "@mtls=ok");
            });
    calls(trustingCa().build())
        .forEach(
            (name, call) -> {
              assertThat(failure(call, "mtls"))
                  .as(name + " without client certificate")
                  .isInstanceOf(TransportException.class);
              outcomes.add(name + "@mtls(no client cert)=refused");
            });
  }
}
