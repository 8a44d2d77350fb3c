package io.github.fsonboard.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import io.github.fsonboard.core.auth.Authentication;
import io.github.fsonboard.core.auth.ClientAuthentication;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.cert.JwksSource;
import io.github.fsonboard.core.error.ApiException;
import io.github.fsonboard.core.error.TransportException;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.internal.http.HttpEngine;
import io.github.fsonboard.core.internal.http.HttpResult;
import io.github.fsonboard.core.internal.http.RawCall;
import io.github.fsonboard.core.oauth.OAuthTokenClient;
import io.github.fsonboard.harness.TestPki;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsTest {
  private static final String PW = "changeit";

  @TempDir static Path dir;

  private static TestPki.Issued ca;
  private static TestPki.Issued client;
  private static Path caPem;
  private static WireMockServer https; // server cert for 127.0.0.1 / localhost
  private static WireMockServer wrongHost; // server cert for other.example only
  private static WireMockServer mtls; // requires a client certificate signed by the CA
  private static WireMockServer target; // plain http target behind the proxy
  private static WireMockServer proxy; // forward proxy

  @BeforeAll
  static void start() {
    ca = TestPki.ca("Test CA");
    TestPki.Issued server = TestPki.leaf(ca, "localhost", "localhost", "127.0.0.1");
    TestPki.Issued other = TestPki.leaf(ca, "other.example", "other.example");
    client = TestPki.leaf(ca, "tpp-client");
    caPem = TestPki.write(dir.resolve("ca.pem"), ca.certificatePem());
    Path serverStore = TestPki.keyStore(dir.resolve("server.p12"), "PKCS12", PW, server, ca);
    Path otherStore = TestPki.keyStore(dir.resolve("other.p12"), "PKCS12", PW, other, ca);
    Path serverTrust =
        TestPki.trustStore(dir.resolve("server-trust.p12"), "PKCS12", PW, ca.certificate());

    https = httpsServer(serverStore, false, null);
    wrongHost = httpsServer(otherStore, false, null);
    mtls = httpsServer(serverStore, true, serverTrust);
    for (WireMockServer s : new WireMockServer[] {https, wrongHost, mtls}) {
      s.stubFor(get(urlPathEqualTo("/ok")).willReturn(aResponse().withBody("secure")));
    }
    target = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
    target.start();
    target.stubFor(get(urlPathEqualTo("/via-proxy")).willReturn(aResponse().withBody("proxied")));
    proxy =
        new WireMockServer(
            wireMockConfig().bindAddress("127.0.0.1").dynamicPort().enableBrowserProxying(true));
    proxy.start();
  }

  private static WireMockServer httpsServer(Path keyStore, boolean needClientAuth, Path trust) {
    var config =
        wireMockConfig()
            .bindAddress("127.0.0.1")
            .httpDisabled(true)
            .dynamicHttpsPort()
            .keystorePath(keyStore.toString())
            .keystorePassword(PW)
            .keyManagerPassword(PW)
            .keystoreType("PKCS12");
    if (needClientAuth) {
      config
          .needClientAuth(true)
          .trustStorePath(trust.toString())
          .trustStorePassword(PW)
          .trustStoreType("PKCS12");
    }
    WireMockServer s = new WireMockServer(config);
    s.start();
    return s;
  }

  @AfterAll
  static void stop() {
    for (WireMockServer s : new WireMockServer[] {https, wrongHost, mtls, target, proxy}) {
      if (s != null) {
        s.stop();
      }
    }
  }

  private static String fetch(HttpConfig config, String url) {
    try (HttpTransport transport = HttpTransport.create(config)) {
      HttpResult<String> r =
          RawCall.execute(
              HttpEngine.of(transport).client(Authentication.none()),
              new Request.Builder().url(url).build());
      return r.body();
    }
  }

  private static String url(WireMockServer s, String host) {
    return "https://" + host + ":" + s.httpsPort() + "/ok";
  }

  private static HttpConfig trusting(Trust trust) {
    return HttpConfig.builder().trust(trust).retryPolicy(RetryPolicy.none()).build();
  }

  @Test
  void customTrustFromPemFile() {
    assertThat(fetch(trusting(Trust.pem(caPem)), url(https, "127.0.0.1"))).isEqualTo("secure");
    assertThat(fetch(trusting(Trust.pem(caPem)), url(https, "localhost"))).isEqualTo("secure");
  }

  @Test
  void customTrustFromPemTextAndCertificates() {
    assertThat(fetch(trusting(Trust.pem(ca.certificatePem())), url(https, "127.0.0.1")))
        .isEqualTo("secure");
    assertThat(
            fetch(
                trusting(Trust.certificates(java.util.List.of(ca.certificate()))),
                url(https, "127.0.0.1")))
        .isEqualTo("secure");
  }

  @Test
  void customTrustFromJks() {
    Path jks = TestPki.trustStore(dir.resolve("trust.jks"), "JKS", PW, ca.certificate());
    assertThat(fetch(trusting(Trust.jks(jks, Secret.of(PW))), url(https, "127.0.0.1")))
        .isEqualTo("secure");
  }

  @Test
  void customTrustFromPkcs12() {
    Path p12 = TestPki.trustStore(dir.resolve("trust.p12"), "PKCS12", PW, ca.certificate());
    assertThat(fetch(trusting(Trust.pkcs12(p12, Secret.of(PW))), url(https, "127.0.0.1")))
        .isEqualTo("secure");
  }

  @Test
  void customSslContext() throws Exception {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    ks.load(null, null);
    ks.setCertificateEntry("ca", ca.certificate());
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(ks);
    X509TrustManager tm = (X509TrustManager) tmf.getTrustManagers()[0];
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(null, new javax.net.ssl.TrustManager[] {tm}, new SecureRandom());
    assertThat(fetch(trusting(Trust.sslContext(ctx, tm)), url(https, "127.0.0.1")))
        .isEqualTo("secure");
  }

  @Test
  void systemTrustRejectsTheSelfSignedServer() {
    assertThatThrownBy(() -> fetch(HttpConfig.defaults(), url(https, "127.0.0.1")))
        .isInstanceOfSatisfying(
            TransportException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(TransportException.Kind.TLS);
              assertThat(e.getMessage()).contains("GET", "/ok");
              // A newcomer's first failure: the message names the setting that fixes it.
              assertThat(e.getMessage()).contains("not trusted", "HttpConfig.builder().trust(");
              assertThat(e.getCause()).isInstanceOf(javax.net.ssl.SSLException.class);
            });
  }

  @Test
  void wrongCaIsRejected() {
    TestPki.Issued otherCa = TestPki.ca("Other CA");
    assertThatThrownBy(
            () -> fetch(trusting(Trust.pem(otherCa.certificatePem())), url(https, "127.0.0.1")))
        .isInstanceOfSatisfying(
            TransportException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(TransportException.Kind.TLS);
              assertThat(e.getMessage()).contains("not trusted", "Trust.pem(");
            });
  }

  @Test
  void hostnameMismatchIsRejected() {
    assertThatThrownBy(() -> fetch(trusting(Trust.pem(caPem)), url(wrongHost, "127.0.0.1")))
        .isInstanceOfSatisfying(
            TransportException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(TransportException.Kind.TLS);
              assertThat(e.getCause()).isInstanceOf(javax.net.ssl.SSLPeerUnverifiedException.class);
              // The certificate is trusted, only the name is wrong: no trust hint to mislead.
              assertThat(e.getMessage()).doesNotContain("not trusted");
            });
    assertThatThrownBy(() -> fetch(trusting(Trust.pem(caPem)), url(wrongHost, "localhost")))
        .isInstanceOf(TransportException.class);
  }

  @Test
  void mutualTlsWithPemClientCertificate() {
    Path certPem =
        TestPki.write(dir.resolve("client.pem"), client.certificatePem() + ca.certificatePem());
    Path keyPem = TestPki.write(dir.resolve("client.key"), client.privateKeyPem());
    ClientCertificate cc = ClientCertificate.pem(certPem, keyPem);
    assertThat(cc.subject()).isEqualTo("CN=tpp-client");
    assertThat(cc.toString()).doesNotContain("PRIVATE");

    HttpConfig config = HttpConfig.builder().trust(Trust.pem(caPem)).clientCertificate(cc).build();
    assertThat(fetch(config, url(mtls, "127.0.0.1"))).isEqualTo("secure");
  }

  @Test
  void mutualTlsWithPkcs12ClientCertificate() {
    Path p12 = TestPki.keyStore(dir.resolve("client.p12"), "PKCS12", PW, client, ca);
    HttpConfig config =
        HttpConfig.builder()
            .trust(Trust.pem(caPem))
            .clientCertificate(ClientCertificate.pkcs12(p12, Secret.of(PW)))
            .build();
    assertThat(fetch(config, url(mtls, "127.0.0.1"))).isEqualTo("secure");
  }

  @Test
  void mutualTlsFailsWithoutClientCertificate() {
    HttpConfig config =
        HttpConfig.builder().trust(Trust.pem(caPem)).retryPolicy(RetryPolicy.none()).build();
    assertThatThrownBy(() -> fetch(config, url(mtls, "127.0.0.1")))
        .isInstanceOf(TransportException.class);
  }

  @Test
  void tokenRequestsGoThroughTheSameTlsSettings() {
    mtls.stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo("/oauth2/token"))
            .willReturn(aResponse().withBody("{\"access_token\":\"at\",\"expires_in\":60}")));
    Path p12 = TestPki.keyStore(dir.resolve("client2.p12"), "PKCS12", PW, client, ca);
    OAuthTokenClient tokens =
        OAuthTokenClient.builder()
            .tokenEndpoint("https://127.0.0.1:" + mtls.httpsPort() + "/oauth2/token")
            .clientAuthentication(ClientAuthentication.none("tls-client"))
            .httpConfig(
                HttpConfig.builder()
                    .trust(Trust.pem(caPem))
                    .clientCertificate(ClientCertificate.pkcs12(p12, Secret.of(PW)))
                    .build())
            .build();
    assertThat(tokens.clientCredentials().accessToken().reveal()).isEqualTo("at");
  }

  @Test
  void trustMaterialErrorsNameTheField() {
    assertThatThrownBy(() -> Trust.pem(dir.resolve("missing.pem")))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("trust.pem"));
    assertThatThrownBy(() -> Trust.pem("not a pem"))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("trust.pem"));
    Path p12 = TestPki.trustStore(dir.resolve("t.p12"), "PKCS12", PW, ca.certificate());
    assertThatThrownBy(() -> Trust.pkcs12(p12, Secret.of("Wr0ng-Pw-77")))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo("trust.keyStore");
              assertThat(e.getMessage()).doesNotContain("Wr0ng-Pw-77");
            });
    assertThatThrownBy(() -> ClientCertificate.pem(ca.certificatePem(), Secret.of("junk")))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.field()).isEqualTo("clientCertificate.privateKey"));
    assertThat(Trust.pem(caPem).toString()).contains("ca.pem");
  }

  @Test
  void httpsThroughAnAuthenticatingConnectProxy() throws Exception {
    String auth = ConnectProxy.basic("svc", "c0nnect-pw");
    try (ConnectProxy connect = new ConnectProxy(auth)) {
      HttpConfig config =
          HttpConfig.builder()
              .trust(Trust.pem(caPem))
              .proxy(
                  ProxyConfig.http("127.0.0.1", connect.port())
                      .withCredentials("svc", Secret.of("c0nnect-pw")))
              .retryPolicy(RetryPolicy.none())
              .build();

      assertThat(fetch(config, url(https, "localhost"))).isEqualTo("secure");
      assertThat(connect.heads).isNotEmpty();
      assertThat(connect.heads.get(connect.heads.size() - 1))
          .startsWith("CONNECT localhost:" + https.httpsPort())
          .contains("Proxy-Authorization: " + auth);

      HttpConfig wrong =
          config.toBuilder()
              .proxy(
                  ProxyConfig.http("127.0.0.1", connect.port())
                      .withCredentials("svc", Secret.of("bad-pw")))
              .build();
      assertThatThrownBy(() -> fetch(wrong, url(https, "localhost")))
          .isInstanceOf(TransportException.class)
          .hasMessageNotContaining("bad-pw");
    }
  }

  @Test
  void jwksThroughAnAuthenticatingConnectProxyWithAPrivateCa() throws Exception {
    String auth = ConnectProxy.basic("svc", "c0nnect-pw");
    ECKey key = new ECKeyGenerator(Curve.P_256).keyID("via-proxy").generate();
    https.stubFor(
        get(urlPathEqualTo("/jwks"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"keys\":[" + key.toPublicJWK().toJSONString() + "]}")));
    try (ConnectProxy connect = new ConnectProxy(auth);
        HttpTransport http =
            HttpTransport.create(
                HttpConfig.builder()
                    .trust(Trust.pem(caPem))
                    .proxy(
                        ProxyConfig.http("127.0.0.1", connect.port())
                            .withCredentials("svc", Secret.of("c0nnect-pw")))
                    .build());
        JwksSource jwks =
            JwksSource.builder(java.net.URI.create(url(https, "localhost").replace("/ok", "/jwks")))
                .httpFetcher(HttpFetcher.on(http))
                .build()) {
      assertThat(jwks.keyById("via-proxy")).isPresent();
      assertThat(connect.heads.get(connect.heads.size() - 1))
          .startsWith("CONNECT localhost:" + https.httpsPort())
          .contains("Proxy-Authorization: " + auth);
    }
    // The default fetcher has neither the proxy nor the private CA: the same URL is refused.
    try (JwksSource plain =
        JwksSource.builder(java.net.URI.create(url(https, "localhost").replace("/ok", "/jwks")))
            .build()) {
      // The transport's kind survives the JWKS cache: an untrusted server is TLS, not IO.
      assertThatThrownBy(plain::keySet)
          .isInstanceOfSatisfying(
              TransportException.class,
              e -> assertThat(e.kind()).isEqualTo(TransportException.Kind.TLS));
    }
  }

  @Test
  void forwardProxy() {
    proxy.resetAll();
    HttpConfig config =
        HttpConfig.builder()
            .proxy(ProxyConfig.http("127.0.0.1", proxy.port()))
            .retryPolicy(RetryPolicy.none())
            .build();
    assertThat(fetch(config, target.url("/via-proxy"))).isEqualTo("proxied");
    target.verify(getRequestedFor(urlPathEqualTo("/via-proxy")));
    assertThat(proxy.getAllServeEvents()).hasSize(1);
  }

  @Test
  void forwardProxyWithCredentials() {
    proxy.resetAll();
    String expected =
        "Basic "
            + java.util.Base64.getEncoder()
                .encodeToString("svc:pr0xy-pw".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    proxy.stubFor(
        any(anyUrl())
            .atPriority(1)
            .withHeader("Proxy-Authorization", absent())
            .willReturn(
                aResponse().withStatus(407).withHeader("Proxy-Authenticate", "Basic realm=\"p\"")));
    try {
      HttpConfig config =
          HttpConfig.builder()
              .proxy(
                  ProxyConfig.http("127.0.0.1", proxy.port())
                      .withCredentials("svc", Secret.of("pr0xy-pw")))
              .retryPolicy(RetryPolicy.none())
              .build();
      assertThat(config.toString()).doesNotContain("pr0xy-pw");
      assertThat(config.proxy().toString()).doesNotContain("pr0xy-pw");

      assertThat(fetch(config, target.url("/via-proxy"))).isEqualTo("proxied");

      var events = proxy.getAllServeEvents();
      assertThat(events).hasSize(2);
      assertThat(events.stream().map(e -> e.getRequest().getHeader("Proxy-Authorization")))
          .containsExactlyInAnyOrder(null, expected);

      HttpConfig wrong =
          HttpConfig.builder()
              .proxy(ProxyConfig.http("127.0.0.1", proxy.port()))
              .retryPolicy(RetryPolicy.none())
              .build();
      assertThatThrownBy(() -> fetch(wrong, target.url("/via-proxy")))
          .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(407));
    } finally {
      proxy.resetAll();
    }
  }
}
