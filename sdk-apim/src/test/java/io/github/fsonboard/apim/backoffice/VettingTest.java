package io.github.fsonboard.apim.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.apim.admin.WorkflowTask;
import io.github.fsonboard.core.cert.Psd2Role;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.testkit.Psd2TestCertificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Vetting decisions on generated PSD2 certificates, one per reason. */
class VettingTest {
  private static final String AIS = "AccountandTransactionAPI";
  private static final String PIS = "PaymentInitiationAPI";

  private static Psd2TestCertificate cert(String ncaId, Psd2Role... roles) {
    return Psd2TestCertificate.builder()
        .organization("Example TPP Ltd")
        .organizationIdentifier("PSD" + ncaId + "-123456")
        .nca("Authority", ncaId)
        .roles(roles)
        .build();
  }

  private static VettingPolicy policy(Psd2TestCertificate anchor) {
    return VettingPolicy.builder()
        .api(AIS, Psd2Role.PSP_AI)
        .api(PIS, Psd2Role.PSP_PI)
        .acceptedNcas("GB-FCA")
        .trustAnchors(List.of(anchor.certificate()))
        .build();
  }

  private static WorkflowTask subscription(String api) {
    return WorkflowTask.of(
        "ref-1",
        "SUBSCRIPTION_CREATION",
        "CREATED",
        "2026-12-03 10:00:00.0",
        "Approve API",
        Map.of(
            "apiName", api, "apiVersion", "3.1.11", "subscriber", "tpp", "applicationName", "App"));
  }

  private static Evidence evidence(Psd2TestCertificate c) {
    return new Evidence(c.certificatePem(), null, Map.of(), "test");
  }

  @Test
  void aTrustedCertificateWithTheRolesTheApiNeedsIsApproved() {
    Psd2TestCertificate c = cert("GB-FCA", Psd2Role.PSP_AI);

    VettingDecision d = Vetting.of(policy(c)).evaluate(subscription(AIS), evidence(c));

    assertThat(d.verdict()).isEqualTo(Verdict.APPROVE);
    assertThat(d.reasons()).contains("NCA GB-FCA accepted", "roles [AISP] cover API " + AIS);
  }

  @Test
  void aMissingRoleAndAForeignNcaRejectWithBothReasons() {
    Psd2TestCertificate c = cert("LU-CSSF", Psd2Role.PSP_AI);

    VettingDecision d = Vetting.of(policy(c)).evaluate(subscription(PIS), evidence(c));

    assertThat(d.verdict()).isEqualTo(Verdict.REJECT);
    assertThat(d.reasons())
        .containsExactly(
            "the certificate's NCA LU-CSSF is not accepted (accepted: [GB-FCA])",
            "API " + PIS + " needs the PSD2 role(s) [PISP]; the certificate grants [AISP]");
    assertThat(d.comment()).contains("LU-CSSF", "PISP");
  }

  @Test
  void anExpiredOrUntrustedCertificateIsRejectedByItsFailedCheck() {
    Psd2TestCertificate expired =
        Psd2TestCertificate.builder()
            .organization("Old TPP Ltd")
            .organizationIdentifier("PSDGB-FCA-654321")
            .nca("Financial Conduct Authority", "GB-FCA")
            .roles(Psd2Role.PSP_AI)
            .validity(
                Instant.now().minus(Duration.ofDays(30)), Instant.now().minus(Duration.ofDays(1)))
            .build();
    Psd2TestCertificate other = cert("GB-FCA", Psd2Role.PSP_AI);

    VettingDecision old =
        Vetting.of(policy(expired)).evaluate(subscription(AIS), evidence(expired));
    VettingDecision untrusted =
        Vetting.of(policy(other))
            .evaluate(subscription(AIS), evidence(cert("GB-FCA", Psd2Role.PSP_AI)));

    assertThat(old.verdict()).isEqualTo(Verdict.REJECT);
    assertThat(old.reasons()).anyMatch(r -> r.startsWith("certificate VALIDITY"));
    assertThat(untrusted.verdict()).isEqualTo(Verdict.REJECT);
    assertThat(untrusted.reasons()).anyMatch(r -> r.startsWith("certificate CHAIN"));
  }

  @Test
  void noCertificateAnUnnamedApiOrAMissingClaimIsReferred() {
    Psd2TestCertificate c = cert("GB-FCA", Psd2Role.PSP_AI);
    VettingPolicy claims =
        VettingPolicy.builder()
            .api(AIS, Psd2Role.PSP_AI)
            .trustAnchors(List.of(c.certificate()))
            .requiredClaims("organization")
            .build();

    VettingDecision none =
        Vetting.of(policy(c))
            .evaluate(subscription(AIS), new Evidence(null, null, Map.of(), "IS application"));
    VettingDecision unnamed = Vetting.of(policy(c)).evaluate(subscription("CoFAPI"), evidence(c));
    VettingDecision claim = Vetting.of(claims).evaluate(subscription(AIS), evidence(c));

    assertThat(none.verdict()).isEqualTo(Verdict.REFER);
    assertThat(none.reasons())
        .containsExactly("no application certificate was found (IS application)");
    assertThat(unnamed.verdict()).isEqualTo(Verdict.REFER);
    assertThat(unnamed.reasons()).containsExactly("the policy names no roles for API CoFAPI");
    assertThat(claim.verdict()).isEqualTo(Verdict.REFER);
    assertThat(claim.reasons()).containsExactly("the TPP user has no organization claim");
  }

  @Test
  void aPolicyWithoutItsSettingsIsRefusedNamingEachField() {
    assertThatThrownBy(
            () -> VettingPolicy.builder().revocation(null).purpose(null).keyStrength(null).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("revocation")
        .hasMessageContaining("purpose")
        .hasMessageContaining("keyStrength");
  }
}
