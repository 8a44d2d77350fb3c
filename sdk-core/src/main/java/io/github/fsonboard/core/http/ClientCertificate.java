package io.github.fsonboard.core.http;

import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.internal.pem.Pem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;

/**
 * The client certificate and private key presented for mutual TLS (for example to IS's token
 * endpoint with {@code tls_client_auth}). Loaded eagerly so problems surface at build time.
 *
 * <pre>{@code
 * ClientCertificate.pem(Path.of("tpp-transport.pem"), Path.of("tpp-transport.key"));
 * ClientCertificate.pkcs12(Path.of("tpp.p12"), Secret.of(storePassword));
 * }</pre>
 */
public final class ClientCertificate {
  private final X509Certificate certificate;
  private final KeyManager[] keyManagers;

  private ClientCertificate(X509Certificate certificate, KeyManager[] keyManagers) {
    this.certificate = certificate;
    this.keyManagers = keyManagers;
  }

  /**
   * Reads a certificate chain and an unencrypted private key from PEM files.
   *
   * @param certificateChain PEM file with the client certificate first, then intermediates
   * @param privateKey PEM file with the matching private key
   * @return the client certificate
   */
  public static ClientCertificate pem(Path certificateChain, Path privateKey) {
    return pem(
        Trust.read(certificateChain, "clientCertificate.certificateChain"),
        Secret.of(Trust.read(privateKey, "clientCertificate.privateKey")));
  }

  /**
   * Builds from PEM texts.
   *
   * @param certificateChainPem the certificate chain, client certificate first
   * @param privateKeyPem the matching unencrypted private key
   * @return the client certificate
   */
  public static ClientCertificate pem(String certificateChainPem, Secret privateKeyPem) {
    if (privateKeyPem == null) {
      throw new ValidationException("clientCertificate.privateKey", "is required");
    }
    List<X509Certificate> chain =
        Pem.certificates(certificateChainPem, "clientCertificate.certificateChain");
    PrivateKey key = Pem.privateKey(privateKeyPem.reveal(), "clientCertificate.privateKey");
    if (!keyMatches(key, chain.get(0).getPublicKey())) {
      // Otherwise the mismatch only shows up as an opaque handshake failure at the first call.
      throw new ValidationException(
          "clientCertificate.privateKey", "does not match the certificate's public key");
    }
    char[] pw = new char[0];
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry("client", key, pw, chain.toArray(new Certificate[0]));
      return new ClientCertificate(chain.get(0), keyManagers(store, pw));
    } catch (GeneralSecurityException | java.io.IOException e) {
      throw new ValidationException(
          "clientCertificate.privateKey", "does not match the certificate: " + e.getMessage());
    }
  }

  /**
   * Reads the key entry of a PKCS#12 store.
   *
   * @param file the store
   * @param password the store and key password
   * @return the client certificate
   */
  public static ClientCertificate pkcs12(Path file, Secret password) {
    return keyStore(file, "PKCS12", password, password);
  }

  /**
   * Reads the key entry of a JKS or PKCS#12 store.
   *
   * @param file the store
   * @param type {@code JKS} or {@code PKCS12}
   * @param storePassword the store password
   * @param keyPassword the key password (often the same)
   * @return the client certificate
   */
  public static ClientCertificate keyStore(
      Path file, String type, Secret storePassword, Secret keyPassword) {
    KeyStore store = Trust.loadKeyStore(file, type, storePassword, "clientCertificate.keyStore");
    char[] pw = keyPassword == null ? new char[0] : keyPassword.revealChars();
    try {
      X509Certificate certificate = null;
      for (String alias : java.util.Collections.list(store.aliases())) {
        if (store.isKeyEntry(alias) && store.getCertificate(alias) instanceof X509Certificate c) {
          certificate = c;
          break;
        }
      }
      if (certificate == null) {
        throw new ValidationException(
            "clientCertificate.keyStore", "holds no private key entry with an X.509 certificate");
      }
      return new ClientCertificate(certificate, keyManagers(store, pw));
    } catch (GeneralSecurityException e) {
      throw new ValidationException("clientCertificate.keyStore", e.getMessage());
    } finally {
      Arrays.fill(pw, '\0');
    }
  }

  /** Signs and verifies a probe: the only check that works for every key type. */
  private static boolean keyMatches(PrivateKey key, java.security.PublicKey publicKey) {
    String algorithm =
        switch (key.getAlgorithm()) {
          case "EC" -> "SHA256withECDSA";
          case "RSA" -> "SHA256withRSA";
          case "RSASSA-PSS" -> "RSASSA-PSS";
          default -> key.getAlgorithm(); // Ed25519, Ed448, EdDSA
        };
    try {
      byte[] probe = "fs-onboard client certificate check".getBytes(StandardCharsets.US_ASCII);
      java.security.Signature signer = java.security.Signature.getInstance(algorithm);
      if ("RSASSA-PSS".equals(algorithm)) {
        signer.setParameter(
            new java.security.spec.PSSParameterSpec(
                "SHA-256", "MGF1", java.security.spec.MGF1ParameterSpec.SHA256, 32, 1));
      }
      signer.initSign(key);
      signer.update(probe);
      byte[] signature = signer.sign();
      java.security.Signature verifier = java.security.Signature.getInstance(algorithm);
      if ("RSASSA-PSS".equals(algorithm)) {
        verifier.setParameter(
            new java.security.spec.PSSParameterSpec(
                "SHA-256", "MGF1", java.security.spec.MGF1ParameterSpec.SHA256, 32, 1));
      }
      verifier.initVerify(publicKey);
      verifier.update(probe);
      return verifier.verify(signature);
    } catch (GeneralSecurityException | RuntimeException e) {
      return false; // different key types, or a key the provider cannot use
    }
  }

  /**
   * Returns the key managers that present this certificate. For the SDK's transport.
   *
   * @return a copy of the key managers
   */
  public KeyManager[] keyManagers() {
    return keyManagers.clone();
  }

  /**
   * Returns the subject DN of the client certificate, in RFC 2253 form.
   *
   * @return the subject
   */
  public String subject() {
    return certificate.getSubjectX500Principal().getName();
  }

  /**
   * Returns the client certificate (the first of its chain): what a certificate-bound access
   * token's {@code cnf} names (RFC 8705 §3).
   *
   * @return the certificate
   */
  public X509Certificate certificate() {
    return certificate;
  }

  @Override
  public String toString() {
    return "ClientCertificate[" + subject() + "]";
  }

  private static KeyManager[] keyManagers(KeyStore store, char[] password)
      throws GeneralSecurityException {
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(store, password);
    return kmf.getKeyManagers();
  }
}
