package io.github.fsonboard.core.internal.jose;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.error.ValidationException;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;

/**
 * The SDK's one way to sign a JWT (client assertions, jwt-bearer grants, FS DCR registration
 * requests): picks the nimbus signer that fits the key and the algorithm, and turns every failure
 * into a {@link ValidationException} naming the key or algorithm.
 */
public final class Jws {
  private Jws() {}

  /**
   * Signs claims.
   *
   * @param claims the claims
   * @param key the RSA or EC private key
   * @param keyId the {@code kid} header, or null
   * @param algorithm {@code RS256}, {@code PS256}, {@code ES256}, ...
   * @param type the {@code typ} header, or null for none
   * @return the compact JWT
   * @throws ValidationException when the key cannot sign with the algorithm
   */
  public static String sign(
      JWTClaimsSet claims, PrivateKey key, String keyId, String algorithm, String type) {
    JWSAlgorithm alg = JWSAlgorithm.parse(algorithm);
    JWSHeader.Builder header = new JWSHeader.Builder(alg).keyID(keyId);
    if (type != null) {
      header.type(new JOSEObjectType(type));
    }
    return sign(claims, key, header.build());
  }

  /**
   * Signs claims under a header built by the caller (e.g. one carrying a {@code jwk}).
   *
   * @param claims the claims
   * @param key the RSA or EC private key
   * @param header the header, its algorithm fitting the key
   * @return the compact JWT
   * @throws ValidationException when the key cannot sign with the header's algorithm
   */
  public static String sign(JWTClaimsSet claims, PrivateKey key, JWSHeader header) {
    SignedJWT jwt = new SignedJWT(header, claims);
    try {
      jwt.sign(signer(key, header.getAlgorithm()));
    } catch (JOSEException e) {
      throw new ValidationException(
          "privateKey", "cannot sign with " + header.getAlgorithm() + ": " + e.getMessage());
    }
    return jwt.serialize();
  }

  /**
   * Adds a violation when a key signs {@code RS256}: FAPI 1 Advanced §8.6 and FAPI 2 §5.4 allow
   * only {@code PS256} and {@code ES256} for request objects. Takes the algorithm, not the key, so
   * that this package stays below {@code auth}, whose assertions it signs.
   *
   * @param algorithm the key's JWS algorithm, or null when there is no key (named elsewhere)
   * @param v the validation collecting violations
   */
  public static void requireFapiAlgorithm(String algorithm, Validation v) {
    if (algorithm != null) {
      v.require(
          !"RS256".equals(algorithm),
          "signingKey.algorithm",
          "RS256 is not allowed for request objects: FAPI requires PS256 or ES256"
              + " (an RSA key signs PS256 with withAlgorithm(\"PS256\"))");
    }
  }

  private static JWSSigner signer(PrivateKey key, JWSAlgorithm alg) throws JOSEException {
    if (JWSAlgorithm.Family.RSA.contains(alg) && key.getAlgorithm().equals("RSA")) {
      return new RSASSASigner(key);
    }
    if (JWSAlgorithm.Family.EC.contains(alg) && key instanceof ECPrivateKey ec) {
      return new ECDSASigner(ec);
    }
    throw new ValidationException(
        "algorithm", alg + " does not fit a " + key.getAlgorithm() + " key");
  }
}
