package io.github.fsonboard.core.cert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.Base64URL;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.error.Violation;
import io.github.fsonboard.core.http.KeyStrengthPolicy;
import io.github.fsonboard.harness.TestPki;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;

class CertificateValidatorTest {
  private static final Clock CLOCK = Clock.fixed(TestPki.NOW, ZoneOffset.UTC);
  private static final TestPki.Issued ROOT = TestPki.spec("Test Root CA").ca().issue();
  private static final TestPki.Issued INTERMEDIATE =
      TestPki.spec("Test Issuing CA").issuer(ROOT).ca().issue();
  private static final TestPki.Issued LEAF =
      TestPki.spec("tpp-signing")
          .issuer(INTERMEDIATE)
          .keyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation)
          .orgId("PSDGB-FCA-123456")
          .psd2Role(Psd2Role.PSP_AI.oid(), Psd2Role.PSP_AI.name())
          .psd2Role(Psd2Role.PSP_PI.oid(), Psd2Role.PSP_PI.name())
          .psd2("Financial Conduct Authority", "GB-FCA")
          .issue();

  private static CertificateValidator.Builder base() {
    return CertificateValidator.builder()
        .trustAnchors(List.of(ROOT.certificate()))
        .intermediates(List.of(INTERMEDIATE.certificate()))
        .clock(CLOCK);
  }

  @Test
  void everyConfiguredCheckPassesForAGoodCertificate() throws Exception {
    JWK jwk = JWK.parse(LEAF.certificate());
    CertificateValidationResult r =
        base()
            .purpose(CertificatePurpose.SIGNING)
            .requiredRoles(Set.of(Psd2Role.PSP_AI))
            .expectedJwks(new JWKSet(jwk))
            .build()
            .validate(LEAF.certificate());
    assertThat(r.valid()).as(r.checks().toString()).isTrue();
    assertThat(r.checks()).extracting(CheckResult::check).containsExactly(CheckName.values());
    assertThat(r.status(CheckName.CHAIN)).isEqualTo(CheckStatus.PASS);
    assertThat(r.check(CheckName.CHAIN).orElseThrow().reason()).contains("Test Root CA");
    assertThat(r.status(CheckName.KEY_USAGE)).isEqualTo(CheckStatus.PASS);
    assertThat(r.status(CheckName.KEY_STRENGTH)).isEqualTo(CheckStatus.PASS);
    assertThat(r.status(CheckName.SIGNATURE_ALGORITHM)).isEqualTo(CheckStatus.PASS);
    assertThat(r.status(CheckName.REVOCATION)).isEqualTo(CheckStatus.SKIPPED);
    assertThat(r.status(CheckName.JWKS_MATCH)).isEqualTo(CheckStatus.PASS);
    assertThat(r.status(CheckName.PSD2_ROLES)).isEqualTo(CheckStatus.PASS);
    assertThat(r.psd2().organizationIdentifier()).isEqualTo("PSDGB-FCA-123456");
    assertThat(r.failures()).isEmpty();
  }

  @Test
  void chainFromPemTextWithIntermediateIncludedAndKeyStoreAnchors() throws Exception {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    ks.load(null, null);
    ks.setCertificateEntry("root", ROOT.certificate());
    CertificateValidationResult r =
        CertificateValidator.builder()
            .trustAnchors(ks)
            .clock(CLOCK)
            .build()
            .validate(LEAF.certificatePem() + INTERMEDIATE.certificatePem());
    assertThat(r.valid()).as(r.checks().toString()).isTrue();
    assertThat(r.check(CheckName.CHAIN).orElseThrow().reason()).contains("path of 2");
  }

  @Test
  void unparseableInputIsAFailedParseCheck() {
    CertificateValidationResult r = base().build().validate("garbage");
    assertThat(r.valid()).isFalse();
    assertThat(r.checks()).hasSize(1);
    assertThat(r.status(CheckName.PARSE)).isEqualTo(CheckStatus.FAIL);
    assertThat(r.status(CheckName.CHAIN)).isEqualTo(CheckStatus.SKIPPED);
  }

  @Test
  void expiredAndNotYetValidFailValidityButSkewIsTolerated() {
    TestPki.Issued expired =
        TestPki.spec("old")
            .issuer(INTERMEDIATE)
            .validity(TestPki.NOW.minus(Duration.ofDays(400)), TestPki.NOW.minusSeconds(3600))
            .issue();
    CertificateValidationResult r = base().build().validate(expired.certificate());
    assertThat(r.valid()).isFalse();
    assertThat(r.check(CheckName.VALIDITY).orElseThrow().reason()).startsWith("expired on");
    assertThat(r.status(CheckName.CHAIN)).isEqualTo(CheckStatus.FAIL);

    TestPki.Issued future =
        TestPki.spec("future")
            .issuer(INTERMEDIATE)
            .validity(TestPki.NOW.plus(Duration.ofDays(1)), TestPki.NOW.plus(Duration.ofDays(30)))
            .issue();
    assertThat(
            base().build().validate(future.certificate()).check(CheckName.VALIDITY).orElseThrow())
        .satisfies(c -> assertThat(c.status()).isEqualTo(CheckStatus.FAIL))
        .satisfies(c -> assertThat(c.reason()).startsWith("not yet valid until"));

    TestPki.Issued justExpired =
        TestPki.spec("just expired")
            .issuer(INTERMEDIATE)
            .validity(TestPki.NOW.minus(Duration.ofDays(10)), TestPki.NOW.minusSeconds(30))
            .issue();
    CertificateValidationResult skewed =
        base().clockSkew(Duration.ofMinutes(1)).build().validate(justExpired.certificate());
    assertThat(skewed.valid()).as(skewed.checks().toString()).isTrue();
    assertThat(base().clockSkew(Duration.ZERO).build().validate(justExpired.certificate()).valid())
        .isFalse();
  }

  @Test
  void untrustedIssuerFailsChainAndSkipsRevocationUrls() {
    TestPki.Issued otherRoot = TestPki.spec("Evil Root").ca().issue();
    TestPki.Issued evil =
        TestPki.spec("evil").issuer(otherRoot).ocsp("http://169.254.169.254/ocsp").issue();
    CertificateValidationResult r =
        base().revocation(RevocationMode.OCSP).build().validate(evil.certificate());
    assertThat(r.valid()).isFalse();
    assertThat(r.status(CheckName.CHAIN)).isEqualTo(CheckStatus.FAIL);
    assertThat(r.check(CheckName.REVOCATION).orElseThrow().reason())
        .contains("does not chain to a trust anchor");
    // a self-signed certificate is not trusted just because it is presented with itself
    assertThat(base().build().validate(List.of(otherRoot.certificate())).status(CheckName.CHAIN))
        .isEqualTo(CheckStatus.FAIL);
  }

  @Test
  void keyUsageForSigningAndTlsClient() {
    TestPki.Issued tlsServerOnly =
        TestPki.spec("server")
            .issuer(INTERMEDIATE)
            .keyUsage(KeyUsage.digitalSignature)
            .eku(KeyPurposeId.id_kp_serverAuth)
            .issue();
    CertificateValidationResult tls =
        base().purpose(CertificatePurpose.TLS_CLIENT).build().validate(tlsServerOnly.certificate());
    assertThat(tls.status(CheckName.KEY_USAGE)).isEqualTo(CheckStatus.FAIL);
    assertThat(tls.check(CheckName.KEY_USAGE).orElseThrow().reason()).contains("clientAuth");
    assertThat(
            base()
                .purpose(CertificatePurpose.SIGNING)
                .build()
                .validate(tlsServerOnly.certificate())
                .status(CheckName.KEY_USAGE))
        .isEqualTo(CheckStatus.FAIL);

    TestPki.Issued client =
        TestPki.spec("client")
            .issuer(INTERMEDIATE)
            .keyUsage(KeyUsage.digitalSignature)
            .eku(KeyPurposeId.id_kp_clientAuth)
            .issue();
    assertThat(
            base()
                .purpose(CertificatePurpose.TLS_CLIENT)
                .build()
                .validate(client.certificate())
                .valid())
        .isTrue();

    TestPki.Issued encipherOnly =
        TestPki.spec("enc").issuer(INTERMEDIATE).keyUsage(KeyUsage.keyEncipherment).issue();
    assertThat(base().build().validate(encipherOnly.certificate()).status(CheckName.KEY_USAGE))
        .isEqualTo(CheckStatus.FAIL);
    assertThat(
            base()
                .purpose(CertificatePurpose.TLS_CLIENT)
                .build()
                .validate(encipherOnly.certificate())
                .status(CheckName.KEY_USAGE))
        .isEqualTo(CheckStatus.FAIL);
    assertThat(
            base()
                .purpose(CertificatePurpose.ANY)
                .build()
                .validate(encipherOnly.certificate())
                .status(CheckName.KEY_USAGE))
        .isEqualTo(CheckStatus.SKIPPED);
  }

  @Test
  void weakKeysAndWeakSignaturesFail() {
    TestPki.Issued weakRsa =
        TestPki.spec("weak").issuer(INTERMEDIATE).keys(TestPki.rsaKeys(1024)).issue();
    CertificateValidationResult r = base().build().validate(weakRsa.certificate());
    assertThat(r.status(CheckName.KEY_STRENGTH)).isEqualTo(CheckStatus.FAIL);
    assertThat(r.check(CheckName.KEY_STRENGTH).orElseThrow().reason()).contains("1024 bits");

    TestPki.Issued strongRsa =
        TestPki.spec("strong").issuer(INTERMEDIATE).keys(TestPki.rsaKeys()).issue();
    assertThat(base().build().validate(strongRsa.certificate()).status(CheckName.KEY_STRENGTH))
        .isEqualTo(CheckStatus.PASS);
    assertThat(
            base()
                .keyStrength(new KeyStrengthPolicy(3072, 256))
                .build()
                .validate(strongRsa.certificate())
                .status(CheckName.KEY_STRENGTH))
        .isEqualTo(CheckStatus.FAIL);

    TestPki.Issued smallCurve =
        TestPki.spec("p224").issuer(INTERMEDIATE).keys(TestPki.ecKeys("secp224r1")).issue();
    assertThat(base().build().validate(smallCurve.certificate()).status(CheckName.KEY_STRENGTH))
        .isEqualTo(CheckStatus.FAIL);

    TestPki.Issued rsaCa = TestPki.spec("RSA Root").ca().keys(TestPki.rsaKeys()).issue();
    TestPki.Issued sha1 = TestPki.spec("sha1").issuer(rsaCa).sigAlg("SHA1withRSA").issue();
    CertificateValidationResult s =
        CertificateValidator.builder()
            .trustAnchors(List.of(rsaCa.certificate()))
            .clock(CLOCK)
            .build()
            .validate(sha1.certificate());
    assertThat(s.status(CheckName.SIGNATURE_ALGORITHM)).isEqualTo(CheckStatus.FAIL);
    assertThat(s.check(CheckName.SIGNATURE_ALGORITHM).orElseThrow().reason()).contains("SHA1");
    assertThatThrownBy(() -> new KeyStrengthPolicy(512, 256))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new KeyStrengthPolicy(2048, 160))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void jwksMatchByStandardAndHexThumbprintX5cPublicKeyAndKid() throws Exception {
    TestPki.Issued rsaLeaf =
        TestPki.spec("rsa leaf").issuer(INTERMEDIATE).keys(TestPki.rsaKeys()).issue();
    RSAKey pub = (RSAKey) JWK.parse(rsaLeaf.certificate());
    RSAKey plain = new RSAKey.Builder(pub.toRSAPublicKey()).keyID("k1").build();
    RSAKey std =
        new RSAKey.Builder(plain)
            .x509CertSHA256Thumbprint(new Base64URL(Certificates.x5tS256(rsaLeaf.certificate())))
            .build();
    RSAKey hex =
        new RSAKey.Builder(plain)
            .x509CertSHA256Thumbprint(new Base64URL(Certificates.x5tS256Hex(rsaLeaf.certificate())))
            .build();
    RSAKey x5c =
        new RSAKey.Builder(plain)
            .x509CertChain(List.of(Base64.encode(rsaLeaf.certificate().getEncoded())))
            .build();
    assertThat(Jwks.match(new JWKSet(std), rsaLeaf.certificate()).orElseThrow().matchedBy())
        .isEqualTo(JwkMatch.MatchedBy.X5T_S256);
    assertThat(Jwks.match(new JWKSet(hex), rsaLeaf.certificate()).orElseThrow().matchedBy())
        .isEqualTo(JwkMatch.MatchedBy.X5T_S256_HEX);
    assertThat(Jwks.match(new JWKSet(x5c), rsaLeaf.certificate()).orElseThrow().matchedBy())
        .isEqualTo(JwkMatch.MatchedBy.X5C);
    assertThat(Jwks.match(new JWKSet(plain), rsaLeaf.certificate()).orElseThrow().matchedBy())
        .isEqualTo(JwkMatch.MatchedBy.PUBLIC_KEY);

    CertificateValidationResult ok =
        base()
            .expectedJwks(new JWKSet(hex))
            .expectedKid("k1")
            .build()
            .validate(rsaLeaf.certificate());
    assertThat(ok.check(CheckName.JWKS_MATCH).orElseThrow().reason())
        .isEqualTo("kid \"k1\" matched by X5T_S256_HEX");
    CertificateValidationResult wrongKid =
        base()
            .expectedJwks(new JWKSet(std))
            .expectedKid("k2")
            .build()
            .validate(rsaLeaf.certificate());
    assertThat(wrongKid.status(CheckName.JWKS_MATCH)).isEqualTo(CheckStatus.FAIL);

    // a key that only claims the certificate's thumbprint but holds another key does not match
    RSAKey impostor =
        new RSAKey.Builder(
                (RSAKey)
                    JWK.parse(TestPki.spec("x").keys(TestPki.rsaKeys(2048)).issue().certificate()))
            .x509CertSHA256Thumbprint(new Base64URL(Certificates.x5tS256(rsaLeaf.certificate())))
            .build();
    CertificateValidationResult none =
        base().expectedJwks(new JWKSet(impostor)).build().validate(rsaLeaf.certificate());
    assertThat(none.status(CheckName.JWKS_MATCH)).isEqualTo(CheckStatus.FAIL);
    assertThat(none.valid()).isFalse();
  }

  @Test
  void psd2RolesRequiredButMissingOrAbsent() {
    CertificateValidationResult missing =
        base()
            .requiredRoles(Set.of(Psd2Role.PSP_AS, Psd2Role.PSP_AI))
            .build()
            .validate(LEAF.certificate());
    assertThat(missing.status(CheckName.PSD2_ROLES)).isEqualTo(CheckStatus.FAIL);
    assertThat(missing.check(CheckName.PSD2_ROLES).orElseThrow().reason()).contains("PSP_AS");

    TestPki.Issued noQc = TestPki.spec("noqc").issuer(INTERMEDIATE).issue();
    CertificateValidationResult absent =
        base().requiredRoles(Set.of(Psd2Role.PSP_AI)).build().validate(noQc.certificate());
    assertThat(absent.check(CheckName.PSD2_ROLES).orElseThrow().reason())
        .contains("no PSD2 QC statement");
    assertThat(absent.psd2()).isNull();
  }

  @Test
  void chainCheckCanBeDisabledExplicitlyOnly() {
    assertThatThrownBy(() -> CertificateValidator.builder().build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("trustAnchors");
    CertificateValidationResult r =
        CertificateValidator.builder()
            .withoutChainValidation()
            .clock(CLOCK)
            .build()
            .validate(LEAF.certificate());
    assertThat(r.status(CheckName.CHAIN)).isEqualTo(CheckStatus.SKIPPED);
    assertThat(r.valid()).isTrue();
  }

  @Test
  void builderReportsEveryBadSetting() {
    assertThatThrownBy(
            () ->
                CertificateValidator.builder()
                    .trustAnchorsPem("nope")
                    .intermediates(null)
                    .clockSkew(Duration.ofHours(2))
                    .revocationTimeout(Duration.ZERO)
                    .ocspResponder(java.net.URI.create("file:///etc/passwd"))
                    .expectedKid("k")
                    .requiredRoles(null)
                    .build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .contains(
                        "trustAnchors",
                        "intermediates",
                        "clockSkew",
                        "revocationTimeout",
                        "ocspResponder",
                        "expectedKid",
                        "requiredRoles"));
    assertThatThrownBy(() -> base().build().validate(List.of()))
        .isInstanceOf(ValidationException.class);
  }
}
