package io.github.fsonboard.core.http;

import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.internal.pem.Pem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Which server certificates the SDK trusts. The default is the JVM's trust store; there is no
 * trust-all option. Material is loaded when the {@code Trust} is created, so a missing file or a
 * wrong password fails early, naming the field.
 *
 * <pre>{@code
 * Trust.pem(Path.of("wso2carbon.pem"));            // WSO2's self-signed certificate
 * Trust.pkcs12(Path.of("client-truststore.p12"), Secret.of("wso2carbon"));
 * Trust.jks(Path.of("client-truststore.jks"), Secret.of("wso2carbon"));
 * }</pre>
 *
 * <p>Hostname verification is always on, whatever the trust source.
 */
public final class Trust {
  private final String description;
  private final X509TrustManager trustManager;
  private final SSLContext sslContext;

  private Trust(String description, X509TrustManager trustManager, SSLContext sslContext) {
    this.description = description;
    this.trustManager = trustManager;
    this.sslContext = sslContext;
  }

  /**
   * Trusts the JVM's default trust store (the public CAs).
   *
   * @return the default trust
   */
  public static Trust system() {
    return new Trust("system", fromKeyStore(null, "trust"), null);
  }

  /**
   * Trusts the certificates in a PEM file (one or more {@code BEGIN CERTIFICATE} blocks).
   *
   * @param pemFile the file
   * @return the trust
   * @throws ValidationException naming {@code trust.pem} when the file is unreadable
   */
  public static Trust pem(Path pemFile) {
    return pemText(read(pemFile, "trust.pem"), "PEM file " + pemFile.getFileName());
  }

  /**
   * Trusts the certificates in a PEM text.
   *
   * @param pem the PEM text
   * @return the trust
   * @throws ValidationException naming {@code trust.pem} when the text holds no certificate
   */
  public static Trust pem(String pem) {
    return pemText(pem, "PEM text");
  }

  /**
   * Trusts the given certificates only.
   *
   * @param certificates the trusted certificates
   * @return the trust
   */
  public static Trust certificates(List<X509Certificate> certificates) {
    if (certificates == null || certificates.isEmpty()) {
      throw new ValidationException("trust.certificates", "must hold at least one certificate");
    }
    return new Trust(
        certificates.size() + " certificate(s)",
        fromKeyStore(storeOf(certificates), "trust.certificates"),
        null);
  }

  /**
   * Trusts the certificates in a JKS trust store.
   *
   * @param file the store
   * @param password the store password
   * @return the trust
   */
  public static Trust jks(Path file, Secret password) {
    return keyStore(file, "JKS", password);
  }

  /**
   * Trusts the certificates in a PKCS#12 trust store.
   *
   * @param file the store
   * @param password the store password
   * @return the trust
   */
  public static Trust pkcs12(Path file, Secret password) {
    return keyStore(file, "PKCS12", password);
  }

  /**
   * Trusts the certificates in a key store of the given type.
   *
   * @param file the store
   * @param type {@code JKS} or {@code PKCS12}
   * @param password the store password, or null when it has none
   * @return the trust
   * @throws ValidationException naming {@code trust.keyStore} when it cannot be loaded
   */
  public static Trust keyStore(Path file, String type, Secret password) {
    KeyStore store = loadKeyStore(file, type, password, "trust.keyStore");
    return new Trust(type + " " + file.getFileName(), fromKeyStore(store, "trust.keyStore"), null);
  }

  /**
   * Uses a caller-built {@link SSLContext}. Its trust manager must be given too, because OkHttp
   * needs it to clean certificate chains.
   *
   * @param sslContext an initialised context
   * @param trustManager the trust manager the context was initialised with
   * @return the trust
   */
  public static Trust sslContext(SSLContext sslContext, X509TrustManager trustManager) {
    Objects.requireNonNull(sslContext, "sslContext");
    Objects.requireNonNull(trustManager, "trustManager");
    return new Trust("custom SSLContext", trustManager, sslContext);
  }

  /**
   * Returns the trust manager. For the SDK's transport; rarely needed by callers.
   *
   * @return the trust manager
   */
  public X509TrustManager trustManager() {
    return trustManager;
  }

  /**
   * Returns the caller's own SSL context, when built with {@link #sslContext}.
   *
   * @return the context, or null
   */
  public SSLContext customSslContext() {
    return sslContext;
  }

  @Override
  public String toString() {
    return "Trust[" + description + "]";
  }

  private static Trust pemText(String pem, String description) {
    List<X509Certificate> certs = Pem.certificates(pem, "trust.pem");
    return new Trust(description, fromKeyStore(storeOf(certs), "trust.pem"), null);
  }

  private static KeyStore storeOf(List<X509Certificate> certificates) {
    try {
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      int i = 0;
      for (X509Certificate c : certificates) {
        store.setCertificateEntry("trusted-" + i++, c);
      }
      return store;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("Cannot build an in-memory trust store", e);
    }
  }

  private static X509TrustManager fromKeyStore(KeyStore store, String field) {
    try {
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(store);
      for (TrustManager tm : tmf.getTrustManagers()) {
        if (tm instanceof X509TrustManager x509) {
          return x509;
        }
      }
      throw new ValidationException(field, "yields no X.509 trust manager");
    } catch (GeneralSecurityException e) {
      throw new ValidationException(field, "cannot be used as a trust store: " + e.getMessage());
    }
  }

  static KeyStore loadKeyStore(Path file, String type, Secret password, String field) {
    if (file == null) {
      throw new ValidationException(field, "is required");
    }
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore store = KeyStore.getInstance(type);
      char[] pw = password == null ? null : password.revealChars();
      try {
        store.load(in, pw);
      } finally {
        if (pw != null) {
          java.util.Arrays.fill(pw, '\0');
        }
      }
      return store;
    } catch (IOException e) {
      throw new ValidationException(
          field, "cannot be read from " + file + " (wrong password or file?): " + e.getMessage());
    } catch (GeneralSecurityException e) {
      throw new ValidationException(field, "is not a " + type + " key store: " + e.getMessage());
    }
  }

  static String read(Path file, String field) {
    if (file == null) {
      throw new ValidationException(field, "is required");
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ValidationException(field, "cannot be read from " + file + ": " + e.getMessage());
    }
  }
}
