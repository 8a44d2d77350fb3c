package io.github.fsonboard.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.github.fsonboard.apim.devportal.ApplicationRequest;
import io.github.fsonboard.apim.devportal.DevPortal;
import io.github.fsonboard.apim.devportal.KeyGenerationRequest;
import io.github.fsonboard.apim.devportal.KeyType;
import io.github.fsonboard.core.auth.BasicCredentials;
import io.github.fsonboard.core.auth.ClientAuthentication;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.auth.TokenProvider;
import io.github.fsonboard.core.cert.CertificatePurpose;
import io.github.fsonboard.core.cert.CertificateValidationResult;
import io.github.fsonboard.core.cert.CertificateValidator;
import io.github.fsonboard.core.cert.Certificates;
import io.github.fsonboard.core.cert.Jwks;
import io.github.fsonboard.core.cert.JwksSource;
import io.github.fsonboard.core.cert.JwtValidator;
import io.github.fsonboard.core.cert.RevocationMode;
import io.github.fsonboard.core.error.FsOnboardException;
import io.github.fsonboard.core.http.BaseUrl;
import io.github.fsonboard.core.http.ClientCertificate;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.http.ProxyConfig;
import io.github.fsonboard.core.http.RetryPolicy;
import io.github.fsonboard.core.http.Trust;
import io.github.fsonboard.core.pkce.AuthorizationCallback;
import io.github.fsonboard.core.pkce.CodeVerifier;
import io.github.fsonboard.core.pkce.State;
import io.github.fsonboard.harness.TestPki;
import io.github.fsonboard.is.IdentityServer;
import io.github.fsonboard.is.dcr.ClientRegistrationRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds at least 150 malformed inputs to the SDK and requires each one to end in a typed SDK error
 * (an {@link FsOnboardException} subtype with a message) or, for certificate checks, in a failed
 * {@link CertificateValidationResult}. Anything else (NPE, ClassCast, IndexOutOfBounds,
 * IllegalArgument/State, a silently accepted input) is counted as unexpected and fails the suite.
 */
class BadInputCorpusTest {
  private static final String ADMIN_PASSWORD = "corpus-admin-password-5Yq2";
  private static final String CLIENT_SECRET = "corpus-client-secret-Hh81";
  private static final String ACCESS_TOKEN = "corpus-access-token-Qz7u";
  private static final String APP_ID = "8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5f01";
  private static final String ISSUER = "https://is.bank.example:9446/oauth2/token";

  @TempDir static Path dir;

  private static WireMockServer server;
  private static HttpTransport transport;
  private static DevPortal devportal;
  private static IdentityServer is;

  private record Case(String category, String name, Callable<?> action) {}

  private final List<Case> cases = new ArrayList<>();
  private static final Map<String, String> SAMPLES = new TreeMap<>();

  @BeforeAll
  static void start() {
    server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
    server.start();
    HttpConfig config =
        HttpConfig.builder()
            .retryPolicy(RetryPolicy.none())
            .readTimeout(Duration.ofSeconds(5))
            .build();
    transport = HttpTransport.create(config);
    devportal =
        DevPortal.create(
            transport, BaseUrl.of(server.baseUrl()), TokenProvider.of(Secret.of(ACCESS_TOKEN)));
    is =
        IdentityServer.builder()
            .baseUrl(server.baseUrl())
            .transport(transport)
            .adminCredentials(BasicCredentials.of("admin", ADMIN_PASSWORD))
            .build();
  }

  @AfterAll
  static void stop() {
    if (transport != null) {
      transport.close();
    }
    if (server != null) {
      server.stop();
    }
  }

  private void add(String category, String name, Callable<?> action) {
    cases.add(new Case(category, name, action));
  }

  @Test
  void everyBadInputEndsInATypedErrorNamingTheProblem() throws Exception {
    configuration();
    trustAndClientCertificates();
    pemAndDer();
    certificateValidation();
    jwks();
    jwts();
    pkce();
    requests();
    httpResponses();

    Map<String, Integer> outcomes = new TreeMap<>();
    Map<String, Integer> perCategory = new TreeMap<>();
    List<String> unexpected = new ArrayList<>();
    SecretScan secrets =
        new SecretScan()
            .basic("admin", ADMIN_PASSWORD)
            .basic("tpp-client", CLIENT_SECRET)
            .secret(ACCESS_TOKEN);
    try (LogCapture logs = LogCapture.traceSdk()) {
      for (Case c : cases) {
        perCategory.merge(c.category(), 1, Integer::sum);
        String outcome = run(c, unexpected, secrets);
        outcomes.merge(outcome, 1, Integer::sum);
      }
      secrets.logLines(logs.lines());
    }

    int typed = cases.size() - unexpected.size();
    System.out.println(
        "bad-input corpus: "
            + cases.size()
            + " inputs, "
            + typed
            + " typed errors or failed validation results, "
            + unexpected.size()
            + " unexpected");
    System.out.println("bad-input corpus: inputs per category " + perCategory);
    System.out.println("bad-input corpus: outcomes " + outcomes);
    unexpected.forEach(u -> System.out.println("bad-input corpus: UNEXPECTED " + u));
    SAMPLES.forEach((k, v) -> System.out.println("bad-input corpus: sample " + k + " -> " + v));
    System.out.println(secrets.summary("bad-input corpus"));

    assertThat(cases).hasSizeGreaterThanOrEqualTo(150);
    assertThat(unexpected).isEmpty();
    assertThat(secrets.findings()).isEmpty();
  }

  private static String run(Case c, List<String> unexpected, SecretScan secrets) {
    String label = c.category() + "/" + c.name();
    Object result;
    try {
      result = c.action().call();
    } catch (FsOnboardException e) {
      secrets.throwable(label, e);
      String message = e.getMessage();
      if (message == null || message.isBlank()) {
        unexpected.add(label + ": " + e.getClass().getName() + " without a message");
        return "untyped:blank-message";
      }
      if (e instanceof io.github.fsonboard.core.error.ValidationException v
          && (v.field() == null || v.field().isBlank())) {
        unexpected.add(label + ": ValidationException names no field: " + message);
        return "untyped:no-field";
      }
      SAMPLES.putIfAbsent(c.category(), e.getClass().getSimpleName() + ": " + clip(message));
      return e.getClass().getSimpleName();
    } catch (Exception | Error e) {
      secrets.throwable(label, e);
      unexpected.add(label + ": " + e);
      return "untyped:" + e.getClass().getSimpleName();
    }
    if (result instanceof java.util.Optional<?> o && o.isEmpty() && c.name().contains("404")) {
      return "Optional.empty (documented for 404)";
    }
    if (result instanceof CertificateValidationResult r && !r.valid()) {
      secrets.string(label, r);
      return "CertificateValidationResult(valid=false)";
    }
    unexpected.add(label + ": accepted, returned " + clip(String.valueOf(result)));
    return "accepted";
  }

  private static String clip(String s) {
    return s.length() > 200 ? s.substring(0, 200) + "..." : s;
  }

  // ---------------------------------------------------------------- configuration

  private void configuration() {
    String[] badUrls = {
      null,
      "",
      "   ",
      "not a url",
      "ftp://is.bank.example",
      "file:///etc/passwd",
      "javascript:alert(1)",
      "http://",
      "https://",
      "//is.bank.example",
      "is.bank.example:9446",
      "https://is.bank.example:99999",
      "https://is.bank.example:-1",
      "https://is bank.example",
      "https://[::1",
      "https://is.bank.example/path?query=1",
      "https://is.bank.example/#fragment",
      "https://user:password@is.bank.example",
      "https://is.bank.example\n/evil",
      "mailto:ops@bank.example",
    };
    for (String url : badUrls) {
      add("config.BaseUrl", String.valueOf(url), () -> BaseUrl.of(url));
    }
    add(
        "config.HttpConfig",
        "negative connect timeout",
        () -> HttpConfig.builder().connectTimeout(Duration.ofSeconds(-1)).build());
    add(
        "config.HttpConfig",
        "negative read timeout",
        () -> HttpConfig.builder().readTimeout(Duration.ofMillis(-5)).build());
    add(
        "config.HttpConfig",
        "negative write timeout",
        () -> HttpConfig.builder().writeTimeout(Duration.ofMillis(-5)).build());
    add(
        "config.HttpConfig",
        "negative call timeout",
        () -> HttpConfig.builder().callTimeout(Duration.ofMinutes(-1)).build());
    add("config.HttpConfig", "null trust", () -> HttpConfig.builder().trust(null).build());
    add(
        "config.HttpConfig",
        "null retry policy",
        () -> HttpConfig.builder().retryPolicy(null).build());
    add(
        "config.HttpConfig",
        "user agent with CRLF",
        () -> HttpConfig.builder().userAgent("sdk\r\nX-Injected: 1").build());
    add("config.HttpConfig", "blank user agent", () -> HttpConfig.builder().userAgent(" ").build());
    add(
        "config.HttpConfig",
        "null connect timeout",
        () -> HttpConfig.builder().connectTimeout(null).build());

    add("config.ProxyConfig", "null host", () -> ProxyConfig.http(null, 8080));
    add("config.ProxyConfig", "blank host", () -> ProxyConfig.http(" ", 8080));
    add("config.ProxyConfig", "port 0", () -> ProxyConfig.http("proxy.bank.example", 0));
    add("config.ProxyConfig", "port -1", () -> ProxyConfig.http("proxy.bank.example", -1));
    add("config.ProxyConfig", "port 70000", () -> ProxyConfig.http("proxy.bank.example", 70000));
    add(
        "config.ProxyConfig",
        "host with scheme and path",
        () -> ProxyConfig.http("http://proxy/x", 8080));
    add(
        "config.ProxyConfig",
        "blank proxy user",
        () -> ProxyConfig.http("proxy.bank.example", 8080).withCredentials(" ", Secret.of("p")));
    add(
        "config.ProxyConfig",
        "null proxy password",
        () -> ProxyConfig.http("proxy.bank.example", 8080).withCredentials("u", null));

    add("config.RetryPolicy", "0 attempts", () -> RetryPolicy.builder().maxAttempts(0).build());
    add("config.RetryPolicy", "-3 attempts", () -> RetryPolicy.builder().maxAttempts(-3).build());
    add(
        "config.RetryPolicy",
        "10000 attempts",
        () -> RetryPolicy.builder().maxAttempts(10_000).build());
    add(
        "config.RetryPolicy",
        "negative initial backoff",
        () -> RetryPolicy.builder().initialBackoff(Duration.ofMillis(-1)).build());
    add(
        "config.RetryPolicy",
        "null max backoff",
        () -> RetryPolicy.builder().maxBackoff(null).build());
    add(
        "config.RetryPolicy",
        "max backoff below initial",
        () ->
            RetryPolicy.builder()
                .initialBackoff(Duration.ofSeconds(10))
                .maxBackoff(Duration.ofSeconds(1))
                .build());
    add("config.RetryPolicy", "multiplier 0", () -> RetryPolicy.builder().multiplier(0).build());
    add(
        "config.RetryPolicy",
        "multiplier NaN",
        () -> RetryPolicy.builder().multiplier(Double.NaN).build());
    add("config.RetryPolicy", "jitter -0.5", () -> RetryPolicy.builder().jitter(-0.5).build());
    add("config.RetryPolicy", "jitter 2", () -> RetryPolicy.builder().jitter(2).build());
    add(
        "config.RetryPolicy",
        "negative max Retry-After",
        () -> RetryPolicy.builder().maxRetryAfter(Duration.ofSeconds(-1)).build());
    add(
        "config.RetryPolicy",
        "status 200 retryable",
        () -> RetryPolicy.builder().retryableStatuses(Set.of(200, 503)).build());
    add(
        "config.RetryPolicy",
        "status 999 retryable",
        () -> RetryPolicy.builder().retryableStatuses(Set.of(999)).build());
  }

  // ---------------------------------------------------------------- trust and client certs

  private static Path file(String name, byte[] content) throws Exception {
    return Files.write(dir.resolve(name), content);
  }

  private static Object transportWith(HttpConfig.Builder config) {
    try (HttpTransport t = HttpTransport.create(config.build())) {
      return t;
    }
  }

  private void trustAndClientCertificates() {
    byte[] garbage = new byte[512];
    new Random(42).nextBytes(garbage);
    TestPki.Issued ca = TestPki.ca("Corpus CA");
    TestPki.Issued leaf = TestPki.leaf(ca, "corpus-client");
    TestPki.Issued other = TestPki.leaf(ca, "other-client");
    add(
        "config.Trust",
        "pem file missing",
        () -> transportWith(HttpConfig.builder().trust(Trust.pem(dir.resolve("missing.pem")))));
    add(
        "config.Trust",
        "pem file of random bytes",
        () -> transportWith(HttpConfig.builder().trust(Trust.pem(file("random.pem", garbage)))));
    add(
        "config.Trust",
        "pem file empty",
        () -> transportWith(HttpConfig.builder().trust(Trust.pem(file("empty.pem", new byte[0])))));
    add(
        "config.Trust",
        "pem text garbage",
        () -> transportWith(HttpConfig.builder().trust(Trust.pem("hello, I am not a PEM"))));
    add(
        "config.Trust",
        "pem text with private key only",
        () -> transportWith(HttpConfig.builder().trust(Trust.pem(leaf.privateKeyPem()))));
    add(
        "config.Trust",
        "jks of random bytes",
        () ->
            transportWith(
                HttpConfig.builder()
                    .trust(Trust.jks(file("random.jks", garbage), Secret.of("changeit")))));
    add(
        "config.Trust",
        "pkcs12 of random bytes",
        () ->
            transportWith(
                HttpConfig.builder()
                    .trust(Trust.pkcs12(file("random.p12", garbage), Secret.of("changeit")))));
    add(
        "config.Trust",
        "pkcs12 wrong password",
        () ->
            transportWith(
                HttpConfig.builder()
                    .trust(
                        Trust.pkcs12(
                            TestPki.trustStore(
                                dir.resolve("t.p12"), "PKCS12", "right", ca.certificate()),
                            Secret.of("wrong")))));
    add(
        "config.Trust",
        "unknown key store type",
        () ->
            transportWith(
                HttpConfig.builder()
                    .trust(Trust.keyStore(file("x.ks", garbage), "NOPE", Secret.of("x")))));
    add(
        "config.Trust",
        "empty certificate list",
        () -> transportWith(HttpConfig.builder().trust(Trust.certificates(List.of()))));
    add(
        "config.Trust",
        "null certificate list",
        () -> transportWith(HttpConfig.builder().trust(Trust.certificates(null))));
    add(
        "config.ClientCertificate",
        "garbage cert and key text",
        () ->
            transportWith(
                HttpConfig.builder()
                    .clientCertificate(
                        ClientCertificate.pem("not a cert", Secret.of("not a key")))));
    add(
        "config.ClientCertificate",
        "valid cert, garbage key",
        () ->
            transportWith(
                HttpConfig.builder()
                    .clientCertificate(
                        ClientCertificate.pem(
                            leaf.certificatePem(),
                            Secret.of("-----BEGIN PRIVATE KEY-----\nAAAA")))));
    add(
        "config.ClientCertificate",
        "key of another certificate",
        () ->
            transportWith(
                HttpConfig.builder()
                    .clientCertificate(
                        ClientCertificate.pem(
                            leaf.certificatePem(), Secret.of(other.privateKeyPem())))));
    add(
        "config.ClientCertificate",
        "private key where the cert goes",
        () ->
            transportWith(
                HttpConfig.builder()
                    .clientCertificate(
                        ClientCertificate.pem(
                            leaf.privateKeyPem(), Secret.of(leaf.privateKeyPem())))));
    add(
        "config.ClientCertificate",
        "pem files missing",
        () ->
            transportWith(
                HttpConfig.builder()
                    .clientCertificate(
                        ClientCertificate.pem(dir.resolve("no.crt"), dir.resolve("no.key")))));
    add(
        "config.ClientCertificate",
        "pkcs12 of random bytes",
        () ->
            transportWith(
                HttpConfig.builder()
                    .clientCertificate(
                        ClientCertificate.pkcs12(file("client.p12", garbage), Secret.of("x")))));
    add(
        "config.ClientCertificate",
        "pkcs12 wrong password",
        () ->
            transportWith(
                HttpConfig.builder()
                    .clientCertificate(
                        ClientCertificate.pkcs12(
                            TestPki.keyStore(dir.resolve("c.p12"), "PKCS12", "right", leaf, ca),
                            Secret.of("wrong")))));
    add(
        "config.ClientCertificate",
        "trust store without key entry",
        () ->
            transportWith(
                HttpConfig.builder()
                    .clientCertificate(
                        ClientCertificate.pkcs12(
                            TestPki.trustStore(
                                dir.resolve("nokey.p12"), "PKCS12", "pw", ca.certificate()),
                            Secret.of("pw")))));
  }

  // ---------------------------------------------------------------- PEM and DER

  private void pemAndDer() {
    TestPki.Issued ca = TestPki.ca("Pem CA");
    String good = ca.certificatePem();
    String body =
        good.replace("-----BEGIN CERTIFICATE-----\n", "")
            .replace("-----END CERTIFICATE-----\n", "");
    String[] badPem = {
      null,
      "",
      "   \n ",
      "-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n",
      "-----BEGIN CERTIFICATE-----\n!!!!not base64!!!!\n-----END CERTIFICATE-----\n",
      "-----BEGIN CERTIFICATE-----\n"
          + body.substring(0, body.length() / 2)
          + "\n-----END CERTIFICATE-----\n",
      good.substring(0, good.length() / 2),
      "-----BEGIN CERTIFICATE-----\n" + body,
      "-----BEGIN CERTIFICATE-----\nAAAAAAAAAAAAAAAAAAAA\n-----END CERTIFICATE-----\n",
      "-----BEGIN CERTIFICATE-----\n"
          + Base64.getEncoder().encodeToString("hello world".getBytes(StandardCharsets.US_ASCII))
          + "\n-----END CERTIFICATE-----\n",
      ca.privateKeyPem(),
      good.replace("CERTIFICATE", "X509 CRL"),
      "<html><body>502 Bad Gateway</body></html>",
      "{\"keys\":[]}",
      good.replace("BEGIN CERTIFICATE", "BEGIN CERTIFICATE-----\n-----BEGIN CERTIFICATE"),
      "-----BEGIN CERTIFICATE-----\n" + "A".repeat(400_000) + "\n-----END CERTIFICATE-----\n",
    };
    for (int i = 0; i < badPem.length; i++) {
      String pem = badPem[i];
      add("pem.Certificates.parse", "#" + i, () -> Certificates.parse(pem));
    }
    add("pem.Certificates.parseOne", "two certificates", () -> Certificates.parseOne(good + good));
    add("pem.Certificates.parseOne", "garbage", () -> Certificates.parseOne("garbage"));

    byte[] der = encoded(ca.certificate());
    Random random = new Random(7);
    byte[] randomBytes = new byte[300];
    random.nextBytes(randomBytes);
    byte[] flipped = der.clone();
    flipped[der.length / 2] ^= (byte) 0xFF;
    byte[][] badDer = {
      null,
      new byte[0],
      new byte[] {0x30},
      new byte[] {0x30, (byte) 0x84, 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF},
      Arrays.copyOf(der, der.length / 2),
      Arrays.copyOf(der, der.length - 1),
      randomBytes,
      new byte[] {0x02, 0x01, 0x05},
      "-----BEGIN CERTIFICATE-----".getBytes(StandardCharsets.US_ASCII),
    };
    for (int i = 0; i < badDer.length; i++) {
      byte[] bytes = badDer[i];
      add("der.Certificates.parse", "#" + i, () -> Certificates.parse(bytes));
    }
    CertificateValidator anchoredAtCa =
        CertificateValidator.builder()
            .trustAnchors(List.of(ca.certificate()))
            .revocation(RevocationMode.NONE)
            .build();
    // Parsing does not verify signatures; a flipped byte must fail validation instead.
    add(
        "der.validate",
        "one flipped byte",
        () -> anchoredAtCa.validate(Certificates.parse(flipped)));
    add("der.Certificates.fromX5c", "not base64", () -> Certificates.fromX5c(List.of("%%%")));
    add(
        "der.Certificates.fromX5c",
        "base64 of garbage",
        () -> Certificates.fromX5c(List.of(Base64.getEncoder().encodeToString(randomBytes))));
    add("der.Certificates.fromX5c", "empty list", () -> Certificates.fromX5c(List.of()));
  }

  private static byte[] encoded(java.security.cert.X509Certificate c) {
    try {
      return c.getEncoded();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  // ---------------------------------------------------------------- certificate validation

  private void certificateValidation() {
    TestPki.Issued ca = TestPki.ca("Validation CA");
    TestPki.Issued otherCa = TestPki.ca("Other CA");
    Instant now = Instant.now();
    TestPki.Issued expired =
        TestPki.leaf(ca, now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(1)), "expired");
    TestPki.Issued future =
        TestPki.leaf(ca, now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)), "future");
    TestPki.Issued foreign = TestPki.leaf(otherCa, "foreign");
    TestPki.Issued good = TestPki.leaf(ca, "good");
    CertificateValidator validator =
        CertificateValidator.builder()
            .trustAnchors(List.of(ca.certificate()))
            .revocation(RevocationMode.NONE)
            .build();
    CertificateValidator withJwks =
        CertificateValidator.builder()
            .trustAnchors(List.of(ca.certificate()))
            .revocation(RevocationMode.NONE)
            .expectedJwks(new JWKSet(List.of(ecJwk(foreign, "k1"))))
            .build();
    CertificateValidator signing =
        CertificateValidator.builder()
            .trustAnchors(List.of(ca.certificate()))
            .revocation(RevocationMode.NONE)
            .purpose(CertificatePurpose.SIGNING)
            .build();
    add("cert.validate", "garbage text", () -> validator.validate("garbage"));
    add("cert.validate", "empty text", () -> validator.validate(""));
    add("cert.validate", "null text", () -> validator.validate((String) null));
    add("cert.validate", "expired", () -> validator.validate(expired.certificate()));
    add("cert.validate", "not yet valid", () -> validator.validate(future.certificate()));
    add("cert.validate", "untrusted issuer", () -> validator.validate(foreign.certificate()));
    add("cert.validate", "self-signed CA as leaf", () -> validator.validate(otherCa.certificate()));
    add("cert.validate", "key not in JWKS", () -> withJwks.validate(good.certificate()));
    add("cert.validate", "TLS cert used for signing", () -> signing.validate(good.certificate()));
    add("cert.validate", "empty chain", () -> validator.validate(List.of()));
  }

  private static ECKey ecJwk(TestPki.Issued issued, String kid) {
    return new ECKey.Builder(Curve.P_256, (ECPublicKey) issued.keys().getPublic())
        .keyID(kid)
        .build();
  }

  // ---------------------------------------------------------------- JWKS

  private void jwks() {
    TestPki.Issued ca = TestPki.ca("Jwks CA");
    String realKey = ecJwk(ca, "k1").toJSONString();
    String[] badJwks = {
      null,
      "",
      "not json",
      "[]",
      "{}",
      "{\"keys\":{}}",
      "{\"keys\":\"nope\"}",
      "{\"keys\":[1,2]}",
      "{\"keys\":[null]}",
      "{\"keys\":[{}]}",
      "{\"keys\":[{\"kty\":\"XYZ\"}]}",
      "{\"keys\":[{\"kty\":\"EC\",\"crv\":\"P-256\"}]}",
      "{\"keys\":[{\"kty\":\"EC\",\"crv\":\"P-999\",\"x\":\"AA\",\"y\":\"AA\"}]}",
      "{\"keys\":[{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":5,\"y\":true}]}",
      "{\"keys\":[{\"kty\":\"RSA\",\"n\":\"AQAB\",\"e\":\"AQAB\"}]}",
      "{\"keys\":[{\"kty\":\"RSA\",\"n\":\"!!!\",\"e\":\"AQAB\"}]}",
      "{\"keys\":[{\"kty\":\"oct\",\"k\":\"c2VjcmV0\"}]}",
      "{\"keys\":[" + realKey.replaceFirst("\"x\":\"....", "\"x\":\"BBBB") + "]}",
      "{\"keys\":[" + realKey + "," + realKey.substring(0, realKey.length() / 2),
      "{\"keys\":[" + String.join(",", java.util.Collections.nCopies(150, realKey)) + "]}",
      "{\"keys\":[" + "[".repeat(5000) + "]}",
      "{\"pad\":\"" + "a".repeat(600 * 1024) + "\",\"keys\":[]}",
      "<html>404 Not Found</html>",
      "{\"keys\":[{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"AA\",\"y\":\"AA\",\"x5c\":[\"%%\"]}]}",
    };
    for (int i = 0; i < badJwks.length; i++) {
      String json = badJwks[i];
      add("jwks.parse", "#" + i, () -> Jwks.parse(json));
    }
  }

  // ---------------------------------------------------------------- JWTs

  private void jwts() throws Exception {
    TestPki.Issued signer = TestPki.ca("Jwt signer");
    TestPki.Issued stranger = TestPki.ca("Stranger");
    JwtValidator validator =
        JwtValidator.builder(JwksSource.of(new JWKSet(List.of(ecJwk(signer, "k1")))))
            .issuer(ISSUER)
            .audience("accounts")
            .build();
    Instant now = Instant.now();
    JWTClaimsSet good = claims(ISSUER, "accounts", now.plusSeconds(600));
    String valid = es256(signer, "k1", good, JOSEObjectType.JWT);
    String[] parts = valid.split("\\.");
    String noneAlg = b64("{\"alg\":\"none\"}") + "." + parts[1] + ".";
    String hs256;
    {
      SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), good);
      jwt.sign(new MACSigner("0123456789abcdef0123456789abcdef0123456789abcdef")); // test key
      hs256 = jwt.serialize();
    }
    Map<String, String> bad = new java.util.LinkedHashMap<>();
    bad.put("null", null);
    bad.put("empty", "");
    bad.put("one part", "abc");
    bad.put("two parts", "abc.def");
    bad.put("garbage parts", "abc.def.ghi");
    bad.put("five parts (JWE shape)", "a.b.c.d.e");
    bad.put("header not json", b64("nope") + "." + parts[1] + "." + parts[2]);
    bad.put("payload not json", parts[0] + "." + b64("nope") + "." + parts[2]);
    bad.put("payload json array", parts[0] + "." + b64("[1,2]") + "." + parts[2]);
    bad.put("alg none", noneAlg);
    bad.put("HS256 (symmetric)", hs256);
    bad.put("signed by a stranger", es256(stranger, "k1", good, JOSEObjectType.JWT));
    bad.put("unknown kid", es256(stranger, "k9", good, JOSEObjectType.JWT));
    bad.put("tampered payload", parts[0] + "." + b64("{\"iss\":\"x\"}") + "." + parts[2]);
    bad.put("truncated signature", valid.substring(0, valid.length() - 10));
    bad.put("no signature", parts[0] + "." + parts[1] + ".");
    bad.put(
        "expired",
        es256(
            signer, "k1", claims(ISSUER, "accounts", now.minusSeconds(3600)), JOSEObjectType.JWT));
    bad.put(
        "wrong issuer",
        es256(
            signer,
            "k1",
            claims("https://evil", "accounts", now.plusSeconds(600)),
            JOSEObjectType.JWT));
    bad.put(
        "wrong audience",
        es256(signer, "k1", claims(ISSUER, "payments", now.plusSeconds(600)), JOSEObjectType.JWT));
    bad.put("no exp", es256(signer, "k1", claims(ISSUER, "accounts", null), JOSEObjectType.JWT));
    bad.put(
        "not yet valid",
        es256(
            signer,
            "k1",
            new JWTClaimsSet.Builder(good).notBeforeTime(Date.from(now.plusSeconds(3600))).build(),
            JOSEObjectType.JWT));
    bad.put("typ logout+jwt", es256(signer, "k1", good, new JOSEObjectType("logout+jwt")));
    bad.put("oversized", parts[0] + "." + "A".repeat(70 * 1024) + "." + parts[2]);
    bad.put("whitespace inside", parts[0] + ". " + parts[1] + "." + parts[2]);
    bad.put("unicode", "é.ü.ß");
    for (Map.Entry<String, String> e : bad.entrySet()) {
      String token = e.getValue();
      add("jwt.validate", e.getKey(), () -> validator.validate(token));
    }
  }

  private static JWTClaimsSet claims(String iss, String aud, Instant exp) {
    JWTClaimsSet.Builder b = new JWTClaimsSet.Builder().issuer(iss).audience(aud).subject("tpp");
    if (exp != null) {
      b.expirationTime(Date.from(exp));
    }
    return b.build();
  }

  private static String es256(
      TestPki.Issued key, String kid, JWTClaimsSet claims, JOSEObjectType typ) throws Exception {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(kid).type(typ).build(), claims);
    jwt.sign(new ECDSASigner(key.privateKey(), Curve.P_256));
    return jwt.serialize();
  }

  private static String b64(String s) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  // ---------------------------------------------------------------- PKCE and callbacks

  private void pkce() {
    String[] badVerifiers = {
      null,
      "",
      "short",
      "a".repeat(42),
      "a".repeat(129),
      "a".repeat(43) + " ",
      "ä".repeat(50),
      "a".repeat(42) + "+",
      "a".repeat(42) + "/",
      "a".repeat(42) + "=",
    };
    for (String v : badVerifiers) {
      add("pkce.CodeVerifier", String.valueOf(v).length() + " chars", () -> CodeVerifier.of(v));
    }
    add("pkce.State", "null", () -> State.of(null));
    add("pkce.State", "control character", () -> State.of("abc\u0001"));
    add("pkce.State", "600 characters", () -> State.of("s".repeat(600)));
    State expected = State.of("expected-state-value-123");
    String[] badCallbacks = {
      "https://tpp.example/cb",
      "https://tpp.example/cb?state=expected-state-value-123",
      "https://tpp.example/cb?code=abc",
      "https://tpp.example/cb?code=abc&state=other",
      "https://tpp.example/cb?code=abc&state=expected-state-value-123&state=again",
      "https://tpp.example/cb?code=&state=expected-state-value-123",
      "https://tpp.example/cb?error=access_denied&state=expected-state-value-123",
      "https://tpp.example/cb?code=abc&code=def&state=expected-state-value-123",
    };
    for (String cb : badCallbacks) {
      add(
          "pkce.AuthorizationCallback",
          cb.substring(cb.indexOf("cb") + 2),
          () -> AuthorizationCallback.parse(URI.create(cb)).code(expected));
    }
    add("pkce.AuthorizationCallback", "null URI", () -> AuthorizationCallback.parse(null));
    add("pkce.AuthorizationCallback", "bad query", () -> AuthorizationCallback.parseQuery("%%%"));
    add(
        "pkce.AuthorizationCallback",
        "bad escape",
        () ->
            AuthorizationCallback.parseQuery("error=server_error&error_description=%ZZ")
                .code(expected));
  }

  // ---------------------------------------------------------------- request builders

  private void requests() {
    add("dcr.request", "no client name", () -> ClientRegistrationRequest.builder().build());
    add(
        "dcr.request",
        "blank client name",
        () -> ClientRegistrationRequest.builder().clientName(" ").build());
    add(
        "dcr.request",
        "relative redirect URI",
        () ->
            ClientRegistrationRequest.builder()
                .clientName("tpp")
                .grantTypes("authorization_code")
                .redirectUris("/cb")
                .build());
    add(
        "dcr.request",
        "authorization_code without redirect",
        () ->
            ClientRegistrationRequest.builder()
                .clientName("tpp")
                .grantTypes("authorization_code")
                .build());
    add(
        "dcr.request",
        "jwks_uri not a URL",
        () ->
            ClientRegistrationRequest.builder()
                .clientName("tpp")
                .grantTypes("client_credentials")
                .jwksUri("not a url")
                .build());
    add(
        "dcr.request",
        "negative token lifetime",
        () ->
            ClientRegistrationRequest.builder()
                .clientName("tpp")
                .grantTypes("client_credentials")
                .applicationTokenLifetime(-5)
                .build());
    add("dcr.register", "null request", () -> is.dcr().register(null));
    add("dcr.findByClientId", "blank client id", () -> is.dcr().findByClientId(" "));
    add(
        "keys.request",
        "no key manager",
        () -> KeyGenerationRequest.builder().keyType(KeyType.PRODUCTION).keyManager(" ").build());
    add(
        "keys.request",
        "negative validity",
        () ->
            KeyGenerationRequest.builder()
                .keyType(KeyType.PRODUCTION)
                .keyManager("FSKM")
                .validityTime(-10)
                .build());
    add(
        "keys.request",
        "null key type",
        () -> KeyGenerationRequest.builder().keyType(null).build());
    add(
        "keys.generate",
        "blank application id",
        () -> devportal.keys().generate(" ", keyRequest()));
    add("keys.generate", "null request", () -> devportal.keys().generate(APP_ID, null));
    add("apps.request", "no name", () -> ApplicationRequest.builder().build());
    add("apps.request", "blank name", () -> ApplicationRequest.builder().name("  ").build());
    add(
        "apps.request",
        "name too long",
        () -> ApplicationRequest.builder().name("n".repeat(300)).build());
    add("apps.get", "blank id", () -> devportal.applications().get(""));
    add("apps.get", "id with path traversal", () -> devportal.applications().get("../../admin"));
    add(
        "oauth.clientAuth",
        "blank client id",
        () -> is.tokens(ClientAuthentication.clientSecretBasic(" ", Secret.of(CLIENT_SECRET))));
  }

  private static KeyGenerationRequest keyRequest() {
    return KeyGenerationRequest.builder()
        .keyType(KeyType.PRODUCTION)
        .keyManager("FSKM")
        .grantTypes("client_credentials")
        .build();
  }

  // ---------------------------------------------------------------- HTTP responses

  private void httpResponses() {
    Map<String, ResponseDefinitionBuilder> variants = new java.util.LinkedHashMap<>();
    variants.put("malformed JSON", json(200, "{\"applicationId\": ,,}"));
    variants.put("truncated JSON", json(200, "{\"name\":\"x\",\"keys\":[{\"a\":1},"));
    variants.put(
        "wrong types",
        json(
            200,
            "{\"applicationId\":[1],\"name\":{},\"list\":\"x\",\"count\":\"many\",\"keys\":\"no\","
                + "\"access_token\":{\"a\":1},\"expires_in\":\"soon\",\"active\":\"maybe\","
                + "\"client_id\":[],\"client_secret\":7,\"issuer\":{},\"consumerKey\":[],"
                + "\"keyMappingId\":{},\"jwks_uri\":{},"
                + "\"token_endpoint\":[],\"id\":[],\"userName\":{},\"Resources\":\"x\"}"));
    variants.put("JSON array", json(200, "[1,2,3]"));
    variants.put("JSON string", json(200, "\"hello\""));
    variants.put("JSON null", json(200, "null"));
    variants.put("empty 200 body", aResponse().withStatus(200));
    variants.put(
        "HTML 200 page",
        aResponse()
            .withStatus(200)
            .withHeader("Content-Type", "text/html")
            .withBody("<html><body><h1>Login</h1></body></html>"));
    variants.put("HTML 500 page", html(500, "Internal Server Error"));
    variants.put("HTML 502 page", html(502, "Bad Gateway"));
    variants.put("HTML 404 page", html(404, "Not Found"));
    variants.put("HTML 401 page", html(401, "Unauthorized"));
    variants.put("HTML 403 page", html(403, "Forbidden"));
    variants.put(
        "WSO2 400 error",
        json(
            400,
            "{\"code\":900967,\"message\":\"Bad Request\",\"description\":\"invalid input\"}"));
    variants.put("429 bad Retry-After", json(429, "{}").withHeader("Retry-After", "soon-ish"));
    variants.put("oversized truncated", json(200, "{\"pad\":\"" + "a".repeat(6 * 1024 * 1024)));
    variants.put("deeply nested", json(200, "{\"a\":" + "[".repeat(10_000)));
    variants.put("connection reset", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    variants.put("empty response", aResponse().withFault(Fault.EMPTY_RESPONSE));
    variants.put("malformed chunk", aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK));
    variants.put("random data then close", aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE));

    Map<String, Callable<?>> ops = new java.util.LinkedHashMap<>();
    ops.put("apim.applications.get", () -> devportal.applications().get(APP_ID));
    ops.put("apim.applications.list", () -> devportal.applications().list(null, 10, 0));
    ops.put("apim.apis.search", () -> devportal.apis().search(null, 10, 0));
    ops.put("apim.keys.generate", () -> devportal.keys().generate(APP_ID, keyRequest()));
    ops.put("apim.keys.list", () -> devportal.keys().list(APP_ID));
    ops.put("is.discovery", () -> is.discovery().fetch());
    ops.put(
        "is.jwks",
        () -> {
          // A fresh key cache per case: the shared one would rate-limit the refetch.
          try (IdentityServer fresh =
              IdentityServer.builder().baseUrl(server.baseUrl()).transport(transport).build()) {
            return fresh.jwks().keySet();
          }
        });
    ops.put(
        "is.dcr.register",
        () ->
            is.dcr()
                .register(
                    ClientRegistrationRequest.builder()
                        .clientName("tpp")
                        .grantTypes("client_credentials")
                        .build()));
    ops.put(
        "is.token",
        () ->
            is.tokens(
                    ClientAuthentication.clientSecretBasic("tpp-client", Secret.of(CLIENT_SECRET)))
                .clientCredentials("accounts"));
    ops.put("is.introspect", () -> is.introspection().introspect(Secret.of(ACCESS_TOKEN)));
    ops.put("is.users.findById", () -> is.users().findById("0c3b7c8e-0000-4000-8000-000000000001"));

    // List reads answer an empty page for an empty or null body on purpose (ApisClient.orEmpty).
    Set<String> lenientLists =
        Set.of("apim.applications.list", "apim.apis.search", "apim.keys.list");
    for (Map.Entry<String, ResponseDefinitionBuilder> v : variants.entrySet()) {
      for (Map.Entry<String, Callable<?>> op : ops.entrySet()) {
        if (lenientLists.contains(op.getKey())
            && (v.getKey().equals("JSON null") || v.getKey().equals("empty 200 body"))) {
          continue;
        }
        ResponseDefinitionBuilder response = v.getValue();
        Callable<?> call = op.getValue();
        add(
            "http." + op.getKey(),
            v.getKey(),
            () -> {
              server.resetAll();
              server.stubFor(any(anyUrl()).willReturn(response));
              return call.call();
            });
      }
    }
  }

  private static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  private static ResponseDefinitionBuilder html(int status, String title) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "text/html")
        .withBody(
            "<html><head><title>" + title + "</title></head><body>" + title + "</body></html>");
  }
}
