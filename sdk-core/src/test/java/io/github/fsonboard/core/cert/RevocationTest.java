package io.github.fsonboard.core.cert;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.http.ConnectProxy;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.HttpFetcher;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.http.ProxyConfig;
import io.github.fsonboard.core.http.ResponseLimits;
import io.github.fsonboard.harness.TestPki;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RevocationTest {
  private static final Clock CLOCK = Clock.fixed(TestPki.NOW, ZoneOffset.UTC);
  private static final TestPki.Issued ROOT = TestPki.spec("Revocation Root").ca().issue();
  private static final TestPki.Issued CA = TestPki.spec("Revocation CA").issuer(ROOT).ca().issue();
  private static final AtomicInteger NAMES = new AtomicInteger();
  private static TestRevocationServer server;

  @BeforeAll
  static void start() throws Exception {
    server = new TestRevocationServer(CA);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static void reset() {
    server.answer = TestRevocationServer.Answer.GOOD;
    server.nonceMode = TestRevocationServer.NonceMode.ECHO;
    server.signerCert = CA.certificate();
    server.signerKey = CA.privateKey();
    server.httpStatus = 200;
    server.ocspStatus = OCSPRespBuilder.SUCCESSFUL;
    server.rawOcspBody = null;
    server.nextUpdate = TestPki.NOW.plus(Duration.ofDays(1));
    server.delayMillis = 0;
  }

  private static CertificateValidator.Builder validator(RevocationMode mode) {
    reset();
    return CertificateValidator.builder()
        .trustAnchors(List.of(ROOT.certificate()))
        .intermediates(List.of(CA.certificate()))
        .clock(CLOCK)
        .revocation(mode)
        .revocationTimeout(Duration.ofSeconds(5));
  }

  /** A fresh leaf per test, with its own CRL path, so caches never mix tests. */
  private static TestPki.Issued leaf() {
    String name = "c" + NAMES.incrementAndGet();
    return TestPki.spec(name).issuer(CA).ocsp(server.ocspUrl()).crl(server.crlUrl(name)).issue();
  }

  private static String crlName(TestPki.Issued leaf) {
    return leaf.certificate().getSubjectX500Principal().getName().substring(3);
  }

  private static X500Name caName() {
    return X500Name.getInstance(CA.certificate().getSubjectX500Principal().getEncoded());
  }

  private static CheckResult revocation(CertificateValidator v, TestPki.Issued leaf) {
    return v.validate(leaf.certificate()).check(CheckName.REVOCATION).orElseThrow();
  }

  @Test
  void ocspGoodPassesAndIsCached() {
    CertificateValidator v = validator(RevocationMode.OCSP).build();
    TestPki.Issued leaf = leaf();
    int before = server.ocspRequests.get();
    assertThat(revocation(v, leaf).status()).isEqualTo(CheckStatus.PASS);
    assertThat(revocation(v, leaf).reason()).isEqualTo("OCSP: good");
    assertThat(server.ocspRequests.get() - before).isEqualTo(1);
  }

  @Test
  void ocspRevokedFailsEvenWithSoftFail() {
    CertificateValidator.Builder b = validator(RevocationMode.OCSP).revocationSoftFail(true);
    server.answer = TestRevocationServer.Answer.REVOKED;
    CheckResult r = revocation(b.build(), leaf());
    assertThat(r.status()).isEqualTo(CheckStatus.FAIL);
    assertThat(r.reason()).contains("revoked");
  }

  @Test
  void ocspUnknownFailsHardAndIsSkippedSoft() {
    CertificateValidator.Builder hard = validator(RevocationMode.OCSP);
    server.answer = TestRevocationServer.Answer.UNKNOWN;
    assertThat(revocation(hard.build(), leaf()).status()).isEqualTo(CheckStatus.FAIL);
    CheckResult soft = revocation(hard.revocationSoftFail(true).build(), leaf());
    assertThat(soft.status()).isEqualTo(CheckStatus.SKIPPED);
    assertThat(soft.reason()).startsWith("soft-fail");
  }

  @Test
  void ocspResponseSignedByAnotherKeyFailsEvenWithSoftFail() {
    CertificateValidator.Builder b = validator(RevocationMode.OCSP).revocationSoftFail(true);
    TestPki.Issued rogue = TestPki.spec("Revocation CA").ca().issue(); // same name, other key
    server.signerCert = rogue.certificate();
    server.signerKey = rogue.privateKey();
    CheckResult r = revocation(b.build(), leaf());
    assertThat(r.status()).isEqualTo(CheckStatus.FAIL);
    assertThat(r.reason()).contains("signature");
  }

  @Test
  void delegatedResponderNeedsOcspSigningEku() {
    CertificateValidator.Builder b = validator(RevocationMode.OCSP);
    TestPki.Issued delegated =
        TestPki.spec("OCSP responder").issuer(CA).eku(KeyPurposeId.id_kp_OCSPSigning).issue();
    server.signerCert = delegated.certificate();
    server.signerKey = delegated.privateKey();
    assertThat(revocation(b.build(), leaf()).status()).isEqualTo(CheckStatus.PASS);

    TestPki.Issued notDelegated =
        TestPki.spec("not a responder").issuer(CA).eku(KeyPurposeId.id_kp_clientAuth).issue();
    server.signerCert = notDelegated.certificate();
    server.signerKey = notDelegated.privateKey();
    assertThat(revocation(b.build(), leaf()).status()).isEqualTo(CheckStatus.FAIL);
  }

  @Test
  void ocspNonceMustMatchAndIsRequiredByDefault() {
    CertificateValidator.Builder b = validator(RevocationMode.OCSP).revocationSoftFail(true);
    server.nonceMode = TestRevocationServer.NonceMode.WRONG;
    CheckResult wrong = revocation(b.build(), leaf());
    assertThat(wrong.status()).isEqualTo(CheckStatus.FAIL);
    assertThat(wrong.reason()).contains("nonce does not match");

    server.nonceMode = TestRevocationServer.NonceMode.NONE;
    assertThat(revocation(b.build(), leaf()).reason()).contains("no nonce");
    assertThat(revocation(b.ocspNonceRequired(false).build(), leaf()).status())
        .isEqualTo(CheckStatus.PASS);
  }

  @Test
  void ocspErrorsAreUnavailableAndFallBackToCrl() throws Exception {
    CertificateValidator.Builder b = validator(RevocationMode.OCSP);
    server.httpStatus = 500;
    TestPki.Issued leaf = leaf();
    assertThat(revocation(b.build(), leaf).reason()).contains("HTTP 500");

    server.publishCrl(crlName(leaf), CA, caName(), TestPki.NOW.plus(Duration.ofDays(1)));
    CheckResult fallback = revocation(b.revocation(RevocationMode.OCSP_THEN_CRL).build(), leaf);
    assertThat(fallback.status()).isEqualTo(CheckStatus.PASS);
    assertThat(fallback.reason()).contains("fell back to CRL").contains("not listed");

    server.httpStatus = 200;
    server.ocspStatus = OCSPRespBuilder.TRY_LATER;
    assertThat(revocation(b.revocation(RevocationMode.OCSP).build(), leaf()).reason())
        .contains("status 3");
    server.ocspStatus = OCSPRespBuilder.SUCCESSFUL;
    server.nextUpdate = TestPki.NOW.minus(Duration.ofHours(1));
    assertThat(revocation(b.build(), leaf()).reason()).contains("stale");
  }

  @Test
  void malformedOcspBodyFails() {
    CertificateValidator.Builder b = validator(RevocationMode.OCSP).revocationSoftFail(true);
    server.rawOcspBody = new byte[] {0x30, 0x03, 0x0a, 0x01, 0x00};
    assertThat(revocation(b.build(), leaf()).status()).isEqualTo(CheckStatus.FAIL);
    server.rawOcspBody = "not ocsp".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    assertThat(revocation(b.build(), leaf()).reason()).contains("malformed");
  }

  @Test
  void unreachableOrSlowResponderIsUnavailable() {
    CertificateValidator v =
        validator(RevocationMode.OCSP)
            .ocspResponder(java.net.URI.create("http://127.0.0.1:1/ocsp"))
            .revocationSoftFail(true)
            .build();
    CheckResult r = revocation(v, leaf());
    assertThat(r.status()).isEqualTo(CheckStatus.SKIPPED);
    assertThat(r.reason()).contains("unreachable");

    CertificateValidator slow =
        validator(RevocationMode.OCSP).revocationTimeout(Duration.ofMillis(200)).build();
    server.delayMillis = 1500;
    CheckResult timedOut = revocation(slow, leaf());
    assertThat(timedOut.status()).isEqualTo(CheckStatus.FAIL);
    assertThat(timedOut.reason()).contains("TIMEOUT failure");
  }

  @Test
  void crlAndOcspBodiesAreHeldToTheTransportsResponseLimits() throws Exception {
    try (HttpTransport http =
        HttpTransport.create(
            HttpConfig.builder()
                .responseLimits(ResponseLimits.defaults().withCrl(1024).withOcsp(1024))
                .build())) {
      TestPki.Issued leaf = leaf();
      server.crls.put("/crl/" + crlName(leaf), new byte[4096]);
      CheckResult crl =
          revocation(validator(RevocationMode.CRL).httpFetcher(HttpFetcher.on(http)).build(), leaf);
      assertThat(crl.reason()).contains("unreachable").contains("larger than 1024 bytes");

      CertificateValidator.Builder ocsp =
          validator(RevocationMode.OCSP).httpFetcher(HttpFetcher.on(http));
      server.rawOcspBody = new byte[4096];
      assertThat(revocation(ocsp.build(), leaf()).reason()).contains("larger than 1024 bytes");
    }
  }

  @Test
  void ocspCheckRunsThroughTheTransportsAuthenticatingProxy() throws Exception {
    String auth = ConnectProxy.basic("svc", "pr0xy-pw");
    try (ConnectProxy proxy = new ConnectProxy(auth);
        HttpTransport http =
            HttpTransport.create(
                HttpConfig.builder()
                    .proxy(
                        ProxyConfig.http("127.0.0.1", proxy.port())
                            .withCredentials("svc", Secret.of("pr0xy-pw")))
                    .build())) {
      int before = server.ocspRequests.get();
      CheckResult r =
          revocation(
              validator(RevocationMode.OCSP).httpFetcher(HttpFetcher.on(http)).build(), leaf());
      assertThat(r.reason()).isEqualTo("OCSP: good");
      assertThat(server.ocspRequests.get() - before).isEqualTo(1);
      assertThat(proxy.heads.get(proxy.heads.size() - 1))
          .startsWith("POST " + server.ocspUrl())
          .contains("Proxy-Authorization: " + auth);
    }
  }

  @Test
  void certificateWithoutOcspUrl() {
    TestPki.Issued noUrls = TestPki.spec("no urls").issuer(CA).issue();
    assertThat(revocation(validator(RevocationMode.OCSP).build(), noUrls).reason())
        .contains("names no OCSP responder");
    assertThat(revocation(validator(RevocationMode.CRL).build(), noUrls).reason())
        .contains("names no CRL distribution point");
  }

  @Test
  void crlNotListedPassesListedFailsAndIsCached() throws Exception {
    CertificateValidator v = validator(RevocationMode.CRL).build();
    TestPki.Issued good = leaf();
    server.publishCrl(crlName(good), CA, caName(), TestPki.NOW.plus(Duration.ofDays(1)));
    int before = server.crlRequests.get();
    assertThat(revocation(v, good).status()).isEqualTo(CheckStatus.PASS);
    assertThat(revocation(v, good).status()).isEqualTo(CheckStatus.PASS);
    assertThat(server.crlRequests.get() - before).isEqualTo(1);

    TestPki.Issued revoked = leaf();
    server.publishCrl(
        crlName(revoked),
        CA,
        caName(),
        TestPki.NOW.plus(Duration.ofDays(1)),
        revoked.certificate());
    CheckResult r = revocation(v, revoked);
    assertThat(r.status()).isEqualTo(CheckStatus.FAIL);
    assertThat(r.reason()).startsWith("CRL: revoked");
  }

  @Test
  void forgedStaleOrMissingCrlIsRefused() throws Exception {
    CertificateValidator.Builder b = validator(RevocationMode.CRL).revocationSoftFail(true);
    TestPki.Issued forged = leaf();
    TestPki.Issued rogue = TestPki.spec("Revocation CA").ca().issue();
    server.publishCrl(crlName(forged), rogue, caName(), TestPki.NOW.plus(Duration.ofDays(1)));
    CheckResult f = revocation(b.build(), forged);
    assertThat(f.status()).isEqualTo(CheckStatus.FAIL);
    assertThat(f.reason()).contains("not signed by the certificate's issuer");

    TestPki.Issued stale = leaf();
    server.publishCrl(crlName(stale), CA, caName(), TestPki.NOW.minus(Duration.ofMinutes(10)));
    assertThat(revocation(b.build(), stale).status()).isEqualTo(CheckStatus.SKIPPED);
    assertThat(revocation(b.revocationSoftFail(false).build(), stale).reason()).contains("stale");

    TestPki.Issued missing = leaf();
    assertThat(revocation(b.build(), missing).reason()).contains("HTTP 404");
  }
}
