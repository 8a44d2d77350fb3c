package io.github.fsonboard.examples;

import io.github.fsonboard.core.cert.Certificates;
import io.github.fsonboard.core.error.ValidationException;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * depends on a checked-in certificate that expires, and keeps it in a file so that a re-run against
 * the same servers sends the same certificate (a new one would be a change to write). A real TPP
 * uses its eIDAS QSealC here.
 */
public final class DemoCertificates {
  /** A kept certificate is replaced when it expires within this time. */
  private static final Duration RENEW_BEFORE = Duration.ofDays(1);

  private DemoCertificates() {}

  /**
   * A demo certificate and what the operator should be told about it.
   *
   * @param pem the certificate as PEM
   * @param note where it comes from, in words
   */
  public record Kept(String pem, String note) {}

  /**
   * Returns the demo certificate kept in {@code file}, or makes one and keeps it there when the
   * file is absent or its certificate expires within a day.
   *
   * @param file where the certificate is kept
   * @param organization the subject's organisation
   * @param organizationIdentifier the PSD2 authorisation number
   * @param validity how long a new certificate is valid
   * @return the certificate and a note saying whether it was reused or made now
   * @throws IOException when the file cannot be read or written
   */
  public static Kept kept(
      Path file, String organization, String organizationIdentifier, Duration validity)
      throws IOException {
    String renewed = "";
    if (Files.isRegularFile(file)) {
      String pem = Files.readString(file, StandardCharsets.US_ASCII);
      Instant notAfter = notAfter(pem);
      if (notAfter != null && notAfter.isAfter(Instant.now().plus(RENEW_BEFORE))) {
        return new Kept(
            pem,
            "the demo certificate kept in "
                + file
                + " (valid until "
                + LocalDate.ofInstant(notAfter, ZoneOffset.UTC)
                + ")");
      }
      renewed = notAfter == null ? " (the file held no readable certificate)" : " (it expired)";
    }
    String pem = applicationCertificatePem(organization, organizationIdentifier, validity);
    Path dir = file.toAbsolutePath().getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    Files.writeString(file, pem, StandardCharsets.US_ASCII);
    return new Kept(
        pem,
        "a demo certificate made now"
            + renewed
            + " and kept in "
            + file
            + ", so that the next run sends the same one");
  }

  private static Instant notAfter(String pem) {
    try {
      return Certificates.parseOne(pem).getNotAfter().toInstant();
    } catch (ValidationException e) {
      return null;
    }
  }

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
    } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
      throw new IllegalStateException("Cannot create the demo certificate", e);
    }
  }
}
