package io.github.fsonboard.examples;

import io.github.fsonboard.core.cert.Certificates;
import io.github.fsonboard.core.cert.Psd2Role;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.testkit.Psd2TestCertificate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the TPP's application certificate ({@code sp_certificate}) on the fly, so the demo never
 * depends on a checked-in certificate that expires, and keeps it in a file so that a re-run against
 * the same servers sends the same certificate (a new one would be a change to write). A real TPP
 * uses its eIDAS QSealC here.
 */
public final class DemoCertificates {
  /** A kept certificate is replaced when it expires within this time. */
  private static final Duration RENEW_BEFORE = Duration.ofDays(1);

  /** ETSI TS 119 495 §5.2.1 PSD2 authorisation number: PSD, country, NCA, the NCA's number. */
  private static final Pattern PSD2_IDENTIFIER = Pattern.compile("PSD([A-Z]{2})-([A-Z]{2,8})-.+");

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
   * Creates a self-signed RSA-2048 signing certificate (a QSealC's shape) valid for {@code
   * validity}, with sdk-testkit's {@link Psd2TestCertificate}. When the identifier has the PSD2
   * shape ({@code PSD<country>-<NCA>-<id>}) its QC statement grants the AISP role and names that
   * NCA, so that a bank's vetting of the accounts API subscription can approve it.
   *
   * @param organization the subject's organisation
   * @param organizationIdentifier the PSD2 authorisation number, e.g. {@code
   *     PSDGB-OB-Unknown0015800001HQQrZAAX}
   * @param validity how long it is valid from now
   * @return the certificate as PEM
   */
  public static String applicationCertificatePem(
      String organization, String organizationIdentifier, Duration validity) {
    Psd2TestCertificate.Builder certificate =
        Psd2TestCertificate.builder()
            .organization(organization)
            .organizationIdentifier(organizationIdentifier)
            .validFor(validity);
    Matcher psd2 = PSD2_IDENTIFIER.matcher(organizationIdentifier);
    if (psd2.matches()) {
      String nca = psd2.group(1) + "-" + psd2.group(2);
      certificate.nca("Competent authority " + nca, nca).roles(Psd2Role.PSP_AI);
    }
    return certificate.build().certificatePem();
  }
}
