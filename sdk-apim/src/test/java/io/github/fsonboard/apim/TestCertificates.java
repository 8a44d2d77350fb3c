package io.github.fsonboard.apim;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Certificates made at run time (never checked in). */
public final class TestCertificates {
  private static final KeyPair KEYS = keys();

  private TestCertificates() {}

  /** A self-signed certificate valid from an hour ago for a day, as PEM. */
  public static String validPem() {
    Instant now = Instant.now();
    return pem(now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)));
  }

  /** A self-signed certificate that expired yesterday, as PEM. */
  public static String expiredPem() {
    Instant now = Instant.now();
    return pem(now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(1)));
  }

  /** A self-signed certificate valid between two instants, as PEM. */
  public static String pem(Instant notBefore, Instant notAfter) {
    try {
      X500Name name = new X500Name("CN=tpp.example, O=Example TPP, C=GB");
      X509CertificateHolder holder =
          new JcaX509v3CertificateBuilder(
                  name,
                  BigInteger.valueOf(notBefore.toEpochMilli()),
                  Date.from(notBefore),
                  Date.from(notAfter),
                  name,
                  KEYS.getPublic())
              .build(new JcaContentSignerBuilder("SHA256withECDSA").build(KEYS.getPrivate()));
      return "-----BEGIN CERTIFICATE-----\n"
          + Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
              .encodeToString(holder.getEncoded())
          + "\n-----END CERTIFICATE-----\n";
    } catch (OperatorCreationException | java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static KeyPair keys() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
      g.initialize(256);
      return g.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
