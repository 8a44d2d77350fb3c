package io.github.fsonboard.core.internal.tls;

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
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/** PEM reading for the transport's trust and client-certificate material. */
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
    try (PEMParser parser = new PEMParser(new StringReader(pem))) {
      Object o;
      while ((o = parser.readObject()) != null) {
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
        if (o instanceof PEMKeyPair pair) {
          return converter.getKeyPair(pair).getPrivate();
        }
        if (o instanceof PrivateKeyInfo info) {
          return converter.getPrivateKey(info);
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new ValidationException(field, "is not a readable PEM private key");
    }
    throw new ValidationException(
        field, "contains no unencrypted private key (PKCS#8, PKCS#1 or SEC1 PEM)");
  }
}
