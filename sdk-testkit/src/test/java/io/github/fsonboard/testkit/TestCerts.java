package io.github.fsonboard.testkit;

import java.time.Duration;
import java.time.Instant;

/** Certificates generated at run time for sp_certificate tests, made by the public helper. */
final class TestCerts {
  private TestCerts() {}

  static String pem(Instant notBefore, Instant notAfter) {
    return Psd2TestCertificate.builder()
        .organization("TPP")
        .organizationIdentifier("PSDGB-FCA-123456")
        .validity(notBefore, notAfter)
        .build()
        .certificatePem();
  }

  static String valid() {
    return pem(Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(30)));
  }

  static String expired() {
    return pem(Instant.now().minus(Duration.ofDays(30)), Instant.now().minus(Duration.ofDays(1)));
  }
}
