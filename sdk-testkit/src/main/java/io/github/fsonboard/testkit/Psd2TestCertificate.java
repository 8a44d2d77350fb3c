package io.github.fsonboard.testkit;

import io.github.fsonboard.core.cert.Psd2Role;
import io.github.fsonboard.core.cert.QcStatements;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.testkit.internal.KeyMaterial;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.qualified.QCStatement;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A self-signed PSD2 test certificate (eIDAS QSealC or QWAC shape) with its private key, made at
 * run time so that tests never check in key material that expires. The subject carries the
 * organisation and its {@code organizationIdentifier} (OID 2.5.4.97, e.g. {@code
 * PSDGB-FCA-123456}); the ETSI TS 119 495 QC statement carries the PSD2 roles and the competent
 * authority (NCA). Only for tests and demos: no CA vouches for it.
 *
 * <pre>{@code
 * Psd2TestCertificate seal =
 *     Psd2TestCertificate.builder()
 *         .organization("Example TPP Ltd")
 *         .organizationIdentifier("PSDGB-FCA-123456")
 *         .roles(Psd2Role.PSP_AI, Psd2Role.PSP_PI)
 *         .build();
 * String spCertificate = seal.certificatePem();
 * }</pre>
 *
 * @param certificate the certificate
 * @param privateKey its RSA private key
 */
public record Psd2TestCertificate(X509Certificate certificate, PrivateKey privateKey) {

  /** Key usages a PSD2 certificate may carry. */
  public enum KeyUse {
    /** Signing, e.g. a request object or software statement (QSealC). */
    DIGITAL_SIGNATURE(KeyUsage.digitalSignature),
    /** Non-repudiation (content commitment), set on a QSealC. */
    NON_REPUDIATION(KeyUsage.nonRepudiation),
    /** Key encipherment, set on a QWAC used for TLS with RSA key exchange. */
    KEY_ENCIPHERMENT(KeyUsage.keyEncipherment);

    private final int bit;

    KeyUse(int bit) {
      this.bit = bit;
    }
  }

  /**
   * Returns a builder; the organisation and its identifier are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the certificate as PEM.
   *
   * @return one {@code CERTIFICATE} block
   */
  public String certificatePem() {
    return KeyMaterial.pem(certificate);
  }

  /**
   * Returns the private key as PKCS#8 PEM.
   *
   * @return one {@code PRIVATE KEY} block
   */
  public String privateKeyPem() {
    return KeyMaterial.privateKeyPem(privateKey);
  }

  @Override
  public String toString() {
    return "Psd2TestCertificate[" + certificate.getSubjectX500Principal().getName() + "]";
  }

  /** Builds a {@link Psd2TestCertificate}; not thread-safe. */
  public static final class Builder {
    private String organization;
    private String organizationIdentifier;
    private String country = "GB";
    private Set<Psd2Role> roles = EnumSet.noneOf(Psd2Role.class);
    private String ncaName = "Financial Conduct Authority";
    private String ncaId = "GB-FCA";
    private Set<KeyUse> keyUses = EnumSet.of(KeyUse.DIGITAL_SIGNATURE, KeyUse.NON_REPUDIATION);
    private Instant notBefore;
    private Instant notAfter;

    private Builder() {}

    /**
     * Sets the organisation: the subject's O, and its CN with " signing" appended.
     *
     * @param organization e.g. {@code Example TPP Ltd}
     * @return this builder
     */
    public Builder organization(String organization) {
      this.organization = organization;
      return this;
    }

    /**
     * Sets the subject's {@code organizationIdentifier} (OID 2.5.4.97).
     *
     * @param organizationIdentifier the PSD2 authorisation number, e.g. {@code PSDGB-FCA-123456}
     * @return this builder
     */
    public Builder organizationIdentifier(String organizationIdentifier) {
      this.organizationIdentifier = organizationIdentifier;
      return this;
    }

    /**
     * Sets the subject's country; default {@code GB}.
     *
     * @param country a two-letter ISO 3166 code
     * @return this builder
     */
    public Builder country(String country) {
      this.country = country;
      return this;
    }

    /**
     * Sets the PSD2 roles of the QC statement; with none (the default) the certificate has no QC
     * statement.
     *
     * @param roles e.g. {@code PSP_AI, PSP_PI}
     * @return this builder
     */
    public Builder roles(Psd2Role... roles) {
      this.roles =
          roles.length == 0 ? EnumSet.noneOf(Psd2Role.class) : EnumSet.copyOf(List.of(roles));
      return this;
    }

    /**
     * Sets the competent authority named in the QC statement; default {@code Financial Conduct
     * Authority}, {@code GB-FCA}.
     *
     * @param name the NCA's name
     * @param id the NCA's identifier, e.g. {@code GB-FCA}
     * @return this builder
     */
    public Builder nca(String name, String id) {
      this.ncaName = name;
      this.ncaId = id;
      return this;
    }

    /**
     * Sets the key usages; default digital signature and non-repudiation (a QSealC).
     *
     * @param uses at least one
     * @return this builder
     */
    public Builder keyUsage(KeyUse... uses) {
      this.keyUses =
          uses.length == 0 ? EnumSet.noneOf(KeyUse.class) : EnumSet.copyOf(List.of(uses));
      return this;
    }

    /**
     * Sets the validity; default from five minutes ago (clock skew) for one year.
     *
     * @param notBefore the first instant it is valid
     * @param notAfter the last instant it is valid; an instant in the past makes an expired one
     * @return this builder
     */
    public Builder validity(Instant notBefore, Instant notAfter) {
      this.notBefore = notBefore;
      this.notAfter = notAfter;
      return this;
    }

    /**
     * Sets the validity from five minutes ago for {@code duration}.
     *
     * @param duration how long it is valid
     * @return this builder
     */
    public Builder validFor(Duration duration) {
      Instant now = Instant.now();
      return validity(now.minus(Duration.ofMinutes(5)), now.plus(duration));
    }

    /**
     * Makes a new key pair and the certificate.
     *
     * @return the certificate and its key
     * @throws io.github.fsonboard.core.error.ValidationException naming every missing or bad
     *     setting
     */
    public Psd2TestCertificate build() {
      Validation v = new Validation();
      v.require(organization != null && !organization.isBlank(), "organization", "is required");
      v.require(
          organizationIdentifier != null && !organizationIdentifier.isBlank(),
          "organizationIdentifier",
          "is required");
      v.require(country != null && country.length() == 2, "country", "must be two letters");
      v.require(!keyUses.isEmpty(), "keyUsage", "needs at least one usage");
      v.require(
          roles.isEmpty() || (ncaName != null && ncaId != null), "nca", "name and id are required");
      v.require(
          notBefore == null || (notAfter != null && notAfter.isAfter(notBefore)),
          "validity",
          "notAfter must be after notBefore");
      v.throwIfInvalid();
      if (notBefore == null) {
        validFor(Duration.ofDays(365));
      }
      try {
        KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
        gen.initialize(2048);
        KeyPair keys = gen.generateKeyPair();
        var subject =
            new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.CN, organization + " signing")
                .addRDN(BCStyle.O, organization)
                .addRDN(BCStyle.ORGANIZATION_IDENTIFIER, organizationIdentifier)
                .addRDN(BCStyle.C, country)
                .build();
        var builder =
            new JcaX509v3CertificateBuilder(
                subject,
                new BigInteger(64, new SecureRandom()),
                Date.from(notBefore),
                Date.from(notAfter),
                subject,
                keys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        int bits = 0;
        for (KeyUse use : keyUses) {
          bits |= use.bit;
        }
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(bits));
        if (!roles.isEmpty()) {
          builder.addExtension(Extension.qCStatements, false, psd2Statement());
        }
        X509Certificate cert =
            new JcaX509CertificateConverter()
                .getCertificate(
                    builder.build(
                        new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
        return new Psd2TestCertificate(cert, keys.getPrivate());
      } catch (Exception e) {
        throw new IllegalStateException("Cannot create the PSD2 test certificate", e);
      }
    }

    /** ETSI TS 119 495 §5.1: PSD2QcType ::= SEQUENCE { rolesOfPSP, nCAName, nCAId }. */
    private DERSequence psd2Statement() {
      ASN1EncodableVector roleVector = new ASN1EncodableVector();
      for (Psd2Role role : roles) {
        roleVector.add(
            new DERSequence(
                new ASN1Encodable[] {
                  new ASN1ObjectIdentifier(role.oid()), new DERUTF8String(role.name())
                }));
      }
      DERSequence psd2 =
          new DERSequence(
              new ASN1Encodable[] {
                new DERSequence(roleVector), new DERUTF8String(ncaName), new DERUTF8String(ncaId)
              });
      return new DERSequence(
          new QCStatement(new ASN1ObjectIdentifier(QcStatements.PSD2_STATEMENT_OID), psd2));
    }
  }
}
