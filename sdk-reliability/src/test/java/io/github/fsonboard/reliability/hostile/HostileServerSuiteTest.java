package io.github.fsonboard.reliability.hostile;

import static io.github.fsonboard.reliability.hostile.HostileServer.head;
import static io.github.fsonboard.reliability.hostile.HostileServer.respond;
import static io.github.fsonboard.reliability.hostile.HostileServer.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.fsonboard.apim.devportal.ApplicationRequest;
import io.github.fsonboard.apim.devportal.DevPortal;
import io.github.fsonboard.core.auth.Authentication;
import io.github.fsonboard.core.auth.BasicCredentials;
import io.github.fsonboard.core.auth.ClientAuthentication;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.auth.TokenProvider;
import io.github.fsonboard.core.cert.CertificatePurpose;
import io.github.fsonboard.core.cert.CertificateValidationResult;
import io.github.fsonboard.core.cert.CertificateValidator;
import io.github.fsonboard.core.cert.CheckName;
import io.github.fsonboard.core.cert.CheckStatus;
import io.github.fsonboard.core.cert.RevocationMode;
import io.github.fsonboard.core.error.ApiException;
import io.github.fsonboard.core.error.AuthenticationException;
import io.github.fsonboard.core.error.FsOnboardException;
import io.github.fsonboard.core.error.ServerException;
import io.github.fsonboard.core.error.TransportException;
import io.github.fsonboard.core.error.UnexpectedResponseException;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.http.BaseUrl;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.KeyStrengthPolicy;
import io.github.fsonboard.core.http.RetryPolicy;
import io.github.fsonboard.core.http.Trust;
import io.github.fsonboard.core.oauth.TokenResponse;
import io.github.fsonboard.harness.TestPki;
import io.github.fsonboard.is.IdentityServer;
import io.github.fsonboard.is.dcr.ClientRegistrationRequest;
import io.github.fsonboard.is.dcr.RegisteredClient;
import io.github.fsonboard.reliability.LogCapture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SDK against a broken or hostile server: each test is one attack from a raw loopback socket
 * ({@link HostileServer}), with a time limit, in a fork of {@code -Xmx256m} (see the module's pom);
 * time and peak heap per attack go to {@code target/hostile-suite.txt}. Every attack must end in a
 * typed {@link FsOnboardException} (or a normal result), with no write repeated, no credential sent
 * where the server points and no secret in what the SDK reports.
 */
@Timeout(30)
class HostileServerSuiteTest {
  @RegisterExtension static final Measured MEASURED = new Measured();

  private static final String ADMIN_PW = "Adm1n-Hostile-Pw-77";
  private static final String BEARER = "bearer-hostile-TOKEN-42";
  private static final String CLIENT_SECRET = "client-secret-HOSTILE-9";
  private static final String BASIC_B64 =
      Base64.getEncoder().encodeToString(("admin:" + ADMIN_PW).getBytes(StandardCharsets.UTF_8));
  private static final List<String> SECRETS = List.of(ADMIN_PW, BEARER, CLIENT_SECRET, BASIC_B64);
  private static final String APP =
      "{\"applicationId\":\"app-1\",\"name\":\"App\",\"throttlingPolicy\":\"Unlimited\"}";

  @TempDir static Path dir;
  private static byte[] gzipBomb;

  private HostileServer server;
  private HostileServer elsewhere;
  private final List<AutoCloseable> closing = new ArrayList<>();

  @BeforeAll
  static void bomb() throws IOException {
    // 200 MB of zeros inside a JSON string, about 200 KB on the wire.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write("{\"name\":\"".getBytes(StandardCharsets.US_ASCII));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 200; i++) {
        gz.write(zeros);
      }
    }
    gzipBomb = bytes.toByteArray();
  }

  @BeforeEach
  void start() {
    server = HostileServer.http();
    elsewhere = HostileServer.http();
  }

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable c : closing) {
      c.close();
    }
    server.close();
    elsewhere.close();
  }

  // ---- 1. out of memory ---------------------------------------------------------------------

  @Test
  void aTwoGigabyteBodyOnA2xxStopsAtTheApiLimit() {
    AtomicLong written = new AtomicLong();
    server.answer(
        (r, out) -> {
          head(out, 200, Map.of("Content-Type", "application/json"), -1);
          written.set(stream(out, "{\"name\":\"", (byte) 'a', 2L << 30));
        });
    assertThatThrownBy(() -> portal(is()).applications().get("app-1"))
        .isInstanceOfSatisfying(
            UnexpectedResponseException.class, e -> assertThat(e.status()).isEqualTo(200));
  }

  @Test
  void aGzipBombOnA2xxCountsAtItsInflatedSize() {
    server.answer(
        (r, out) -> {
          head(
              out,
              200,
              Map.of("Content-Type", "application/json", "Content-Encoding", "gzip"),
              gzipBomb.length);
          out.write(gzipBomb);
        });
    assertThatThrownBy(() -> portal(is()).applications().get("app-1"))
        .isInstanceOf(UnexpectedResponseException.class);
  }

  @Test
  void aTwoGigabyteErrorBodyIsCutToTheErrorLimit() {
    server.answer(
        (r, out) -> {
          head(out, 500, Map.of("Content-Type", "text/plain"), -1);
          stream(out, "", (byte) 'e', 2L << 30);
        });
    assertThatThrownBy(() -> portal(is(RetryPolicy.none())).applications().get("app-1"))
        .isInstanceOfSatisfying(
            ServerException.class,
            e -> assertThat(e.payload().rawBody().length()).isLessThanOrEqualTo(4096));
  }

  @Test
  void aGzipBombOnAnErrorIsCutToTheErrorLimit() {
    server.answer(
        (r, out) -> {
          head(
              out,
              502,
              Map.of("Content-Type", "application/json", "Content-Encoding", "gzip"),
              gzipBomb.length);
          out.write(gzipBomb);
        });
    assertThatThrownBy(() -> portal(is(RetryPolicy.none())).applications().get("app-1"))
        .isInstanceOf(ServerException.class);
  }

  // ---- 2. and 3. redaction ------------------------------------------------------------------

  @Test
  void aLongEscapedSecretInAnErrorBodyAtTraceIsRedactedWithoutStackOverflow() {
    String assertion = "\\\"ab".repeat(3000);
    server.answer(
        (r, out) ->
            respond(
                out,
                400,
                "application/json",
                "{\"error\":\"invalid_request\",\"assertion\":\"" + assertion + "\"}"));
    try (LogCapture log = LogCapture.traceSdk()) {
      Throwable t = catchThrowable(() -> tokens(is()).clientCredentials());
      assertThat(t).isInstanceOf(ApiException.class);
      assertThat(t.getMessage()).doesNotContain(assertion);
      assertThat(String.join("\n", log.lines())).doesNotContain("\\\"ab\\\"ab");
    }
  }

  @Test
  void aTwoKilobyteTokenAtTraceStillWorks() {
    String token = "t".repeat(2048);
    server.answer(
        (r, out) ->
            respond(
                out,
                200,
                "application/json",
                "{\"access_token\":\""
                    + token
                    + "\",\"token_type\":\"Bearer\",\"expires_in\":60}"));
    try (LogCapture log = LogCapture.traceSdk()) {
      TokenResponse response = tokens(is()).clientCredentials();
      assertThat(response.accessToken().reveal()).isEqualTo(token);
      assertThat(String.join("\n", log.lines())).doesNotContain(token);
    }
  }

  @Test
  void anErrorBodyReflectingTheRequestLeaksNoCredential() {
    server.answer((r, out) -> respond(out, 401, "application/json", "{\"echo\":\"" + r + "\"}"));
    try (LogCapture log = LogCapture.traceSdk()) {
      Throwable admin = catchThrowable(() -> is(RetryPolicy.none()).dcr().delete("client-1"));
      Throwable bearer =
          catchThrowable(() -> portal(is(RetryPolicy.none())).applications().get("a"));
      Throwable token = catchThrowable(() -> tokens(is(RetryPolicy.none())).clientCredentials());
      for (Throwable t : List.of(admin, bearer, token)) {
        assertThat(t).isInstanceOf(ApiException.class);
        assertNoSecret(t.getMessage() + ((ApiException) t).payload());
      }
      assertNoSecret(String.join("\n", log.lines()).replace("Authorization: ****", ""));
    }
  }

  @Test
  void aTokenResponseWithADuplicatedKeyQuotesNeitherValue() {
    server.answer(
        (r, out) ->
            respond(
                out,
                200,
                "application/json",
                "{\"access_token\":\"DUP-SECRET-1\",\"access_token\":\"DUP-SECRET-2\"}"));
    Throwable t = catchThrowable(() -> tokens(is()).clientCredentials());
    assertThat(t).isInstanceOf(FsOnboardException.class);
    for (Throwable c = t; c != null; c = c.getCause()) {
      assertThat(String.valueOf(c.getMessage())).doesNotContain("DUP-SECRET");
    }
  }

  // ---- 4. and 5. follow-ups and waits -------------------------------------------------------

  @Test
  void aPostAnswered503WithRetryAfterZeroIsSentOnce() {
    server.answer(
        (r, out) ->
            respond(out, 503, Map.of("Retry-After", "0", "Content-Type", "text/plain"), ""));
    for (RetryPolicy policy : List.of(RetryPolicy.none(), RetryPolicy.defaults())) {
      server.answer(
          (r, out) ->
              respond(out, 503, Map.of("Retry-After", "0", "Content-Type", "text/plain"), ""));
      assertThatThrownBy(
              () ->
                  portal(is(policy))
                      .applications()
                      .create(
                          ApplicationRequest.builder()
                              .name("App")
                              .throttlingPolicy("Unlimited")
                              .build()))
          .isInstanceOf(ServerException.class);
      assertThat(server.requests()).hasSize(1);
    }
  }

  @Test
  @Timeout(15)
  void aRetryAfterBeyondTheCallDeadlineIsNotWaitedFor() {
    server.answer(
        (r, out) ->
            respond(out, 503, Map.of("Retry-After", "3600", "Content-Type", "text/plain"), ""));
    HttpConfig config = HttpConfig.builder().callTimeout(Duration.ofSeconds(3)).build();
    assertThatThrownBy(() -> portal(is(config)).applications().get("app-1"))
        .isInstanceOf(ServerException.class);
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void absurdRetryAfterAndExpiresInAreTyped() {
    server.answer(
        (r, out) ->
            respond(
                out,
                503,
                Map.of("Retry-After", "99999999999999999999", "Content-Type", "text/plain"),
                ""));
    assertThatThrownBy(
            () ->
                portal(is())
                    .applications()
                    .create(
                        ApplicationRequest.builder()
                            .name("App")
                            .throttlingPolicy("Unlimited")
                            .build()))
        .isInstanceOf(ServerException.class);
    server.answer(
        (r, out) ->
            respond(
                out, 200, "application/json", "{\"access_token\":\"at-1\",\"expires_in\":9.2e18}"));
    assertThat(tokens(is()).clientCredentials().expiresAt()).isNotNull();
    server.answer(
        (r, out) ->
            respond(out, 200, "application/json", "{\"access_token\":\"at-1\",\"expires_in\":-5}"));
    assertThatThrownBy(() -> tokens(is()).clientCredentials())
        .isInstanceOf(FsOnboardException.class)
        .hasMessageContaining("expires_in");
  }

  // ---- 6. pagination ------------------------------------------------------------------------

  @Test
  void scimPagingThatNeverAdvancesIsStopped() {
    server.answer(
        (r, out) ->
            respond(
                out,
                200,
                "application/scim+json",
                "{\"totalResults\":1000000000,\"startIndex\":1,\"itemsPerPage\":1,"
                    + "\"Resources\":[{\"id\":\"r1\",\"displayName\":\"other\"}]}"));
    assertThatThrownBy(() -> is().roles().listByDisplayName("wanted"))
        .isInstanceOf(FsOnboardException.class)
        .hasMessageContaining("does not advance");
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void devportalPagingThatNeverEndsHitsTheCeiling() {
    server.answer(
        (r, out) ->
            respond(
                out,
                200,
                "application/json",
                "{\"count\":1,\"list\":[{\"applicationId\":\"x\",\"name\":\"other\"}],"
                    + "\"pagination\":{\"offset\":0,\"limit\":1,\"total\":2000000000,"
                    + "\"next\":\"/applications?offset=1\"}}"));
    assertThatThrownBy(() -> portal(is()).applications().find("wanted"))
        .isInstanceOf(FsOnboardException.class)
        .hasMessageContaining("paging does not end");
    assertThat(server.requests()).hasSizeLessThanOrEqualTo(1000);
  }

  // ---- 7. credentials sent where the server points ------------------------------------------

  @Test
  void aRegistrationClientUriOnAnotherOriginGetsNoToken() {
    server.answer(registered("rat-SECRET", elsewhere.url("/register/c1")));
    RegisteredClient client = is().dcr().register(registration());
    assertThatThrownBy(() -> is().dcr().readConfiguration(client))
        .isInstanceOf(FsOnboardException.class)
        .hasMessageContaining("registration_client_uri");
    assertThatThrownBy(() -> is().dcr().deleteConfiguration(client))
        .isInstanceOf(FsOnboardException.class);
    assertThat(elsewhere.requests()).isEmpty();
  }

  @Test
  void aDiscoveryDocumentNamingAnotherIssuerOrOriginGetsNoCredential() {
    String wso2Path = "/oauth2/token/.well-known/openid-configuration";
    server.answer(
        (r, out) ->
            respond(
                out,
                200,
                "application/json",
                "{\"issuer\":\"https://evil.example/oauth2/token\",\"token_endpoint\":\""
                    + elsewhere.url("/oauth2/token")
                    + "\"}"));
    assertThatThrownBy(() -> tokens(discovering()).clientCredentials())
        .isInstanceOf(FsOnboardException.class)
        .hasMessageContaining("issuer");
    server.answer(
        (r, out) ->
            respond(
                out,
                200,
                "application/json",
                "{\"issuer\":\""
                    + server.url("/oauth2/token")
                    + "\",\"token_endpoint\":\""
                    + elsewhere.url("/oauth2/token")
                    + "\"}"));
    assertThatThrownBy(() -> tokens(discovering()).clientCredentials())
        .isInstanceOf(FsOnboardException.class)
        .hasMessageContaining("token_endpoint");
    assertThat(server.requests()).extracting(HostileServer.Exchange::path).containsOnly(wso2Path);
    assertThat(elsewhere.requests()).isEmpty();

    // An origin the user allowed explicitly (an IS publishing its internal host name) is used.
    elsewhere.answer(
        (r, out) -> respond(out, 200, "application/json", "{\"access_token\":\"at-ok\"}"));
    IdentityServer allowed =
        IdentityServer.builder()
            .baseUrl(server.baseUrl())
            .useDiscovery()
            .httpConfig(HttpConfig.builder().trustedOrigins(elsewhere.baseUrl()).build())
            .build();
    closing.add(allowed);
    assertThat(tokens(allowed).clientCredentials().accessToken().reveal()).isEqualTo("at-ok");
  }

  // ---- 8. path traversal --------------------------------------------------------------------

  @Test
  void pathIdsThatLeaveTheResourceAreRefusedTyped() {
    for (String id : List.of("..", ".", "a/b", "a\\b")) {
      assertThatThrownBy(() -> is().dcr().delete(id))
          .as(id)
          .isInstanceOf(ValidationException.class);
      assertThatThrownBy(() -> is().users().delete(id))
          .as(id)
          .isInstanceOf(ValidationException.class);
      assertThatThrownBy(() -> portal(is()).applications().get(id))
          .as(id)
          .isInstanceOf(ValidationException.class);
    }
    assertThat(server.requests()).isEmpty();
  }

  // ---- 9. weak server keys ------------------------------------------------------------------

  @Test
  void weakServerCertificatesFailTheHandshakeBeforeAnyCredentialIsSent() throws Exception {
    TestPki.Issued ca = TestPki.ca("Hostile CA");
    TestPki.Issued rsa1024Leaf =
        TestPki.leaf(ca, TestPki.rsaKeys(1024), "SHA256withECDSA", "localhost", "127.0.0.1");
    TestPki.Issued sha1Leaf =
        TestPki.leaf(ca, TestPki.ecKeys(), "SHA1withECDSA", "localhost", "127.0.0.1");
    TestPki.Issued weakCa = TestPki.ca("Weak CA", TestPki.rsaKeys(1024), "SHA256withRSA");
    TestPki.Issued underWeakCa =
        TestPki.leaf(weakCa, TestPki.ecKeys(), "SHA256withRSA", "localhost", "127.0.0.1");
    TestPki.Issued good = TestPki.leaf(ca, "localhost", "127.0.0.1");
    Path trust =
        TestPki.write(dir.resolve("cas.pem"), ca.certificatePem() + weakCa.certificatePem());
    HttpConfig strict = HttpConfig.builder().trust(Trust.pem(trust)).build();

    Map<String, TestPki.Issued[]> weak =
        Map.of(
            "rsa-1024 leaf", new TestPki.Issued[] {rsa1024Leaf, ca},
            "sha1 signature", new TestPki.Issued[] {sha1Leaf, ca},
            "rsa-1024 ca", new TestPki.Issued[] {underWeakCa, weakCa});
    for (Map.Entry<String, TestPki.Issued[]> e : weak.entrySet()) {
      try (HostileServer tls = tls(e.getValue()[0], e.getValue()[1], null)) {
        tls.answer((r, out) -> respond(out, 200, "application/json", "{\"keys\":[]}"));
        assertThatThrownBy(() -> tokens(is(tls, strict)).clientCredentials())
            .as(e.getKey())
            .isInstanceOfSatisfying(
                TransportException.class,
                t -> assertThat(t.kind()).isEqualTo(TransportException.Kind.TLS));
        assertThat(tls.requests()).as(e.getKey()).isEmpty();
      }
    }
    try (HostileServer tls = tls(good, ca, null)) {
      tls.answer((r, out) -> respond(out, 200, "application/json", "{\"access_token\":\"ok\"}"));
      assertThat(tokens(is(tls, strict)).clientCredentials().accessToken().reveal())
          .isEqualTo("ok");
    }
    try (HostileServer tls = tls(rsa1024Leaf, ca, null)) {
      tls.answer((r, out) -> respond(out, 200, "application/json", "{\"access_token\":\"ok\"}"));
      HttpConfig lenient =
          strict.toBuilder().serverKeyStrength(new KeyStrengthPolicy(1024, 256)).build();
      assertThat(tokens(is(tls, lenient)).clientCredentials().accessToken().reveal())
          .as("the floor is configurable")
          .isEqualTo("ok");
    }
  }

  // ---- 10. untyped failures and #13 item 8 ---------------------------------------------------

  @Test
  void aHtmlPageOnA2xxIsTypedWithStatusContentTypeAndExcerpt() {
    server.answer(
        (r, out) -> respond(out, 200, "text/html", "<html><title>Proxy sign-in</title></html>"));
    assertThatThrownBy(() -> portal(is()).applications().get("app-1"))
        .isInstanceOfSatisfying(
            UnexpectedResponseException.class,
            e -> {
              assertThat(e.status()).isEqualTo(200);
              assertThat(e.contentType()).isEqualTo("text/html");
              assertThat(e.excerpt()).contains("Proxy sign-in");
              assertThat(e.getMessage()).doesNotContain("setLenient");
            });
    assertThatThrownBy(() -> tokens(is()).clientCredentials())
        .isInstanceOf(UnexpectedResponseException.class);
  }

  @Test
  void a401ToAFixedInitialAccessTokenIsNotSentAgain() {
    server.answer(
        (r, out) -> respond(out, 401, "application/json", "{\"error\":\"invalid_token\"}"));
    IdentityServer is = is();
    Authentication iat = Authentication.bearer(TokenProvider.of(Secret.of(BEARER)));
    assertThatThrownBy(() -> is.dcr(iat).register(registration()))
        .isInstanceOf(AuthenticationException.class);
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void controlCharactersFromTheServerOrTheCallerAreTyped() {
    server.answer(registered("rat\\r\\nX-Injected: 1", server.url("/register/c1")));
    RegisteredClient client = is().dcr().register(registration());
    assertThatThrownBy(() -> is().dcr().readConfiguration(client))
        .isInstanceOf(FsOnboardException.class);
    assertThat(server.requests()).hasSize(1);
    assertThatThrownBy(() -> HttpConfig.builder().userAgent("agent-ü").build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("userAgent");
  }

  // ---- 11. CRL memory (and OCSP abuse, which already held) ----------------------------------

  @Test
  void aForgedTenMegabyteCrlAndAnEndlessOcspAnswerStayWithinTheHeap() {
    TestPki.Issued ca = TestPki.ca("Revocation CA");
    TestPki.Issued leaf = TestPki.leafWithCrl(ca, "tpp", server.url("/crl"));
    byte[] crl = TestPki.forgedCrl(ca, 450_000, leaf.certificate().getSerialNumber());
    server.answer(
        (r, out) -> {
          head(out, 200, Map.of("Content-Type", "application/pkix-crl"), crl.length);
          out.write(crl);
        });
    CertificateValidator.Builder validator =
        CertificateValidator.builder()
            .trustAnchors(List.of(ca.certificate()))
            .purpose(CertificatePurpose.TLS_CLIENT);
    CertificateValidationResult byCrl =
        validator.revocation(RevocationMode.CRL).build().validate(leaf.certificatePem());
    assertThat(byCrl.status(CheckName.REVOCATION)).isEqualTo(CheckStatus.FAIL);
    assertThat(byCrl.check(CheckName.REVOCATION).orElseThrow().reason())
        .contains("revoked", "KEY_COMPROMISE");

    server.answer(
        (r, out) -> {
          head(out, 200, Map.of("Content-Type", "application/ocsp-response"), -1);
          stream(out, "", (byte) 0x30, 1L << 30);
        });
    CertificateValidationResult byOcsp =
        validator
            .revocation(RevocationMode.OCSP)
            .ocspResponder(java.net.URI.create(server.url("/ocsp")))
            .build()
            .validate(leaf.certificatePem());
    assertThat(byOcsp.status(CheckName.REVOCATION)).isNotEqualTo(CheckStatus.PASS);
  }

  // ---- what already held --------------------------------------------------------------------

  @Test
  void redirectsAreNeverFollowed() {
    server.answer(
        (r, out) ->
            respond(
                out,
                302,
                Map.of("Location", elsewhere.url("/steal"), "Content-Type", "text/plain"),
                ""));
    assertThatThrownBy(() -> is().dcr().delete("c1")).isInstanceOf(ApiException.class);
    assertThatThrownBy(() -> tokens(is()).clientCredentials()).isInstanceOf(ApiException.class);
    assertThat(elsewhere.requests()).isEmpty();
  }

  @Test
  @Timeout(15)
  void aSlowlorisServerIsCutOffByTheCallTimeout() {
    server.answer(
        (r, out) -> {
          head(out, 200, Map.of("Content-Type", "application/json"), 100_000);
          out.write('{');
          for (int i = 0; i < 100; i++) {
            out.write(' ');
            out.flush();
            sleep(200);
          }
        });
    HttpConfig config =
        HttpConfig.builder()
            .readTimeout(Duration.ofSeconds(1))
            .callTimeout(Duration.ofSeconds(3))
            .retryPolicy(RetryPolicy.none())
            .build();
    assertThatThrownBy(() -> portal(is(config)).applications().get("app-1"))
        .isInstanceOfSatisfying(
            TransportException.class,
            e -> assertThat(e.kind()).isEqualTo(TransportException.Kind.TIMEOUT));
  }

  @Test
  void deeplyNestedJsonIsTyped() {
    server.answer((r, out) -> respond(out, 200, "application/json", "{\"a\":".repeat(100_000)));
    assertThatThrownBy(() -> portal(is()).applications().get("app-1"))
        .isInstanceOf(FsOnboardException.class);
    server.answer((r, out) -> respond(out, 200, "application/json", "[".repeat(100_000)));
    assertThatThrownBy(() -> is().jwks().keySet()).isInstanceOf(TransportException.class);
  }

  @Test
  void jwksAbuseIsTyped() {
    server.answer(
        (r, out) -> {
          head(out, 200, Map.of("Content-Type", "application/json"), -1);
          stream(out, "{\"keys\":[{\"kty\":\"RSA\",\"n\":\"", (byte) 'A', 1L << 30);
        });
    assertThatThrownBy(() -> is().jwks().keySet())
        .isInstanceOf(TransportException.class)
        .hasMessageContaining("larger than");
    server.answer((r, out) -> respond(out, 200, "application/json", "{\"keys\":\"none\"}"));
    assertThatThrownBy(() -> is().jwks().keySet()).isInstanceOf(TransportException.class);
  }

  @Test
  void oversizedOrBrokenResponseHeadersAreTyped() {
    server.answer(
        (r, out) -> {
          head(out, 200, Map.of("X-Huge", "h".repeat(1 << 20)), 2);
          out.write("{}".getBytes(StandardCharsets.US_ASCII));
        });
    assertThatThrownBy(() -> portal(is(RetryPolicy.none())).applications().get("app-1"))
        .isInstanceOf(TransportException.class);
    server.answer(
        (r, out) ->
            out.write(
                "HTTP/1.1 200 OK\r\nBad Header Line\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
    assertThatThrownBy(() -> portal(is(RetryPolicy.none())).applications().get("app-1"))
        .isInstanceOf(FsOnboardException.class);
  }

  @Test
  void anOldTlsVersionIsRefused() throws Exception {
    TestPki.Issued ca = TestPki.ca("Old TLS CA");
    TestPki.Issued leaf = TestPki.leaf(ca, "localhost", "127.0.0.1");
    Path trust = TestPki.write(dir.resolve("old-tls.pem"), ca.certificatePem());
    try (HostileServer tls = tls(leaf, ca, new String[] {"TLSv1.1", "TLSv1"})) {
      tls.answer((r, out) -> respond(out, 200, "application/json", "{\"access_token\":\"x\"}"));
      assertThatThrownBy(
              () ->
                  tokens(is(tls, HttpConfig.builder().trust(Trust.pem(trust)).build()))
                      .clientCredentials())
          .isInstanceOfSatisfying(
              TransportException.class,
              t -> assertThat(t.kind()).isEqualTo(TransportException.Kind.TLS));
      assertThat(tls.requests()).isEmpty();
    }
  }

  // ---- helpers ------------------------------------------------------------------------------

  private IdentityServer is() {
    return is(RetryPolicy.defaults());
  }

  private IdentityServer is(RetryPolicy policy) {
    return is(HttpConfig.builder().retryPolicy(policy).build());
  }

  private IdentityServer is(HttpConfig config) {
    return is(server, config);
  }

  private IdentityServer is(HostileServer target, HttpConfig config) {
    IdentityServer is =
        IdentityServer.builder()
            .baseUrl(target.baseUrl())
            .adminCredentials(BasicCredentials.of("admin", ADMIN_PW))
            .httpConfig(config)
            .build();
    closing.add(is);
    return is;
  }

  private IdentityServer discovering() {
    IdentityServer is =
        IdentityServer.builder()
            .baseUrl(server.baseUrl())
            .adminCredentials(BasicCredentials.of("admin", ADMIN_PW))
            .useDiscovery()
            .build();
    closing.add(is);
    return is;
  }

  private DevPortal portal(IdentityServer is) {
    return DevPortal.create(
        is.transport(), BaseUrl.of(server.baseUrl()), TokenProvider.of(Secret.of(BEARER)));
  }

  private static io.github.fsonboard.core.oauth.OAuthTokenClient tokens(IdentityServer is) {
    return is.tokens(ClientAuthentication.clientSecretBasic("client-1", Secret.of(CLIENT_SECRET)));
  }

  /** A DCR 201 with management credentials; {@code token} is inserted as JSON string text. */
  private static HostileServer.Script registered(String token, String clientUri) {
    return (r, out) ->
        respond(
            out,
            201,
            "application/json",
            "{\"client_id\":\"c1\",\"client_name\":\"tpp\",\"registration_access_token\":\""
                + token
                + "\",\"registration_client_uri\":\""
                + clientUri
                + "\"}");
  }

  private static ClientRegistrationRequest registration() {
    return ClientRegistrationRequest.builder()
        .clientName("tpp")
        .grantTypes("client_credentials")
        .build();
  }

  private static void assertNoSecret(String text) {
    for (String s : SECRETS) {
      assertThat(text).as("leaks %s", s.substring(0, 4)).doesNotContain(s);
    }
  }

  private static HostileServer tls(TestPki.Issued leaf, TestPki.Issued ca, String[] protocols)
      throws Exception {
    Path store =
        TestPki.keyStore(
            dir.resolve("tls-" + System.nanoTime() + ".p12"), "PKCS12", "changeit", leaf, ca);
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      ks.load(in, "changeit".toCharArray());
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(ks, "changeit".toCharArray());
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(kmf.getKeyManagers(), null, null);
    HostileServer server = HostileServer.https(context, protocols);
    return server;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
