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
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Generates a throw-away PKI at test time (never check key material in). */
public final class TestPki {
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
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
      g.initialize(new ECGenParameterSpec("secp256r1"));
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
    return new Issued(
        build(
            "CN=" + cn,
            keys,
            null,
            keys.getPrivate(),
            true,
            List.of(),
            now.minus(Duration.ofHours(1)),
            now.plus(Duration.ofDays(1)),
            sigAlg,
            null),
        keys);
  }

  /**
   * A leaf with the given keys, signed by {@code ca} with {@code sigAlg} (weak-key and
   * SHA-1-signature tests; the algorithm must fit the CA's key).
   */
  public static Issued leaf(Issued ca, KeyPair keys, String sigAlg, String cn, String... sans) {
    Instant now = Instant.now();
    return issue(
        ca,
        keys,
        sigAlg,
        null,
        now.minus(Duration.ofHours(1)),
        now.plus(Duration.ofDays(1)),
        cn,
        sans);
  }

  /** A leaf certificate for server and client auth, with DNS and IP SANs. */
  public static Issued leaf(Issued ca, String cn, String... sans) {
    Instant now = Instant.now();
    return leaf(ca, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)), cn, sans);
  }

  /** A leaf certificate valid only between {@code notBefore} and {@code notAfter}. */
  public static Issued leaf(
      Issued ca, Instant notBefore, Instant notAfter, String cn, String... sans) {
    return issue(ca, ecKeys(), "SHA256withECDSA", null, notBefore, notAfter, cn, sans);
  }

  /** A leaf whose CRL distribution point is {@code crlUrl} (revocation tests). */
  public static Issued leafWithCrl(Issued ca, String cn, String crlUrl) {
    Instant now = Instant.now();
    return issue(
        ca,
        ecKeys(),
        "SHA256withECDSA",
        crlUrl,
        now.minus(Duration.ofHours(1)),
        now.plus(Duration.ofDays(1)),
        cn);
  }

  /**
   * A self-signed leaf whose subject is the whole distinguished name, e.g. an eIDAS subject with
   * {@code organizationIdentifier} (2.5.4.97), for tests about how a subject DN is written.
   */
  public static Issued selfSigned(String subjectDn) {
    KeyPair keys = ecKeys();
    Instant now = Instant.now();
    return new Issued(
        build(
            subjectDn,
            keys,
            null,
            keys.getPrivate(),
            false,
            List.of(),
            now.minus(Duration.ofHours(1)),
            now.plus(Duration.ofDays(1)),
            "SHA256withECDSA",
            null),
        keys);
  }

  private static Issued issue(
      Issued ca,
      KeyPair keys,
      String sigAlg,
      String crlUrl,
      Instant notBefore,
      Instant notAfter,
      String cn,
      String... sans) {
    return new Issued(
        build(
            "CN=" + cn,
            keys,
            ca.certificate(),
            ca.privateKey(),
            false,
            List.of(sans),
            notBefore,
            notAfter,
            sigAlg,
            crlUrl),
        keys);
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

  private static X509Certificate build(
      String subjectDn,
      KeyPair keys,
      X509Certificate issuer,
      PrivateKey signer,
      boolean ca,
      List<String> sans,
      Instant notBefore,
      Instant notAfter,
      String sigAlg,
      String crlUrl) {
    try {
      X500Name subject = new X500Name(subjectDn);
      X500Name issuerName =
          issuer == null
              ? subject
              : X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded());
      X509v3CertificateBuilder b =
          new JcaX509v3CertificateBuilder(
              issuerName,
              BigInteger.valueOf(SERIAL.incrementAndGet()),
              Date.from(notBefore),
              Date.from(notAfter),
              subject,
              keys.getPublic());
      b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
      if (ca) {
        b.addExtension(
            Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      } else {
        b.addExtension(
            Extension.keyUsage,
            true,
            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
        b.addExtension(
            Extension.extendedKeyUsage,
            false,
            new ExtendedKeyUsage(
                new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth}));
      }
      if (!sans.isEmpty()) {
        List<GeneralName> names = new ArrayList<>();
        for (String san : sans) {
          boolean ip = san.matches("[0-9.]+");
          names.add(
              ip
                  ? new GeneralName(
                      GeneralName.iPAddress,
                      new org.bouncycastle.asn1.DEROctetString(
                          InetAddress.getByName(san).getAddress()))
                  : new GeneralName(GeneralName.dNSName, san));
        }
        b.addExtension(
            Extension.subjectAlternativeName,
            false,
            new GeneralNames(names.toArray(new GeneralName[0])));
      }
      if (crlUrl != null) {
        var point =
            new org.bouncycastle.asn1.x509.DistributionPointName(
                new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, crlUrl)));
        b.addExtension(
            Extension.cRLDistributionPoints,
            false,
            new org.bouncycastle.asn1.x509.CRLDistPoint(
                new org.bouncycastle.asn1.x509.DistributionPoint[] {
                  new org.bouncycastle.asn1.x509.DistributionPoint(point, null, null)
                }));
      }
      var contentSigner = new JcaContentSignerBuilder(sigAlg).build(signer);
      return new JcaX509CertificateConverter().getCertificate(b.build(contentSigner));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
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
