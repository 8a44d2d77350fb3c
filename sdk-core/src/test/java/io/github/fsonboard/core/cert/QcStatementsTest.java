package io.github.fsonboard.core.cert;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fsonboard.harness.TestPki;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QcStatementsTest {
  private static final TestPki.Issued ROOT = TestPki.spec("QTSP Root").ca().issue();

  @Test
  void extractsRolesNcaAndOrganizationIdentifier() {
    TestPki.Issued eidas =
        TestPki.spec("TPP Ltd")
            .issuer(ROOT)
            .orgId("PSDGB-FCA-123456")
            .psd2Role(Psd2Role.PSP_AI.oid(), Psd2Role.PSP_AI.name())
            .psd2Role(Psd2Role.PSP_PI.oid(), Psd2Role.PSP_PI.name())
            .psd2("Financial Conduct Authority", "GB-FCA")
            .issue();
    Psd2Attributes attrs = QcStatements.psd2Attributes(eidas.certificate()).orElseThrow();
    assertThat(attrs.roles()).containsExactlyInAnyOrder(Psd2Role.PSP_AI, Psd2Role.PSP_PI);
    assertThat(attrs.ncaName()).isEqualTo("Financial Conduct Authority");
    assertThat(attrs.ncaId()).isEqualTo("GB-FCA");
    assertThat(attrs.organizationIdentifier()).isEqualTo("PSDGB-FCA-123456");
  }

  @Test
  void emptyWhenNoQcStatementOrNoOrgId() {
    TestPki.Issued plain = TestPki.spec("Plain").issuer(ROOT).issue();
    assertThat(QcStatements.psd2Attributes(plain.certificate())).isEmpty();
    assertThat(QcStatements.organizationIdentifier(plain.certificate())).isEmpty();
  }

  @Test
  void roleLookupByOid() {
    assertThat(Psd2Role.fromOid("0.4.0.19495.1.4")).contains(Psd2Role.PSP_IC);
    assertThat(Psd2Role.fromOid("1.2.3")).isEmpty();
    assertThat(Psd2Role.PSP_AS.oid()).isEqualTo("0.4.0.19495.1.1");
    assertThat(Psd2Role.fromSoftwareRole("aisp")).contains(Psd2Role.PSP_AI);
    assertThat(Psd2Role.fromSoftwareRole("PISP")).contains(Psd2Role.PSP_PI);
    assertThat(Psd2Role.fromSoftwareRole("CBPII")).contains(Psd2Role.PSP_IC);
    assertThat(Psd2Role.fromSoftwareRole("ASPSP")).contains(Psd2Role.PSP_AS);
    assertThat(Psd2Role.fromSoftwareRole("TPP")).isEmpty();
  }

  @Test
  void malformedPsd2StatementIsAValidationErrorAndAFailedCheck() throws Exception {
    org.bouncycastle.asn1.x509.qualified.QCStatement broken =
        new org.bouncycastle.asn1.x509.qualified.QCStatement(
            new org.bouncycastle.asn1.ASN1ObjectIdentifier(QcStatements.PSD2_STATEMENT_OID),
            new org.bouncycastle.asn1.DERUTF8String("not a sequence"));
    java.security.cert.X509Certificate cert =
        TestPki.spec("broken")
            .issuer(ROOT)
            .extension(
                org.bouncycastle.asn1.x509.Extension.qCStatements,
                new org.bouncycastle.asn1.DERSequence(broken))
            .issue()
            .certificate();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> QcStatements.psd2Attributes(cert))
        .isInstanceOf(io.github.fsonboard.core.error.ValidationException.class)
        .hasMessageContaining("qcStatements");
    CertificateValidationResult r =
        CertificateValidator.builder()
            .trustAnchors(java.util.List.of(ROOT.certificate()))
            .clock(java.time.Clock.fixed(TestPki.NOW, java.time.ZoneOffset.UTC))
            .requiredRoles(Set.of(Psd2Role.PSP_AI))
            .build()
            .validate(cert);
    assertThat(r.status(CheckName.PSD2_ROLES)).isEqualTo(CheckStatus.FAIL);
    assertThat(r.status(CheckName.CHAIN)).isEqualTo(CheckStatus.PASS);
  }
}
