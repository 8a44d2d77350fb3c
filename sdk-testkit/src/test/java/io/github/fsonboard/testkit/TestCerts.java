package io.github.fsonboard.testkit;

import java.io.StringWriter;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Certificates generated at run time for sp_certificate tests. */
final class TestCerts {
  private TestCerts() {}

  static String pem(Instant notBefore, Instant notAfter) {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
      g.initialize(256);
      KeyPair kp = g.generateKeyPair();
      X500Name name = new X500Name("CN=tpp.example,O=TPP,OID.2.5.4.97=PSDGB-FCA-123456");
      var cert =
          new JcaX509CertificateConverter()
              .getCertificate(
                  new JcaX509v3CertificateBuilder(
                          name,
                          BigInteger.valueOf(System.nanoTime()),
                          Date.from(notBefore),
                          Date.from(notAfter),
                          name,
                          kp.getPublic())
                      .build(
                          new JcaContentSignerBuilder("SHA256withECDSA").build(kp.getPrivate())));
      StringWriter w = new StringWriter();
      try (JcaPEMWriter pw = new JcaPEMWriter(w)) {
        pw.writeObject(cert);
      }
      return w.toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String valid() {
    return pem(Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(30)));
  }

  static String expired() {
    return pem(Instant.now().minus(Duration.ofDays(30)), Instant.now().minus(Duration.ofDays(1)));
  }
}
