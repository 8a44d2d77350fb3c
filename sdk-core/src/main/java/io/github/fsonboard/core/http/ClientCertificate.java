package io.github.fsonboard.core.http;

import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.internal.tls.Pem;
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
  private final String subject;
  private final KeyManager[] keyManagers;

  private ClientCertificate(String subject, KeyManager[] keyManagers) {
    this.subject = subject;
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
    char[] pw = new char[0];
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry("client", key, pw, chain.toArray(new Certificate[0]));
      return new ClientCertificate(
          chain.get(0).getSubjectX500Principal().getName(), keyManagers(store, pw));
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
      String subject = "unknown";
      for (String alias : java.util.Collections.list(store.aliases())) {
        if (store.isKeyEntry(alias) && store.getCertificate(alias) instanceof X509Certificate c) {
          subject = c.getSubjectX500Principal().getName();
          break;
        }
      }
      return new ClientCertificate(subject, keyManagers(store, pw));
    } catch (GeneralSecurityException e) {
      throw new ValidationException("clientCertificate.keyStore", e.getMessage());
    } finally {
      Arrays.fill(pw, '\0');
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
    return subject;
  }

  @Override
  public String toString() {
    return "ClientCertificate[" + subject + "]";
  }

  private static KeyManager[] keyManagers(KeyStore store, char[] password)
      throws GeneralSecurityException {
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(store, password);
    return kmf.getKeyManagers();
  }
}
