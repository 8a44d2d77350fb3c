package io.github.fsonboard.core.internal.x509;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Key size, signature algorithm and key usage rules, as plain functions returning a problem. */
public final class KeyChecks {
  /** MD2/MD5/SHA-1 based signature algorithms, by OID. */
  private static final Set<String> WEAK_SIGNATURE_OIDS =
      Set.of(
          "1.2.840.113549.1.1.2", // md2WithRSAEncryption
          "1.2.840.113549.1.1.4", // md5WithRSAEncryption
          "1.2.840.113549.1.1.5", // sha1WithRSAEncryption
          "1.2.840.10045.4.1", // ecdsa-with-SHA1
          "1.2.840.10040.4.3", // dsa-with-sha1
          "1.3.14.3.2.29"); // sha1WithRSA (OIW)

  public static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
  public static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
  public static final String ANY_EKU = "2.5.29.37.0";

  private KeyChecks() {}

  /** Returns null when strong enough, else the problem. */
  public static String keyProblem(PublicKey key, int minRsaBits, int minEcBits) {
    if (key instanceof RSAPublicKey rsa) {
      int bits = rsa.getModulus().bitLength();
      return bits >= minRsaBits ? null : "RSA key of " + bits + " bits (< " + minRsaBits + ")";
    }
    if (key instanceof ECPublicKey ec) {
      int bits = ec.getParams().getCurve().getField().getFieldSize();
      return bits >= minEcBits ? null : "EC key on a " + bits + "-bit curve (< " + minEcBits + ")";
    }
    if (key instanceof EdECPublicKey) {
      return null;
    }
    return "unsupported key algorithm " + key.getAlgorithm();
  }

  /** Returns null when acceptable, else the problem. */
  public static String signatureProblem(X509Certificate cert) {
    String oid = cert.getSigAlgOID();
    String name = cert.getSigAlgName() == null ? "" : cert.getSigAlgName().toUpperCase(Locale.ROOT);
    if (WEAK_SIGNATURE_OIDS.contains(oid)
        || name.contains("MD5")
        || name.contains("MD2")
        || name.startsWith("SHA1")) {
      return "signed with weak algorithm " + cert.getSigAlgName();
    }
    return null;
  }

  /**
   * Key usage bits: 0 digitalSignature, 1 nonRepudiation. Returns null when the purpose is allowed,
   * else the problem.
   */
  public static String usageProblem(X509Certificate cert, boolean tlsClient) {
    boolean[] ku = cert.getKeyUsage();
    List<String> eku;
    try {
      eku = cert.getExtendedKeyUsage();
    } catch (java.security.cert.CertificateParsingException e) {
      return "extended key usage extension is malformed";
    }
    if (tlsClient) {
      if (ku != null && !ku[0]) {
        return "key usage lacks digitalSignature, required for TLS client authentication";
      }
      if (eku != null && !eku.contains(CLIENT_AUTH) && !eku.contains(ANY_EKU)) {
        return "extended key usage " + eku + " lacks clientAuth";
      }
      return null;
    }
    if (ku != null && !ku[0] && !(ku.length > 1 && ku[1])) {
      return "key usage lacks digitalSignature and nonRepudiation, required for signing";
    }
    if (eku != null
        && !eku.isEmpty()
        && !eku.contains(ANY_EKU)
        && eku.stream().allMatch(e -> e.equals(CLIENT_AUTH) || e.equals(SERVER_AUTH))) {
      return "extended key usage " + eku + " restricts the key to TLS";
    }
    return null;
  }
}
