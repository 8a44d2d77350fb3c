package io.github.fsonboard.apim;

import io.github.fsonboard.harness.TestPki;
import java.time.Duration;
import java.time.Instant;

/** TPP certificates made at run time (never checked in), issued by the harness's one test PKI. */
public final class TestCertificates {
  private static final TestPki.Issued CA = TestPki.ca("Example Test CA");
  private static final String CN = "tpp.example";

  private TestCertificates() {}

  /** A certificate valid from an hour ago for a day, as PEM. */
  public static String validPem() {
    return TestPki.leaf(CA, CN).certificatePem();
  }

  /** A certificate that expired yesterday, as PEM. */
  public static String expiredPem() {
    Instant now = Instant.now();
    return pem(now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(1)));
  }

  /** A certificate valid between two instants, as PEM. */
  public static String pem(Instant notBefore, Instant notAfter) {
    return TestPki.leaf(CA, notBefore, notAfter, CN).certificatePem();
  }
}
