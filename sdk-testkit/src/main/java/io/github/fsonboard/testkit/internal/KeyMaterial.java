package io.github.fsonboard.testkit.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
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
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Key material generated at every start: a CA, a TLS server certificate it signs (SAN DNS:localhost
 * and IP:127.0.0.1), and a token-signing key with a CA-signed certificate (for the JWKS {@code
 * x5c}). Nothing is ever read from or checked into disk except the temporary PKCS12 keystore that
 * Jetty needs.
 */
public final class KeyMaterial implements AutoCloseable {
  private final X509Certificate caCertificate;
  private final KeyPair signingKeys;
  private final X509Certificate signingCertificate;
  private final Path keystore;
  private final String keystorePassword;

  private KeyMaterial(
      X509Certificate caCertificate,
      KeyPair signingKeys,
      X509Certificate signingCertificate,
      Path keystore,
      String keystorePassword) {
    this.caCertificate = caCertificate;
    this.signingKeys = signingKeys;
    this.signingCertificate = signingCertificate;
    this.keystore = keystore;
    this.keystorePassword = keystorePassword;
  }

  /**
   * Generates all keys and writes the TLS keystore to a temporary file.
   *
   * @return the key material
   */
  public static KeyMaterial generate() {
    try {
      SecureRandom random = new SecureRandom();
      KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
      ec.initialize(256, random);
      KeyPair caKeys = ec.generateKeyPair();
      KeyPair serverKeys = ec.generateKeyPair();
      KeyPair signingKeys = rsaSigningKeys();
      X500Name caName = new X500Name("CN=FS Onboard Testkit CA,O=FS Onboard Testkit");
      Instant now = Instant.now();
      X509Certificate ca =
          sign(
              new JcaX509v3CertificateBuilder(
                      caName,
                      serial(random),
                      Date.from(now.minus(Duration.ofHours(1))),
                      Date.from(now.plus(Duration.ofDays(2))),
                      caName,
                      caKeys.getPublic())
                  .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                  .addExtension(
                      Extension.keyUsage,
                      true,
                      new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)),
              caKeys);
      X509Certificate server =
          sign(
              new JcaX509v3CertificateBuilder(
                      caName,
                      serial(random),
                      Date.from(now.minus(Duration.ofHours(1))),
                      Date.from(now.plus(Duration.ofDays(2))),
                      new X500Name("CN=localhost,O=FS Onboard Testkit"),
                      serverKeys.getPublic())
                  .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                  .addExtension(
                      Extension.extendedKeyUsage,
                      false,
                      new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                  .addExtension(
                      Extension.subjectAlternativeName,
                      false,
                      new GeneralNames(
                          new GeneralName[] {
                            new GeneralName(GeneralName.dNSName, "localhost"),
                            new GeneralName(GeneralName.iPAddress, "127.0.0.1")
                          })),
              caKeys);
      X509Certificate signing =
          sign(
              new JcaX509v3CertificateBuilder(
                      caName,
                      serial(random),
                      Date.from(now.minus(Duration.ofHours(1))),
                      Date.from(now.plus(Duration.ofDays(2))),
                      new X500Name("CN=wso2carbon,O=FS Onboard Testkit"),
                      signingKeys.getPublic())
                  .addExtension(Extension.basicConstraints, true, new BasicConstraints(false)),
              caKeys);
      byte[] pw = new byte[18];
      random.nextBytes(pw);
      String password = Base64.getUrlEncoder().withoutPadding().encodeToString(pw);
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(null, null);
      ks.setKeyEntry(
          "server",
          serverKeys.getPrivate(),
          password.toCharArray(),
          new Certificate[] {server, ca});
      Path file = Files.createTempFile("fsonboard-testkit-", ".p12");
      try (OutputStream out = Files.newOutputStream(file)) {
        ks.store(out, password.toCharArray());
      }
      return new KeyMaterial(ca, signingKeys, signing, file, password);
    } catch (GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException("Cannot generate the emulator's key material", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The RS256 token-signing key pair, generated once per JVM: RSA key generation is the slowest
   * part of a start (seconds on a busy CI machine), and tokens are tied to the emulator that issued
   * them by its own token store anyway. TLS keys are P-256 and fresh at every start.
   */
  private static KeyPair rsaSigningKeys() throws GeneralSecurityException {
    return sharedRsaKeys("token-signing");
  }

  private static final Map<String, KeyPair> SHARED_RSA = new HashMap<>();

  /**
   * An RSA 2048 key pair per purpose, generated once per JVM (RSA generation is slow on a busy
   * machine; tests do not need a fresh one at every start).
   *
   * @param purpose what the key is for, e.g. {@code token-signing}
   * @return the key pair
   * @throws GeneralSecurityException if the JDK lacks RSA
   */
  public static synchronized KeyPair sharedRsaKeys(String purpose) throws GeneralSecurityException {
    KeyPair keys = SHARED_RSA.get(purpose);
    if (keys == null) {
      KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
      rsa.initialize(2048);
      keys = rsa.generateKeyPair();
      SHARED_RSA.put(purpose, keys);
    }
    return keys;
  }

  private static BigInteger serial(SecureRandom random) {
    return new BigInteger(64, random).add(BigInteger.ONE);
  }

  private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair issuer)
      throws OperatorCreationException, GeneralSecurityException {
    return new JcaX509CertificateConverter()
        .getCertificate(
            builder.build(
                new JcaContentSignerBuilder("SHA256withECDSA").build(issuer.getPrivate())));
  }

  /**
   * Issues a certificate signed by {@code issuerKeys}: a CA (key and certificate signing) or a leaf
   * usable for TLS client authentication and signing (the test directory's transport and signing
   * certificates).
   *
   * @param subject the subject DN, e.g. {@code CN=tpp,O=Test TPP}
   * @param publicKey the subject's key
   * @param issuer the issuer's certificate, or null for a self-signed certificate
   * @param issuerKeys the issuer's keys (the subject's own keys when self-signed)
   * @param ca whether the certificate is a CA
   * @param tlsClient whether a leaf is for TLS client authentication (else for signing)
   * @param validity how long it is valid from an hour ago
   * @return the certificate
   */
  public static X509Certificate issue(
      String subject,
      java.security.PublicKey publicKey,
      X509Certificate issuer,
      KeyPair issuerKeys,
      boolean ca,
      boolean tlsClient,
      Duration validity) {
    try {
      SecureRandom random = new SecureRandom();
      X500Name subjectName = new X500Name(subject);
      X500Name issuerName =
          issuer == null
              ? subjectName
              : X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded());
      Instant now = Instant.now();
      X509v3CertificateBuilder b =
          new JcaX509v3CertificateBuilder(
                  issuerName,
                  serial(random),
                  Date.from(now.minus(Duration.ofHours(1))),
                  Date.from(now.plus(validity)),
                  subjectName,
                  publicKey)
              .addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
      if (ca) {
        b.addExtension(
            Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      } else if (tlsClient) {
        b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        b.addExtension(
            Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
      } else {
        b.addExtension(
            Extension.keyUsage,
            true,
            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
      }
      return sign(b, issuerKeys);
    } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
      throw new IllegalStateException("Cannot issue a certificate for " + subject, e);
    }
  }

  /**
   * The RFC 8705 {@code x5t#S256} of a certificate: base64url of the SHA-256 of its DER encoding
   * (nimbus X509CertUtils.computeSHA256Thumbprint, what IS's CertificateBasedTokenBinder binds).
   *
   * @param certificate the certificate
   * @return the thumbprint
   */
  public static String x5tS256(X509Certificate certificate) {
    try {
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot hash a certificate", e);
    }
  }

  /**
   * PEM-encodes a certificate.
   *
   * @param certificate the certificate
   * @return its PEM text
   */
  public static String pem(X509Certificate certificate) {
    StringWriter text = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
      writer.writeObject(certificate);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /**
   * PEM-encodes a private key as PKCS#8.
   *
   * @param key the key
   * @return one {@code PRIVATE KEY} block
   */
  public static String privateKeyPem(PrivateKey key) {
    return "-----BEGIN PRIVATE KEY-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(key.getEncoded())
        + "\n-----END PRIVATE KEY-----\n";
  }

  /**
   * Returns the CA certificate clients must trust.
   *
   * @return the CA certificate
   */
  public X509Certificate caCertificate() {
    return caCertificate;
  }

  /**
   * Returns the key pair that signs access and ID tokens.
   *
   * @return the signing keys
   */
  public KeyPair signingKeys() {
    return signingKeys;
  }

  /**
   * Returns the certificate of the token-signing key.
   *
   * @return the signing certificate
   */
  public X509Certificate signingCertificate() {
    return signingCertificate;
  }

  /**
   * Returns the PKCS12 keystore file holding the TLS key.
   *
   * @return the keystore path
   */
  public Path keystore() {
    return keystore;
  }

  /**
   * Returns the password of the keystore and its key.
   *
   * @return the password
   */
  public String keystorePassword() {
    return keystorePassword;
  }

  @Override
  public void close() {
    try {
      Files.deleteIfExists(keystore);
    } catch (IOException e) {
      // A temp file left behind is harmless.
    }
  }
}
