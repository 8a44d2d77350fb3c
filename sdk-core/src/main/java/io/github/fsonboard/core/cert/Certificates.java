package io.github.fsonboard.core.cert;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.Base64;
import io.github.fsonboard.core.error.ValidationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;

/**
 * Parses certificates the way WSO2 accepts them, and computes their JWK thumbprints.
 *
 * <pre>{@code
 * List<X509Certificate> chain = Certificates.parse(pemOrBase64Text); // leaf first
 * String x5t = Certificates.x5tS256(chain.get(0));
 * }</pre>
 *
 * <p>Accepted text: one or more PEM {@code CERTIFICATE} blocks (other blocks are ignored, a private
 * key is refused), a bare base64 DER body without armour, any whitespace, CRLF, literal {@code \n}
 * escapes and URL encoding (as in WSO2's {@code x-wso2-mutual-auth-cert} header). Every failure is
 * a {@link ValidationException}; nothing else escapes.
 */
public final class Certificates {
  private static final String FIELD = "certificate";

  private Certificates() {}

  /**
   * Parses PEM or bare base64 text.
   *
   * @param text the certificate(s)
   * @return the certificates in the given order; never empty
   * @throws ValidationException naming {@code certificate} when nothing valid is found
   */
  public static List<X509Certificate> parse(String text) {
    return CertificateReader.fromText(text, FIELD);
  }

  /**
   * Parses DER bytes, or PEM/base64 text given as bytes.
   *
   * @param bytes the encoded certificate(s)
   * @return the certificates in the given order; never empty
   * @throws ValidationException naming {@code certificate} when nothing valid is found
   */
  public static List<X509Certificate> parse(byte[] bytes) {
    return CertificateReader.fromBytes(bytes, FIELD);
  }

  /**
   * Parses exactly one certificate.
   *
   * @param text PEM or bare base64
   * @return the certificate
   * @throws ValidationException when the text holds no certificate or more than one
   */
  public static X509Certificate parseOne(String text) {
    List<X509Certificate> certs = parse(text);
    if (certs.size() != 1) {
      throw new ValidationException(FIELD, "holds " + certs.size() + " certificates, expected 1");
    }
    return certs.get(0);
  }

  /**
   * Decodes a JWK's {@code x5c} chain.
   *
   * @param jwk a key from a JWKS
   * @return the chain, leaf first
   * @throws ValidationException naming {@code x5c} when absent or malformed
   */
  public static List<X509Certificate> fromX5c(JWK jwk) {
    if (jwk == null || jwk.getX509CertChain() == null) {
      throw new ValidationException("x5c", "is absent");
    }
    return CertificateReader.fromX5c(
        jwk.getX509CertChain().stream().map(Base64::toString).toList(), "x5c");
  }

  /**
   * Decodes an {@code x5c} array given as strings.
   *
   * @param x5c standard-base64 DER certificates, leaf first
   * @return the chain
   * @throws ValidationException naming {@code x5c[i]} for a malformed entry
   */
  public static List<X509Certificate> fromX5c(List<String> x5c) {
    return CertificateReader.fromX5c(x5c, "x5c");
  }

  /**
   * Standard {@code x5t#S256} thumbprint: base64url of SHA-256 of the DER encoding (RFC 7515, RFC
   * 8705 {@code cnf}).
   *
   * @param certificate the certificate
   * @return the 43-character thumbprint
   */
  public static String x5tS256(X509Certificate certificate) {
    return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(certificate));
  }

  /**
   * WSO2's variant of {@code x5t#S256}: base64url of the lower-case hex string of SHA-256 of the
   * DER encoding, used by Identity Server when {@code IsThumbprintHexifyRequired} is set.
   *
   * @param certificate the certificate
   * @return the 86-character thumbprint
   */
  public static String x5tS256Hex(X509Certificate certificate) {
    String hex = HexFormat.of().formatHex(sha256(certificate));
    return java.util.Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(hex.getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * The one canonical PEM of a certificate: one {@code CERTIFICATE} block, base64 lines of 64
   * characters, {@code \n} line ends, a final line end. Whatever form a certificate arrives in (see
   * the accepted text above), this is the form the SDK sends.
   *
   * @param certificate the certificate
   * @return its PEM text
   */
  public static String toPem(X509Certificate certificate) {
    byte[] der;
    try {
      der = certificate.getEncoded();
    } catch (CertificateEncodingException e) {
      throw new ValidationException(FIELD, "cannot be DER-encoded");
    }
    String body = java.util.Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
    return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n";
  }

  /**
   * The canonical PEM ({@link #toPem(X509Certificate)}) of a certificate given in any accepted text
   * form; two texts of the same certificate give the same result.
   *
   * @param text the certificate text
   * @return its canonical PEM
   * @throws ValidationException when the text is not one certificate
   */
  public static String canonicalPem(String text) {
    return toPem(parseOne(text));
  }

  static byte[] sha256(X509Certificate certificate) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
    } catch (CertificateEncodingException e) {
      throw new ValidationException(FIELD, "cannot be DER-encoded");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
