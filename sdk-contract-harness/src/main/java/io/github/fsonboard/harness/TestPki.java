package io.github.fsonboard.harness;

import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
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

/**
 * Generates a throw-away PKI at test time (never check key material in): CAs, TLS leaves, key and
 * trust stores, CRLs, and through {@link #spec(String)} any certificate a certificate-validation
 * test needs (key usage, EKU, OCSP and CRL locations, PSD2 QC statements, organisation identifier,
 * weak keys or signatures).
 */
public final class TestPki {
  /**
   * The fixed instant {@link #spec(String)} certificates are valid around (30 days before to 365
   * days after): validate them with a clock fixed here, so the test never depends on the day it
   * runs.
   */
  public static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

  private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime());

  private TestPki() {}

  /** A certificate with its key. */
  public record Issued(X509Certificate certificate, KeyPair keys) {
    /** PEM of the certificate. */
    public String certificatePem() {
      return pem("CERTIFICATE", encoded(certificate));
    }

    /** PKCS#8 PEM of the private key. */
    public String privateKeyPem() {
      return pem("PRIVATE KEY", keys.getPrivate().getEncoded());
    }

    public PrivateKey privateKey() {
      return keys.getPrivate();
    }
  }

  public static KeyPair ecKeys() {
    return ecKeys("secp256r1");
  }

  /**
   * EC keys on any named curve, including ones the JDK no longer offers (BouncyCastle's provider),
   * e.g. {@code secp224r1} for a key the SDK must refuse as too weak.
   */
  public static KeyPair ecKeys(String curve) {
    ECGenParameterSpec spec = new ECGenParameterSpec(curve);
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
      g.initialize(spec);
      return g.generateKeyPair();
    } catch (java.security.InvalidAlgorithmParameterException e) {
      return bouncyCastleEcKeys(spec); // a curve the JDK dropped
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static KeyPair bouncyCastleEcKeys(ECGenParameterSpec spec) {
    try {
      KeyPairGenerator g =
          KeyPairGenerator.getInstance(
              "EC", new org.bouncycastle.jce.provider.BouncyCastleProvider());
      g.initialize(spec);
      return g.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public static KeyPair rsaKeys() {
    return rsaKeys(2048);
  }

  /** RSA keys of any size, e.g. 1024 for a server the SDK must refuse as too weak. */
  public static KeyPair rsaKeys(int bits) {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(bits);
      return g.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public static Issued ca(String cn) {
    return ca(cn, ecKeys(), "SHA256withECDSA");
  }

  /** A CA with the given keys, self-signed with {@code sigAlg} (weak-CA tests). */
  public static Issued ca(String cn, KeyPair keys, String sigAlg) {
    Instant now = Instant.now();
    return spec(cn)
        .ca()
        .keyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)
        .keys(keys)
        .sigAlg(sigAlg)
        .validity(now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)))
        .issue();
  }

  /**
   * A leaf with the given keys, signed by {@code ca} with {@code sigAlg} (weak-key and
   * SHA-1-signature tests; the algorithm must fit the CA's key).
   */
  public static Issued leaf(Issued ca, KeyPair keys, String sigAlg, String cn, String... sans) {
    Instant now = Instant.now();
    return tlsLeaf(ca, cn, sans)
        .keys(keys)
        .sigAlg(sigAlg)
        .validity(now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)))
        .issue();
  }

  /** A leaf certificate for server and client auth, with DNS and IP SANs. */
  public static Issued leaf(Issued ca, String cn, String... sans) {
    Instant now = Instant.now();
    return leaf(ca, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)), cn, sans);
  }

  /** A leaf certificate valid only between {@code notBefore} and {@code notAfter}. */
  public static Issued leaf(
      Issued ca, Instant notBefore, Instant notAfter, String cn, String... sans) {
    return tlsLeaf(ca, cn, sans).validity(notBefore, notAfter).issue();
  }

  /** A leaf whose CRL distribution point is {@code crlUrl} (revocation tests). */
  public static Issued leafWithCrl(Issued ca, String cn, String crlUrl) {
    Instant now = Instant.now();
    return tlsLeaf(ca, cn)
        .crl(crlUrl)
        .validity(now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)))
        .issue();
  }

  private static Spec tlsLeaf(Issued ca, String cn, String... sans) {
    return spec(cn)
        .issuer(ca)
        .keyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment)
        .eku(KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth)
        .sans(sans);
  }

  /**
   * Starts describing a certificate: by default self-signed, a fresh P-256 key, valid around {@link
   * #NOW}, with no key usage, EKU or other extension but basic constraints.
   *
   * @param cn the subject's common name
   * @return the description, to finish with {@link Spec#issue()}
   */
  public static Spec spec(String cn) {
    return new Spec(cn);
  }

  /** A certificate being described; {@link #issue()} signs it. Not thread-safe. */
  public static final class Spec {
    /** ETSI TS 119 495 §5.1: the PSD2 QC statement. */
    private static final String PSD2_STATEMENT = "0.4.0.19495.2";

    private final String cn;
    private String subjectDn;
    private Issued issuer;
    private KeyPair keys;
    private Instant notBefore = NOW.minus(Duration.ofDays(30));
    private Instant notAfter = NOW.plus(Duration.ofDays(365));
    private boolean ca;
    private Integer keyUsage;
    private final List<KeyPurposeId> eku = new ArrayList<>();
    private final List<String> sans = new ArrayList<>();
    private String sigAlg;
    private String ocspUrl;
    private String crlUrl;
    private String orgId;
    private String ncaName;
    private String ncaId;
    private final Map<String, String> psd2Roles = new LinkedHashMap<>();
    private final List<String> qcTypes = new ArrayList<>();
    private boolean qcCompliance;
    private BigInteger serial;
    private ASN1ObjectIdentifier extraOid;
    private ASN1Encodable extraValue;

    private Spec(String cn) {
      this.cn = cn;
    }

    /**
     * The whole subject distinguished name instead of {@code CN=cn} (and the organisation
     * identifier), e.g. an eIDAS subject in the order a test needs.
     */
    public Spec subject(String distinguishedName) {
      this.subjectDn = distinguishedName;
      return this;
    }

    /** Signs with this CA's key instead of self-signing. */
    public Spec issuer(Issued issuer) {
      this.issuer = issuer;
      return this;
    }

    /** Certifies these keys (default: a fresh P-256 pair). */
    public Spec keys(KeyPair keys) {
      this.keys = keys;
      return this;
    }

    public Spec validity(Instant notBefore, Instant notAfter) {
      this.notBefore = notBefore;
      this.notAfter = notAfter;
      return this;
    }

    /** A CA: basic constraints CA, key usage keyCertSign, cRLSign and digitalSignature. */
    public Spec ca() {
      this.ca = true;
      this.keyUsage = KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature;
      return this;
    }

    /** The key usage bits, e.g. {@code KeyUsage.digitalSignature | KeyUsage.nonRepudiation}. */
    public Spec keyUsage(int bits) {
      this.keyUsage = bits;
      return this;
    }

    public Spec eku(KeyPurposeId... purposes) {
      eku.addAll(List.of(purposes));
      return this;
    }

    /** Subject alternative names: IPv4 addresses as IP names, the rest as DNS names. */
    public Spec sans(String... names) {
      sans.addAll(List.of(names));
      return this;
    }

    /** The signature algorithm (default SHA256 with the issuer's key type). */
    public Spec sigAlg(String algorithm) {
      this.sigAlg = algorithm;
      return this;
    }

    /** An authority information access with this OCSP responder. */
    public Spec ocsp(String url) {
      this.ocspUrl = url;
      return this;
    }

    /** A CRL distribution point with this URL. */
    public Spec crl(String url) {
      this.crlUrl = url;
      return this;
    }

    /** The subject's organizationIdentifier (e.g. {@code PSDGB-FCA-123456}). */
    public Spec orgId(String orgId) {
      this.orgId = orgId;
      return this;
    }

    /**
     * A PSD2 QC statement (ETSI TS 119 495) naming this competent authority, with the roles added
     * by {@link #psd2Role}.
     */
    public Spec psd2(String ncaName, String ncaId) {
      this.ncaName = ncaName;
      this.ncaId = ncaId;
      return this;
    }

    /**
     * A role of the PSD2 statement: its OID and the name written beside it; the same OID again
     * replaces the name, keeping the role's place.
     */
    public Spec psd2Role(String oid, String name) {
      psd2Roles.put(oid, name);
      return this;
    }

    /** A QcType statement with these type OIDs (0.4.0.1862.1.6.x). */
    public Spec qcTypes(String... oids) {
      qcTypes.addAll(List.of(oids));
      return this;
    }

    /** The QcCompliance statement. */
    public Spec qcCompliance() {
      this.qcCompliance = true;
      return this;
    }

    /** One more, non-critical extension. */
    public Spec extension(ASN1ObjectIdentifier oid, ASN1Encodable value) {
      this.extraOid = oid;
      this.extraValue = value;
      return this;
    }

    public Spec serial(long serial) {
      this.serial = BigInteger.valueOf(serial);
      return this;
    }

    /** Signs the certificate. */
    public Issued issue() {
      try {
        KeyPair kp = keys != null ? keys : ecKeys();
        X500NameBuilder names = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, cn);
        if (orgId != null) {
          names.addRDN(BCStyle.ORGANIZATION_IDENTIFIER, orgId);
        }
        X500Name subject = subjectDn != null ? new X500Name(subjectDn) : names.build();
        X500Name issuerName =
            issuer == null
                ? subject
                : X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded());
        PrivateKey signer = issuer == null ? kp.getPrivate() : issuer.privateKey();
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
        if (!sans.isEmpty()) {
          b.addExtension(Extension.subjectAlternativeName, false, generalNames(sans));
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
          DistributionPointName point =
              new DistributionPointName(
                  new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, crlUrl)));
          b.addExtension(
              Extension.cRLDistributionPoints,
              false,
              new CRLDistPoint(new DistributionPoint[] {new DistributionPoint(point, null, null)}));
        }
        ASN1EncodableVector statements = qcStatements();
        if (statements.size() > 0) {
          b.addExtension(Extension.qCStatements, false, new DERSequence(statements));
        }
        if (extraOid != null) {
          b.addExtension(extraOid, false, extraValue);
        }
        String alg = sigAlg != null ? sigAlg : defaultSignatureAlgorithm(signer);
        X509Certificate cert =
            new JcaX509CertificateConverter()
                .getCertificate(b.build(new JcaContentSignerBuilder(alg).build(signer)));
        return new Issued(cert, kp);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    private ASN1EncodableVector qcStatements() {
      ASN1EncodableVector statements = new ASN1EncodableVector();
      if (qcCompliance) {
        statements.add(new QCStatement(new ASN1ObjectIdentifier("0.4.0.1862.1.1")));
      }
      if (!qcTypes.isEmpty()) {
        ASN1EncodableVector types = new ASN1EncodableVector();
        qcTypes.forEach(o -> types.add(new ASN1ObjectIdentifier(o)));
        statements.add(
            new QCStatement(new ASN1ObjectIdentifier("0.4.0.1862.1.6"), new DERSequence(types)));
      }
      if (ncaName != null) {
        ASN1EncodableVector roles = new ASN1EncodableVector();
        psd2Roles.forEach(
            (oid, name) ->
                roles.add(
                    new DERSequence(
                        new ASN1Encodable[] {
                          new ASN1ObjectIdentifier(oid), new DERUTF8String(name)
                        })));
        DERSequence psd2 =
            new DERSequence(
                new ASN1Encodable[] {
                  new DERSequence(roles), new DERUTF8String(ncaName), new DERUTF8String(ncaId)
                });
        statements.add(new QCStatement(new ASN1ObjectIdentifier(PSD2_STATEMENT), psd2));
      }
      return statements;
    }

    private static GeneralNames generalNames(List<String> sans) throws Exception {
      List<GeneralName> names = new ArrayList<>();
      for (String san : sans) {
        names.add(
            san.matches("[0-9.]+")
                ? new GeneralName(
                    GeneralName.iPAddress,
                    new DEROctetString(InetAddress.getByName(san).getAddress()))
                : new GeneralName(GeneralName.dNSName, san));
      }
      return new GeneralNames(names.toArray(new GeneralName[0]));
    }
  }

  /** SHA256 with the key's type: {@code SHA256withRSA} or {@code SHA256withECDSA}. */
  public static String defaultSignatureAlgorithm(PrivateKey key) {
    return key.getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
  }

  /**
   * A v2 CRL from an EC {@code ca} with {@code entries} entries, written straight to DER (450,000
   * make a CRL just under 10 MB, the size a forged one would have): serials {@code 0, 1, ...}, the
   * last one replaced by {@code keyCompromised} (reason keyCompromise) when given. Valid from an
   * hour ago to tomorrow.
   */
  public static byte[] forgedCrl(Issued ca, int entries, BigInteger keyCompromised) {
    try {
      byte[] alg = {
        0x30, 0x0a, 0x06, 0x08, 0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 0x04, 0x03, 0x02
      };
      java.io.ByteArrayOutputStream revoked = new java.io.ByteArrayOutputStream(entries * 24);
      byte[] date = der(0x17, "260101000000Z".getBytes(StandardCharsets.US_ASCII));
      byte[] reasonOid = {0x06, 0x03, 0x55, 0x1d, 0x15};
      byte[] reason = der(0x30, der(0x30, concat(reasonOid, der(0x04, der(0x0a, new byte[] {1})))));
      for (int i = 0; i < entries; i++) {
        boolean last = i == entries - 1 && keyCompromised != null;
        BigInteger serial = last ? keyCompromised : BigInteger.valueOf(i);
        byte[] number = der(0x02, serial.toByteArray());
        revoked.writeBytes(der(0x30, last ? concat(number, date, reason) : concat(number, date)));
      }
      Instant now = Instant.now();
      var utc =
          java.time.format.DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'")
              .withZone(java.time.ZoneOffset.UTC);
      byte[] thisUpdate =
          utc.format(now.minus(Duration.ofHours(1))).getBytes(StandardCharsets.US_ASCII);
      byte[] nextUpdate =
          utc.format(now.plus(Duration.ofDays(1))).getBytes(StandardCharsets.US_ASCII);
      byte[] tbs =
          der(
              0x30,
              concat(
                  der(0x02, new byte[] {1}),
                  alg,
                  ca.certificate().getSubjectX500Principal().getEncoded(),
                  der(0x17, thisUpdate),
                  der(0x17, nextUpdate),
                  der(0x30, revoked.toByteArray())));
      java.security.Signature signer = java.security.Signature.getInstance("SHA256withECDSA");
      signer.initSign(ca.privateKey());
      signer.update(tbs);
      byte[] sig = signer.sign();
      byte[] bits = new byte[sig.length + 1];
      System.arraycopy(sig, 0, bits, 1, sig.length);
      return der(0x30, concat(tbs, alg, der(0x03, bits)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] der(int tag, byte[] content) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(content.length + 6);
    out.write(tag);
    int len = content.length;
    if (len < 0x80) {
      out.write(len);
    } else {
      int bytes = (32 - Integer.numberOfLeadingZeros(len) + 7) / 8;
      out.write(0x80 | bytes);
      for (int i = bytes - 1; i >= 0; i--) {
        out.write((len >>> (8 * i)) & 0xff);
      }
    }
    out.writeBytes(content);
    return out.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  /** Writes a key store holding a key entry (the leaf and its CA as chain). */
  public static Path keyStore(Path file, String type, String password, Issued leaf, Issued ca) {
    try {
      KeyStore ks = KeyStore.getInstance(type);
      ks.load(null, null);
      ks.setKeyEntry(
          "key",
          leaf.privateKey(),
          password.toCharArray(),
          new Certificate[] {leaf.certificate(), ca.certificate()});
      return store(ks, file, password);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes a trust store holding the given certificates. */
  public static Path trustStore(Path file, String type, String password, X509Certificate... certs) {
    try {
      KeyStore ks = KeyStore.getInstance(type);
      ks.load(null, null);
      for (int i = 0; i < certs.length; i++) {
        ks.setCertificateEntry("ca-" + i, certs[i]);
      }
      return store(ks, file, password);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public static Path write(Path file, String text) {
    try {
      return Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path store(KeyStore ks, Path file, String password) throws Exception {
    try (OutputStream out = Files.newOutputStream(file)) {
      ks.store(out, password.toCharArray());
    }
    return file;
  }

  private static byte[] encoded(X509Certificate c) {
    try {
      return c.getEncoded();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** PEM of a certificate. */
  public static String pem(X509Certificate certificate) {
    return pem("CERTIFICATE", encoded(certificate));
  }

  public static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }
}
