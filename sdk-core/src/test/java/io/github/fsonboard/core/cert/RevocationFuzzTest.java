package io.github.fsonboard.core.cert;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fsonboard.core.http.HttpFetcher;
import io.github.fsonboard.harness.TestPki;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.bouncycastle.asn1.x500.X500Name;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Feeds mutated OCSP responses and CRLs to the validator through an in-memory {@link HttpFetcher}:
 * every outcome must be a check result, never an exception, and a mutated answer must never turn
 * into a pass unless the bytes still carry a valid signature.
 */
class RevocationFuzzTest {
  private static final Clock CLOCK = Clock.fixed(TestPki.NOW, ZoneOffset.UTC);
  private static final TestPki.Issued ROOT = TestPki.spec("Fuzz Root").ca().issue();
  private static final TestPki.Issued CA = TestPki.spec("Fuzz CA").issuer(ROOT).ca().issue();
  private static TestRevocationServer responses;

  @BeforeAll
  static void start() throws Exception {
    responses = new TestRevocationServer(CA);
  }

  @AfterAll
  static void stop() {
    responses.close();
  }

  private static byte[] mutate(byte[] original, Random random) {
    byte[] bytes = original.clone();
    int flips = 1 + random.nextInt(4);
    for (int i = 0; i < flips; i++) {
      bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
    }
    if (random.nextInt(4) == 0) {
      bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
    }
    return bytes;
  }

  private static CertificateValidator validator(RevocationMode mode, HttpFetcher fetcher) {
    return CertificateValidator.builder()
        .trustAnchors(List.of(ROOT.certificate()))
        .intermediates(List.of(CA.certificate()))
        .clock(CLOCK)
        .revocation(mode)
        .revocationCacheTtl(Duration.ZERO)
        .httpFetcher(fetcher)
        .build();
  }

  @Test
  void mutatedOcspResponsesOnlyYieldCheckResults() {
    Random random = new Random(4242);
    TestPki.Issued leaf = TestPki.spec("ocsp fuzz").issuer(CA).ocsp("http://ocsp.test/").issue();
    CertificateValidator validator =
        validator(
            RevocationMode.OCSP,
            request -> {
              try {
                return new HttpFetcher.Response(
                    200,
                    "application/ocsp-response",
                    mutate(responses.ocsp(request.body()), random));
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    int passes = 0;
    for (int i = 0; i < 300; i++) {
      CheckResult r =
          validator.validate(leaf.certificate()).check(CheckName.REVOCATION).orElseThrow();
      assertThat(r.status()).isIn(CheckStatus.PASS, CheckStatus.FAIL);
      if (r.status() == CheckStatus.PASS) {
        passes++;
      }
    }
    // a flip in the signed part or the signature itself must fail; passes come only from bytes
    // outside it (e.g. the embedded certificate list), so most mutations fail
    assertThat(passes).isLessThan(300);
  }

  @Test
  void mutatedCrlsOnlyYieldCheckResults() throws Exception {
    Random random = new Random(777);
    TestPki.Issued leaf = TestPki.spec("crl fuzz").issuer(CA).crl("http://crl.test/ca.crl").issue();
    responses.publishCrl(
        "fuzz",
        CA,
        X500Name.getInstance(CA.certificate().getSubjectX500Principal().getEncoded()),
        TestPki.NOW.plus(Duration.ofDays(1)),
        leaf.certificate());
    byte[] crl = responses.crls.get("/crl/fuzz");
    CertificateValidator validator =
        validator(
            RevocationMode.CRL,
            request -> new HttpFetcher.Response(200, "application/pkix-crl", mutate(crl, random)));
    for (int i = 0; i < 300; i++) {
      CheckResult r =
          validator.validate(leaf.certificate()).check(CheckName.REVOCATION).orElseThrow();
      // the leaf is listed as revoked: no mutation may make it look good
      assertThat(r.status()).isEqualTo(CheckStatus.FAIL);
    }
  }
}
