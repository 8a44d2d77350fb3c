package io.github.fsonboard.core.cert;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fsonboard.harness.TestPki;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The validator's remarks (WARN) and its plain-words validity reasons, on generated certificates.
 */
class Psd2RemarksTest {
  private static final TestPki.Issued ROOT = TestPki.spec("QTSP Root").ca().issue();
  private static final Clock CLOCK = Clock.fixed(TestPki.NOW, ZoneOffset.UTC);

  private static CertificateValidationResult validate(TestPki.Issued cert) {
    return CertificateValidator.builder()
        .trustAnchors(List.of(ROOT.certificate()))
        .clock(CLOCK)
        .requiredRoles(Set.of(Psd2Role.PSP_AI))
        .build()
        .validate(cert.certificate());
  }

  private static TestPki.Spec psd2(String orgId, String ncaId) {
    return TestPki.spec("TPP Ltd")
        .issuer(ROOT)
        .orgId(orgId)
        .psd2Role(Psd2Role.PSP_AI.oid(), Psd2Role.PSP_AI.name())
        .psd2("Some Authority", ncaId);
  }

  @Test
  void consistentCertificateHasNoRemarks() {
    CertificateValidationResult r = validate(psd2("PSDGB-FCA-123456", "GB-FCA").issue());
    assertThat(r.valid()).isTrue();
    assertThat(r.warnings()).isEmpty();
    assertThat(r.status(CheckName.PSD2_NCA)).isEqualTo(CheckStatus.PASS);
    assertThat(r.status(CheckName.PSD2_ROLE_NAMES)).isEqualTo(CheckStatus.PASS);
  }

  @Test
  void ncaThatDiffersFromTheOrganisationIdentifierIsAWarningNotAFailure() {
    CertificateValidationResult r = validate(psd2("PSDLU-CSSF-123456", "GB-FCA").issue());
    assertThat(r.valid()).isTrue();
    assertThat(r.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w.check()).isEqualTo(CheckName.PSD2_NCA))
        .satisfies(w -> assertThat(w.reason()).contains("\"GB-FCA\"", "\"LU-CSSF\""));
  }

  @Test
  void organisationIdentifierOutsideThePsdFormOrMissingIsARemark() {
    assertThat(validate(psd2("VATGB-123456", "GB-FCA").issue()).check(CheckName.PSD2_NCA))
        .hasValueSatisfying(c -> assertThat(c.status()).isEqualTo(CheckStatus.WARN))
        .hasValueSatisfying(c -> assertThat(c.reason()).contains("PSD form"));
    TestPki.Issued noOrgId =
        TestPki.spec("TPP Ltd")
            .issuer(ROOT)
            .psd2Role(Psd2Role.PSP_AI.oid(), Psd2Role.PSP_AI.name())
            .psd2("FCA", "GB-FCA")
            .issue();
    assertThat(validate(noOrgId).check(CheckName.PSD2_NCA))
        .hasValueSatisfying(c -> assertThat(c.status()).isEqualTo(CheckStatus.WARN))
        .hasValueSatisfying(c -> assertThat(c.reason()).contains("no organizationIdentifier"));
  }

  @Test
  void roleNamedOtherwiseThanItsOidIsAWarningAndTheNamesAreExposed() {
    TestPki.Issued cert =
        psd2("PSDGB-FCA-123456", "GB-FCA")
            .psd2Role(Psd2Role.PSP_AI.oid(), "Account Information")
            .psd2Role("0.4.0.19495.1.9", "PSP_XX")
            .issue();
    CertificateValidationResult r = validate(cert);
    assertThat(r.valid()).isTrue();
    assertThat(r.status(CheckName.PSD2_ROLES)).isEqualTo(CheckStatus.PASS);
    assertThat(r.check(CheckName.PSD2_ROLE_NAMES))
        .hasValueSatisfying(c -> assertThat(c.status()).isEqualTo(CheckStatus.WARN))
        .hasValueSatisfying(
            c ->
                assertThat(c.reason())
                    .contains("\"Account Information\"", "PSP_AI", "0.4.0.19495.1.9"));
    assertThat(r.psd2().declaredRoles())
        .containsExactly(
            new Psd2Attributes.DeclaredRole("0.4.0.19495.1.3", "Account Information"),
            new Psd2Attributes.DeclaredRole("0.4.0.19495.1.9", "PSP_XX"));
    assertThat(r.psd2().roles()).containsExactly(Psd2Role.PSP_AI);
  }

  @Test
  void qcTypeAndQcComplianceAreExposed() {
    TestPki.Issued qwac =
        psd2("PSDGB-FCA-123456", "GB-FCA")
            .qcCompliance()
            .qcTypes(QcType.WEB.oid(), "0.4.0.1862.1.6.99")
            .issue();
    Psd2Attributes a = QcStatements.psd2Attributes(qwac.certificate()).orElseThrow();
    assertThat(a.qcCompliance()).isTrue();
    assertThat(a.qcTypes()).containsExactly(QcType.WEB);
    assertThat(a.isQwac()).isTrue();
    assertThat(a.isQsealc()).isFalse();

    TestPki.Issued qseal = psd2("PSDGB-FCA-1", "GB-FCA").qcTypes(QcType.ESEAL.oid()).issue();
    Psd2Attributes s = QcStatements.psd2Attributes(qseal.certificate()).orElseThrow();
    assertThat(s.qcCompliance()).isFalse();
    assertThat(s.isQsealc()).isTrue();

    Psd2Attributes bare =
        QcStatements.psd2Attributes(psd2("PSDGB-FCA-1", "GB-FCA").issue().certificate())
            .orElseThrow();
    assertThat(bare.qcTypes()).isEmpty();
    assertThat(bare.qcCompliance()).isFalse();
  }

  @Test
  void withoutAPsd2StatementTheRemarksAreSkipped() {
    CertificateValidationResult r =
        CertificateValidator.builder()
            .trustAnchors(List.of(ROOT.certificate()))
            .clock(CLOCK)
            .build()
            .validate(TestPki.spec("plain").issuer(ROOT).issue().certificate());
    assertThat(r.status(CheckName.PSD2_NCA)).isEqualTo(CheckStatus.SKIPPED);
    assertThat(r.status(CheckName.PSD2_ROLE_NAMES)).isEqualTo(CheckStatus.SKIPPED);
  }

  @Test
  void expiredAndNotYetValidAreSaidPlainlyOnValidityAndChain() {
    TestPki.Issued expired =
        psd2("PSDGB-FCA-1", "GB-FCA")
            .validity(
                TestPki.NOW.minus(Duration.ofDays(400)), TestPki.NOW.minus(Duration.ofDays(2)))
            .issue();
    CertificateValidationResult r = validate(expired);
    String on = "expired on " + expired.certificate().getNotAfter().toInstant();
    assertThat(r.check(CheckName.VALIDITY).orElseThrow().reason()).isEqualTo(on);
    assertThat(r.check(CheckName.CHAIN).orElseThrow().reason())
        .isEqualTo("no trusted path: the certificate " + on);

    TestPki.Issued future =
        psd2("PSDGB-FCA-1", "GB-FCA")
            .validity(TestPki.NOW.plus(Duration.ofDays(2)), TestPki.NOW.plus(Duration.ofDays(30)))
            .issue();
    CertificateValidationResult f = validate(future);
    String until = "not yet valid until " + future.certificate().getNotBefore().toInstant();
    assertThat(f.check(CheckName.VALIDITY).orElseThrow().reason()).isEqualTo(until);
    assertThat(f.check(CheckName.CHAIN).orElseThrow().reason()).endsWith(until);
  }

  @Test
  void expiredIssuerIsNamedAsTheReasonTheChainFails() {
    TestPki.Issued oldCa =
        TestPki.spec("Old Issuing CA")
            .ca()
            .issuer(ROOT)
            .validity(
                TestPki.NOW.minus(Duration.ofDays(400)), TestPki.NOW.minus(Duration.ofDays(1)))
            .issue();
    TestPki.Issued leaf = TestPki.spec("leaf").issuer(oldCa).issue();
    CertificateValidationResult r =
        CertificateValidator.builder()
            .trustAnchors(List.of(ROOT.certificate()))
            .intermediates(List.of(oldCa.certificate()))
            .clock(CLOCK)
            .build()
            .validate(leaf.certificate());
    assertThat(r.status(CheckName.VALIDITY)).isEqualTo(CheckStatus.PASS);
    assertThat(r.check(CheckName.CHAIN).orElseThrow().reason())
        .contains("issuer CN=Old Issuing CA expired on");
  }
}
