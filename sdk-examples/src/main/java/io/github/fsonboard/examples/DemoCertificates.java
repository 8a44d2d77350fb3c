package io.github.fsonboard.examples;

import java.io.StringWriter;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Makes the TPP's application certificate ({@code sp_certificate}) on the fly, so the demo never
 * depends on a checked-in certificate that expires. A real TPP uses its eIDAS QSealC here.
 */
public final class DemoCertificates {
  private DemoCertificates() {}

  /**
   * Creates a self-signed RSA-2048 signing certificate valid for {@code validity}.
   *
   * @param organization the subject's organisation
   * @param organizationIdentifier the PSD2 authorisation number, e.g. {@code
   *     PSDGB-OB-Unknown0015800001HQQrZAAX}
   * @param validity how long it is valid from now
   * @return the certificate as PEM
   */
  public static String applicationCertificatePem(
      String organization, String organizationIdentifier, Duration validity) {
    try {
      KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
      gen.initialize(2048);
      KeyPair keys = gen.generateKeyPair();
      X500Name subject =
          new X500Name(
              "CN="
                  + organization
                  + " signing, O="
                  + organization
                  + ", 2.5.4.97="
                  + organizationIdentifier
                  + ", C=GB");
      Instant now = Instant.now();
      JcaX509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              subject,
              new BigInteger(64, new SecureRandom()),
              Date.from(now.minus(Duration.ofMinutes(5))),
              Date.from(now.plus(validity)),
              subject,
              keys.getPublic());
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      builder.addExtension(
          Extension.keyUsage,
          true,
          new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
      X509CertificateHolder holder =
          builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate()));
      StringWriter out = new StringWriter();
      try (JcaPEMWriter pem = new JcaPEMWriter(out)) {
        pem.writeObject(holder);
      }
      return out.toString();
    } catch (GeneralSecurityException | OperatorCreationException | java.io.IOException e) {
      throw new IllegalStateException("Cannot create the demo certificate", e);
    }
  }
}
