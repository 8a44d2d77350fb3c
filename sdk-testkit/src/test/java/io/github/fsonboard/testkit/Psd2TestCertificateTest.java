package io.github.fsonboard.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.cert.Certificates;
import io.github.fsonboard.core.cert.Psd2Attributes;
import io.github.fsonboard.core.cert.Psd2Role;
import io.github.fsonboard.core.cert.QcStatements;
import io.github.fsonboard.core.error.ValidationException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class Psd2TestCertificateTest {

  @Test
  void readmeExampleCarriesTheOrganisationRolesAndNcaTheSdkReadsBack() {
    // The sdk-testkit README's example, verbatim.
    Psd2TestCertificate seal =
        Psd2TestCertificate.builder()
            .organization("Example TPP Ltd")
            .organizationIdentifier("PSDGB-FCA-123456")
            .roles(Psd2Role.PSP_AI, Psd2Role.PSP_PI)
            .build();
    String spCertificate = seal.certificatePem();

    X509Certificate parsed = Certificates.parseOne(spCertificate);
    assertThat(QcStatements.organizationIdentifier(parsed)).contains("PSDGB-FCA-123456");
    Psd2Attributes psd2 = QcStatements.psd2Attributes(parsed).orElseThrow();
    assertThat(psd2.roles()).containsExactlyInAnyOrder(Psd2Role.PSP_AI, Psd2Role.PSP_PI);
    assertThat(psd2.ncaName()).isEqualTo("Financial Conduct Authority");
    assertThat(psd2.ncaId()).isEqualTo("GB-FCA");
    assertThat(parsed.getSubjectX500Principal().getName()).contains("O=Example TPP Ltd");
    // digitalSignature and nonRepudiation: a QSealC.
    assertThat(parsed.getKeyUsage()).startsWith(true, true, false);
    assertThat(parsed.getBasicConstraints()).isEqualTo(-1);
    assertThat(seal.privateKeyPem()).startsWith("-----BEGIN PRIVATE KEY-----");
    assertThat(seal.toString()).doesNotContain(seal.privateKeyPem().substring(40, 80));
  }

  @Test
  void validityKeyUsageAndNcaAreSettable() {
    Instant from = Instant.now().minus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    Instant until = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    X509Certificate cert =
        Psd2TestCertificate.builder()
            .organization("Bank")
            .organizationIdentifier("PSDBE-NBB-0123456789")
            .country("BE")
            .roles(Psd2Role.PSP_AS)
            .nca("National Bank of Belgium", "BE-NBB")
            .keyUsage(Psd2TestCertificate.KeyUse.KEY_ENCIPHERMENT)
            .validity(from, until)
            .build()
            .certificate();

    assertThat(cert.getNotBefore().toInstant()).isEqualTo(from);
    assertThat(cert.getNotAfter().toInstant()).isEqualTo(until);
    assertThat(cert.getKeyUsage()).startsWith(false, false, true);
    Psd2Attributes psd2 = QcStatements.psd2Attributes(cert).orElseThrow();
    assertThat(psd2.roles()).containsExactly(Psd2Role.PSP_AS);
    assertThat(psd2.ncaId()).isEqualTo("BE-NBB");
  }

  @Test
  void withoutRolesThereIsNoQcStatement() {
    X509Certificate cert =
        Psd2TestCertificate.builder()
            .organization("TPP")
            .organizationIdentifier("PSDGB-FCA-1")
            .build()
            .certificate();

    assertThat(QcStatements.psd2Attributes(cert)).isEmpty();
    assertThat(QcStatements.organizationIdentifier(cert)).contains("PSDGB-FCA-1");
  }

  @Test
  void everyMissingSettingIsNamedAtOnce() {
    assertThatThrownBy(
            () ->
                Psd2TestCertificate.builder()
                    .country("GBR")
                    .keyUsage()
                    .validity(Instant.now(), Instant.now().minusSeconds(1))
                    .build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.getMessage())
                    .contains(
                        "organization",
                        "organizationIdentifier",
                        "country",
                        "keyUsage",
                        "validity"));
  }
}
