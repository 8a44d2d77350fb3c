package io.github.fsonboard.core.auth;

import com.nimbusds.jose.jwk.Curve;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.internal.pem.Pem;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAKey;
import java.util.Arrays;
import java.util.Set;

/**
 * A private key that signs JWTs: {@code private_key_jwt} client assertions, jwt-bearer grants,
 * request objects and FS DCR registration requests. It lives beside {@link Secret} because it is a
 * credential, not a JOSE detail: every client that signs takes one, and no key material ever
 * reaches its {@code toString}, a log line or an exception message.
 *
 * <p>The algorithm fits the key or the key is refused: {@code PS256} or {@code RS256} for an RSA
 * key of at least 2048 bits, {@code ES256} for a P-256 EC key.
 *
 * <pre>{@code
 * SigningKey key = SigningKey.fromPem(Secret.of(pemText), "kid-1");          // PS256 or ES256
 * SigningKey enc = SigningKey.fromPem(Secret.of(pemText), Secret.of(pw), "kid-1");
 * SigningKey ks = SigningKey.fromKeyStore(keyStore, "tpp", Secret.of(pw), "kid-1");
 * SigningKey rs = key.withAlgorithm("RS256");
 * }</pre>
 *
 * @param privateKey an RSA key (at least 2048 bits) or a P-256 EC key
 * @param keyId the {@code kid} header (the public key's id in the JWKS), or null for none
 * @param algorithm {@code PS256}, {@code RS256} or {@code ES256}
 */
public record SigningKey(PrivateKey privateKey, String keyId, String algorithm) {
  /** The JWS algorithms a signing key may use. */
  public static final Set<String> ALGORITHMS = Set.of("PS256", "RS256", "ES256");

  private static final int MIN_RSA_BITS = 2048;

  /** Checks every component at once. */
  public SigningKey {
    Validation v = new Validation();
    v.require(privateKey != null, "signingKey.privateKey", "is required");
    v.require(keyId == null || !keyId.isBlank(), "signingKey.keyId", "must not be blank");
    v.require(
        algorithm != null && ALGORITHMS.contains(algorithm),
        "signingKey.algorithm",
        "must be one of PS256, RS256, ES256");
    if (privateKey != null) {
      checkKey(privateKey, algorithm, v);
    }
    v.throwIfInvalid();
  }

  /**
   * Wraps a key with the algorithm its type implies: {@code PS256} for RSA, {@code ES256} for EC.
   *
   * @param privateKey the key
   * @param keyId the {@code kid}, or null
   * @return the signing key
   * @throws ValidationException when the key is missing, weak or of another kind
   */
  public static SigningKey of(PrivateKey privateKey, String keyId) {
    return new SigningKey(privateKey, keyId, defaultAlgorithm(privateKey));
  }

  /**
   * Reads an unencrypted PEM key: PKCS#8 {@code PRIVATE KEY}, PKCS#1 {@code RSA PRIVATE KEY} or
   * SEC1 {@code EC PRIVATE KEY} (with or without its public point).
   *
   * @param pem the PEM text
   * @param keyId the {@code kid}, or null
   * @return the signing key, {@code PS256} for RSA and {@code ES256} for EC
   * @throws ValidationException when the text holds no usable key
   */
  public static SigningKey fromPem(Secret pem, String keyId) {
    return fromPem(pem, null, keyId);
  }

  /**
   * Reads a PEM key, decrypting an {@code ENCRYPTED PRIVATE KEY} (PKCS#8) with the password.
   *
   * @param pem the PEM text
   * @param password the password, or null for an unencrypted key
   * @param keyId the {@code kid}, or null
   * @return the signing key, {@code PS256} for RSA and {@code ES256} for EC
   * @throws ValidationException when the text holds no usable key or the password is wrong
   */
  public static SigningKey fromPem(Secret pem, Secret password, String keyId) {
    if (pem == null) {
      throw new ValidationException("signingKey.pem", "is required");
    }
    char[] pw = password == null ? null : password.revealChars();
    try {
      return of(Pem.privateKey(pem.reveal(), pw, "signingKey.pem"), keyId);
    } finally {
      if (pw != null) {
        Arrays.fill(pw, '\0');
      }
    }
  }

  /**
   * Reads the private key stored under an alias of a loaded key store (PKCS#12 or JKS).
   *
   * @param keyStore the loaded key store
   * @param alias the key entry's alias
   * @param password the key entry's password
   * @param keyId the {@code kid}, or null
   * @return the signing key, {@code PS256} for RSA and {@code ES256} for EC
   * @throws ValidationException when the entry is missing, not a private key or the password is
   *     wrong
   */
  public static SigningKey fromKeyStore(
      KeyStore keyStore, String alias, Secret password, String keyId) {
    Validation v = new Validation();
    v.require(keyStore != null, "signingKey.keyStore", "is required");
    v.require(alias != null && !alias.isBlank(), "signingKey.alias", "is required");
    v.require(password != null, "signingKey.password", "is required");
    v.throwIfInvalid();
    char[] pw = password.revealChars();
    Key key;
    try {
      key = keyStore.getKey(alias, pw);
    } catch (GeneralSecurityException e) {
      throw new ValidationException(
          "signingKey.password", "cannot recover the key under alias " + alias);
    } finally {
      Arrays.fill(pw, '\0');
    }
    if (!(key instanceof PrivateKey privateKey)) {
      throw new ValidationException("signingKey.alias", "holds no private key: " + alias);
    }
    return of(privateKey, keyId);
  }

  /**
   * Returns this key with another algorithm, e.g. {@code RS256} where a server does not take {@code
   * PS256}.
   *
   * @param algorithm {@code PS256}, {@code RS256} or {@code ES256}
   * @return the signing key
   * @throws ValidationException when the algorithm does not fit the key
   */
  public SigningKey withAlgorithm(String algorithm) {
    return new SigningKey(privateKey, keyId, algorithm);
  }

  private static String defaultAlgorithm(PrivateKey key) {
    if (key == null) {
      return "PS256"; // the constructor names the missing key
    }
    return key instanceof ECPrivateKey ? "ES256" : "PS256";
  }

  private static void checkKey(PrivateKey key, String algorithm, Validation v) {
    if (key instanceof RSAKey rsa) {
      int bits = rsa.getModulus().bitLength();
      v.require(
          bits >= MIN_RSA_BITS,
          "signingKey.privateKey",
          "RSA key has " + bits + " bits; at least " + MIN_RSA_BITS + " are required");
      v.require(
          algorithm == null || !algorithm.equals("ES256"),
          "signingKey.algorithm",
          "ES256 does not fit an RSA key");
    } else if (key instanceof ECPrivateKey ec) {
      v.require(
          Curve.P_256.equals(Curve.forECParameterSpec(ec.getParams())),
          "signingKey.privateKey",
          "EC key must be on curve P-256");
      v.require(
          algorithm == null || algorithm.equals("ES256"),
          "signingKey.algorithm",
          algorithm + " does not fit an EC key");
    } else {
      v.add("signingKey.privateKey", "must be an RSA or EC key, not " + key.getAlgorithm());
    }
  }

  @Override
  public String toString() {
    return "SigningKey[keyId=" + keyId + ", " + algorithm + "]";
  }
}
