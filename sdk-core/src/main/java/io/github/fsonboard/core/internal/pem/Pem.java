package io.github.fsonboard.core.internal.pem;

import io.github.fsonboard.core.error.ValidationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;

/**
 * PEM reading for the transport's trust and client-certificate material and for signing keys. Its
 * own package, depending on nothing but the error types, so that credentials ({@code core.auth})
 * can read keys without pulling in the TLS and transport packages.
 */
public final class Pem {
  private Pem() {}

  /**
   * Reads every certificate in a PEM text.
   *
   * @param pem the PEM text
   * @param field the configuration field, for errors
   * @return at least one certificate
   */
  public static List<X509Certificate> certificates(String pem, String field) {
    try {
      CertificateFactory cf = CertificateFactory.getInstance("X.509");
      List<X509Certificate> out = new ArrayList<>();
      for (var c :
          cf.generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.UTF_8)))) {
        out.add((X509Certificate) c);
      }
      if (out.isEmpty()) {
        throw new ValidationException(field, "contains no PEM certificate");
      }
      return out;
    } catch (CertificateException | RuntimeException e) {
      if (e instanceof ValidationException v) {
        throw v;
      }
      throw new ValidationException(field, "is not a readable PEM certificate: " + e.getMessage());
    }
  }

  /**
   * Reads an unencrypted private key (PKCS#8 {@code PRIVATE KEY}, PKCS#1 {@code RSA PRIVATE KEY} or
   * SEC1 {@code EC PRIVATE KEY}).
   *
   * @param pem the PEM text
   * @param field the configuration field, for errors
   * @return the key
   */
  public static PrivateKey privateKey(String pem, String field) {
    return privateKey(pem, null, field);
  }

  /**
   * Reads a private key: PKCS#8, PKCS#1 RSA or SEC1 EC, or with a password an encrypted PKCS#8
   * {@code ENCRYPTED PRIVATE KEY}. Messages never carry the key or the parser's own text (which may
   * quote it).
   *
   * @param pem the PEM text
   * @param password the password of an encrypted key, or null
   * @param field the configuration field, for errors
   * @return the key
   */
  public static PrivateKey privateKey(String pem, char[] password, String field) {
    Object o;
    try (PEMParser parser = new PEMParser(new StringReader(pem))) {
      while ((o = parser.readObject()) != null) {
        PrivateKeyInfo info = keyInfo(o, password, field);
        if (info != null) {
          return new JcaPEMKeyConverter().getPrivateKey(info);
        }
      }
    } catch (ValidationException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new ValidationException(field, "is not a readable PEM private key");
    }
    throw new ValidationException(
        field, "contains no private key (PKCS#8, encrypted PKCS#8, PKCS#1 or SEC1 PEM)");
  }

  private static PrivateKeyInfo keyInfo(Object o, char[] password, String field) {
    // A SEC1 key may omit its public point: getKeyPair would then fail, the key info alone does
    // not.
    if (o instanceof PEMKeyPair pair) {
      return pair.getPrivateKeyInfo();
    }
    if (o instanceof PrivateKeyInfo info) {
      return info;
    }
    if (o instanceof PKCS8EncryptedPrivateKeyInfo encrypted) {
      if (password == null) {
        throw new ValidationException(field, "is encrypted and no password was given");
      }
      try {
        return encrypted.decryptPrivateKeyInfo(
            new JceOpenSSLPKCS8DecryptorProviderBuilder()
                .setProvider(new BouncyCastleProvider())
                .build(password));
      } catch (OperatorCreationException | PKCSException | RuntimeException e) {
        throw new ValidationException(field, "cannot be decrypted with the password given");
      }
    }
    return null;
  }
}
