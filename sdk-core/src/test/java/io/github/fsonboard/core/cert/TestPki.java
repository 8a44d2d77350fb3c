package io.github.fsonboard.core.cert;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.qualified.QCStatement;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Builds keys and certificates at run time for the tests. */
final class TestPki {
  static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
  private static final AtomicLong SERIAL = new AtomicLong(1000);
  private static KeyPair rsa2048;
  private static KeyPair rsa1024;

  private TestPki() {}

  static synchronized KeyPair rsa2048() {
    if (rsa2048 == null) {
      rsa2048 = rsa(2048);
    }
    return rsa2048;
  }

  static synchronized KeyPair rsa1024() {
    if (rsa1024 == null) {
      rsa1024 = rsa(1024);
    }
    return rsa1024;
  }

  static KeyPair rsa(int bits) {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(bits, new SecureRandom());
      return g.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static KeyPair ec(String curve) {
    try {
      // BouncyCastle also offers curves the JDK dropped (P-224), for weak-key tests.
      KeyPairGenerator g =
          KeyPairGenerator.getInstance(
              "EC", new org.bouncycastle.jce.provider.BouncyCastleProvider());
      g.initialize(new ECGenParameterSpec(curve));
      return g.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static KeyPair ec() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
      g.initialize(new ECGenParameterSpec("secp256r1"));
      return g.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A certificate together with its private key. */
  record Issued(X509Certificate cert, PrivateKey key) {
    String pem() {
      return TestPki.pem(cert);
    }
  }

  static String pem(X509Certificate cert) {
    try {
      return "-----BEGIN CERTIFICATE-----\n"
          + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(cert.getEncoded())
          + "\n-----END CERTIFICATE-----\n";
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static Spec spec(String cn) {
    return new Spec(cn);
  }

  static Issued rootCa(String cn) {
    return spec(cn).ca().keyPair(ec()).issue();
  }

  /** Fluent certificate description. */
  static final class Spec {
    private final String cn;
    private Issued issuer;
    private KeyPair keyPair;
    private Instant notBefore = NOW.minus(Duration.ofDays(30));
    private Instant notAfter = NOW.plus(Duration.ofDays(365));
    private boolean ca;
    private Integer keyUsage;
    private final List<KeyPurposeId> eku = new ArrayList<>();
    private String sigAlg;
    private String ocspUrl;
    private String crlUrl;
    private Set<Psd2Role> roles;
    private String ncaName;
    private String ncaId;
    private String orgId;
    private final java.util.Map<Psd2Role, String> roleNames =
        new java.util.EnumMap<>(Psd2Role.class);
    private final List<String> extraRoleOids = new ArrayList<>();
    private final List<String> qcTypeOids = new ArrayList<>();
    private boolean qcCompliance;
    private BigInteger serial;
    private ASN1ObjectIdentifier extraOid;
    private org.bouncycastle.asn1.ASN1Encodable extraValue;

    private Spec(String cn) {
      this.cn = cn;
    }

    Spec issuer(Issued issuer) {
      this.issuer = issuer;
      return this;
    }

    Spec keyPair(KeyPair kp) {
      this.keyPair = kp;
      return this;
    }

    Spec validity(Instant from, Instant to) {
      this.notBefore = from;
      this.notAfter = to;
      return this;
    }

    Spec ca() {
      this.ca = true;
      this.keyUsage = KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature;
      return this;
    }

    Spec keyUsage(int ku) {
      this.keyUsage = ku;
      return this;
    }

    Spec eku(KeyPurposeId... ids) {
      eku.addAll(List.of(ids));
      return this;
    }

    Spec sigAlg(String alg) {
      this.sigAlg = alg;
      return this;
    }

    Spec ocsp(String url) {
      this.ocspUrl = url;
      return this;
    }

    Spec crl(String url) {
      this.crlUrl = url;
      return this;
    }

    Spec psd2(Set<Psd2Role> roles, String ncaName, String ncaId) {
      this.roles = roles;
      this.ncaName = ncaName;
      this.ncaId = ncaId;
      return this;
    }

    /** Writes {@code name} instead of the ETSI name beside the role's OID. */
    Spec roleName(Psd2Role role, String name) {
      roleNames.put(role, name);
      return this;
    }

    /** Adds a role with an OID outside ETSI TS 119 495. */
    Spec extraRole(String oid) {
      extraRoleOids.add(oid);
      return this;
    }

    /** Adds a QcType statement with these type OIDs (0.4.0.1862.1.6.x). */
    Spec qcTypes(String... oids) {
      qcTypeOids.addAll(List.of(oids));
      return this;
    }

    /** Adds the QcCompliance statement. */
    Spec qcCompliance() {
      this.qcCompliance = true;
      return this;
    }

    Spec orgId(String orgId) {
      this.orgId = orgId;
      return this;
    }

    Spec extension(ASN1ObjectIdentifier oid, org.bouncycastle.asn1.ASN1Encodable value) {
      this.extraOid = oid;
      this.extraValue = value;
      return this;
    }

    Spec serial(long serial) {
      this.serial = BigInteger.valueOf(serial);
      return this;
    }

    Issued issue() {
      try {
        KeyPair kp = keyPair != null ? keyPair : ec();
        X500NameBuilder nb = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, cn);
        if (orgId != null) {
          nb.addRDN(BCStyle.ORGANIZATION_IDENTIFIER, orgId);
        }
        X500Name subject = nb.build();
        X500Name issuerName =
            issuer == null
                ? subject
                : X500Name.getInstance(issuer.cert().getSubjectX500Principal().getEncoded());
        PrivateKey signingKey = issuer == null ? kp.getPrivate() : issuer.key();
        X509v3CertificateBuilder b =
            new JcaX509v3CertificateBuilder(
                issuerName,
                serial != null ? serial : BigInteger.valueOf(SERIAL.incrementAndGet()),
                Date.from(notBefore),
                Date.from(notAfter),
                subject,
                kp.getPublic());
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        if (keyUsage != null) {
          b.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
        }
        if (!eku.isEmpty()) {
          b.addExtension(
              Extension.extendedKeyUsage,
              false,
              new ExtendedKeyUsage(eku.toArray(new KeyPurposeId[0])));
        }
        if (ocspUrl != null) {
          b.addExtension(
              Extension.authorityInfoAccess,
              false,
              new AuthorityInformationAccess(
                  AccessDescription.id_ad_ocsp,
                  new GeneralName(GeneralName.uniformResourceIdentifier, ocspUrl)));
        }
        if (crlUrl != null) {
          DistributionPointName dpn =
              new DistributionPointName(
                  new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, crlUrl)));
          b.addExtension(
              Extension.cRLDistributionPoints,
              false,
              new CRLDistPoint(new DistributionPoint[] {new DistributionPoint(dpn, null, null)}));
        }
        ASN1EncodableVector statements = new ASN1EncodableVector();
        if (qcCompliance) {
          statements.add(new QCStatement(new ASN1ObjectIdentifier("0.4.0.1862.1.1")));
        }
        if (!qcTypeOids.isEmpty()) {
          ASN1EncodableVector types = new ASN1EncodableVector();
          qcTypeOids.forEach(o -> types.add(new ASN1ObjectIdentifier(o)));
          statements.add(
              new QCStatement(new ASN1ObjectIdentifier("0.4.0.1862.1.6"), new DERSequence(types)));
        }
        if (roles != null) {
          ASN1EncodableVector roleVec = new ASN1EncodableVector();
          for (Psd2Role r : roles) {
            roleVec.add(
                new DERSequence(
                    new org.bouncycastle.asn1.ASN1Encodable[] {
                      new ASN1ObjectIdentifier(r.oid()),
                      new DERUTF8String(roleNames.getOrDefault(r, r.name()))
                    }));
          }
          for (String oid : extraRoleOids) {
            roleVec.add(
                new DERSequence(
                    new org.bouncycastle.asn1.ASN1Encodable[] {
                      new ASN1ObjectIdentifier(oid), new DERUTF8String("PSP_XX")
                    }));
          }
          DERSequence psd2 =
              new DERSequence(
                  new org.bouncycastle.asn1.ASN1Encodable[] {
                    new DERSequence(roleVec), new DERUTF8String(ncaName), new DERUTF8String(ncaId)
                  });
          statements.add(
              new QCStatement(new ASN1ObjectIdentifier(QcStatements.PSD2_STATEMENT_OID), psd2));
        }
        if (statements.size() > 0) {
          b.addExtension(Extension.qCStatements, false, new DERSequence(statements));
        }
        if (extraOid != null) {
          b.addExtension(extraOid, false, extraValue);
        }
        String alg = sigAlg != null ? sigAlg : defaultAlg(signingKey);
        X509Certificate cert =
            new JcaX509CertificateConverter()
                .getCertificate(b.build(new JcaContentSignerBuilder(alg).build(signingKey)));
        return new Issued(cert, kp.getPrivate());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }

  static String defaultAlg(PrivateKey key) {
    return key.getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
  }
}
