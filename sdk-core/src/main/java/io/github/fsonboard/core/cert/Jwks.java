package io.github.fsonboard.core.cert;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import io.github.fsonboard.core.auth.SigningKey;
import io.github.fsonboard.core.error.ValidationException;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Strict parsing of a public JWKS and matching of certificates against it.
 *
 * <pre>{@code
 * JWKSet jwks = Jwks.parse(json);
 * Optional<JwkMatch> match = Jwks.match(jwks, certificate);
 * }</pre>
 *
 * <p>Stricter than {@link JWKSet#parse(String)}: the set must be at most {@link #MAX_BYTES} bytes
 * and {@link #MAX_KEYS} keys, must not hold private or symmetric keys, and must not repeat a {@code
 * kid} for the same {@code use}. Keys of a type this library does not know are ignored (RFC 7517
 * §5), but a set left with no key is refused.
 */
public final class Jwks {
  /** Largest JWKS accepted, in UTF-8 bytes. */
  public static final int MAX_BYTES = 512 * 1024;

  /** Most keys accepted in one set. */
  public static final int MAX_KEYS = 100;

  private static final String FIELD = "jwks";

  private Jwks() {}

  /**
   * Parses and checks a public JWKS document.
   *
   * @param json the document
   * @return the key set, public keys only
   * @throws ValidationException naming {@code jwks} or {@code jwks.keys[i]} when the document is
   *     not JSON, too large, lacks {@code keys}, or holds a bad, private or duplicate key
   */
  public static JWKSet parse(String json) {
    return parse(json, MAX_BYTES);
  }

  /**
   * Parses and checks a public JWKS document that may be larger than {@link #MAX_BYTES}, e.g. one
   * fetched under a raised {@link io.github.fsonboard.core.http.ResponseLimits#jwks()}.
   *
   * @param json the document
   * @param maxBytes the largest document accepted, in UTF-8 bytes
   * @return the key set, public keys only
   * @throws ValidationException as {@link #parse(String)}
   */
  public static JWKSet parse(String json, long maxBytes) {
    if (json == null || json.isBlank()) {
      throw new ValidationException(FIELD, "is empty");
    }
    if (json.length() > maxBytes || json.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
      throw new ValidationException(FIELD, "is larger than " + maxBytes + " bytes");
    }
    Map<String, Object> root;
    try {
      root = JSONObjectUtils.parse(json);
    } catch (ParseException | RuntimeException e) {
      throw new ValidationException(FIELD, "is not a JSON object");
    }
    if (root == null) {
      throw new ValidationException(FIELD, "is not a JSON object"); // the document "null"
    }
    Object keys = root.get("keys");
    if (!(keys instanceof List<?> list)) {
      throw new ValidationException(FIELD, "has no \"keys\" array");
    }
    if (list.size() > MAX_KEYS) {
      throw new ValidationException(FIELD, "has more than " + MAX_KEYS + " keys");
    }
    List<JWK> parsed = new ArrayList<>();
    Set<String> kidUse = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      String field = FIELD + ".keys[" + i + "]";
      if (!(list.get(i) instanceof Map<?, ?> raw)) {
        throw new ValidationException(field, "is not a JSON object");
      }
      Object kty = raw.get("kty");
      if (!(kty instanceof String)) {
        throw new ValidationException(field, "has no \"kty\"");
      }
      if (!Set.of("RSA", "EC", "OKP", "oct").contains(kty)) {
        continue; // RFC 7517 §5: ignore keys of unknown type
      }
      if (raw.containsKey("d") || raw.containsKey("p") || raw.containsKey("k")) {
        throw new ValidationException(field, "holds private or symmetric key material");
      }
      JWK jwk = parseKey(raw, field);
      checkKeyMaterial(jwk, field);
      if (jwk.isPrivate() || jwk instanceof OctetSequenceKey) {
        throw new ValidationException(field, "holds private or symmetric key material");
      }
      if (jwk.getKeyID() != null && !kidUse.add(jwk.getKeyID() + "|" + jwk.getKeyUse())) {
        throw new ValidationException(field, "repeats kid \"" + jwk.getKeyID() + "\"");
      }
      parsed.add(jwk);
    }
    if (parsed.isEmpty()) {
      throw new ValidationException(FIELD, "has no usable public key");
    }
    return new JWKSet(parsed);
  }

  private static JWK parseKey(Map<?, ?> raw, String field) {
    try {
      @SuppressWarnings("unchecked")
      Map<String, Object> map = (Map<String, Object>) raw;
      return JWK.parse(map);
    } catch (ParseException e) {
      throw new ValidationException(field, "is not a valid JWK: " + shorten(e.getMessage()));
    } catch (RuntimeException e) {
      throw new ValidationException(field, "is not a valid JWK");
    }
  }

  /** Decodes RSA and EC keys now: a bad modulus or an off-curve point is refused here. */
  private static void checkKeyMaterial(JWK jwk, String field) {
    boolean onCurve = true;
    try {
      if (jwk instanceof RSAKey rsa) {
        rsa.toRSAPublicKey();
      } else if (jwk instanceof ECKey ec) {
        // toECPublicKey() alone accepts coordinates that are not a point of the curve.
        onCurve =
            com.nimbusds.jose.crypto.utils.ECChecks.isPointOnCurve(
                ec.toECPublicKey(), ec.getCurve().toECParameterSpec());
      }
    } catch (JOSEException | RuntimeException e) {
      throw new ValidationException(field, "has invalid public key parameters");
    }
    if (!onCurve) {
      throw new ValidationException(field, "has an EC public key that is not on its curve");
    }
  }

  /**
   * The public JWK set of a signing key, e.g. for the {@code jwks} member of a client registration:
   * one key with {@code kid}, {@code alg} and {@code use=sig} from the signing key and, when
   * certificates are given, {@code x5c} (leaf first) and {@code x5t#S256} of the leaf. Only public
   * parameters are ever copied: the private key never leaves the {@link SigningKey}.
   *
   * <pre>{@code
   * JWKSet jwks = Jwks.publicSetOf(signingKey, signingCertificate);
   * }</pre>
   *
   * @param key the signing key
   * @param chain the key's certificate first, then its issuers; none to publish the bare key (then
   *     the public key is derived from the private one: an RSA key must carry its CRT parameters,
   *     as keys read from PEM or a key store do)
   * @return a set with one public key
   * @throws ValidationException naming {@code signingKey} when it is missing or its public key
   *     cannot be derived, {@code certificate} when the leaf does not hold the key's public key
   */
  public static JWKSet publicSetOf(SigningKey key, X509Certificate... chain) {
    if (key == null) {
      throw new ValidationException("signingKey", "is required");
    }
    List<X509Certificate> certs = chain == null ? List.of() : Arrays.asList(chain);
    if (certs.contains(null)) {
      throw new ValidationException("certificate", "must not be null");
    }
    PublicKey publicKey =
        certs.isEmpty() ? PublicKeys.of(key.privateKey()) : certs.get(0).getPublicKey();
    if (!certs.isEmpty() && !PublicKeys.matches(key.privateKey(), publicKey)) {
      throw new ValidationException(
          "certificate", "does not hold the public key of signing key " + key.keyId());
    }
    try {
      JWK jwk = PublicKeys.jwk(publicKey, key, certs);
      return new JWKSet(jwk);
    } catch (java.security.cert.CertificateEncodingException e) {
      throw new ValidationException("certificate", "cannot be encoded");
    }
  }

  /**
   * Finds the key in {@code jwks} that holds the certificate's public key.
   *
   * @param jwks the key set
   * @param certificate the certificate
   * @return the match, empty when no key has the certificate's public key
   */
  public static Optional<JwkMatch> match(JWKSet jwks, X509Certificate certificate) {
    Base64URL certKey = thumbprint(certificate);
    if (certKey == null) {
      return Optional.empty();
    }
    String std = Certificates.x5tS256(certificate);
    String hex = Certificates.x5tS256Hex(certificate);
    JwkMatch best = null;
    for (JWK key : jwks.getKeys()) {
      if (!certKey.equals(thumbprint(key))) {
        continue;
      }
      JwkMatch m = new JwkMatch(key, matchedBy(key, certificate, std, hex));
      if (best == null || m.matchedBy().ordinal() < best.matchedBy().ordinal()) {
        best = m;
      }
    }
    return Optional.ofNullable(best);
  }

  private static JwkMatch.MatchedBy matchedBy(
      JWK key, X509Certificate certificate, String std, String hex) {
    Base64URL x5t = key.getX509CertSHA256Thumbprint();
    if (x5t != null && x5t.toString().equals(std)) {
      return JwkMatch.MatchedBy.X5T_S256;
    }
    if (x5t != null && x5t.toString().equals(hex)) {
      return JwkMatch.MatchedBy.X5T_S256_HEX;
    }
    List<Base64> x5c = key.getX509CertChain();
    if (x5c != null && !x5c.isEmpty()) {
      try {
        if (Arrays.equals(x5c.get(0).decode(), certificate.getEncoded())) {
          return JwkMatch.MatchedBy.X5C;
        }
      } catch (java.security.cert.CertificateEncodingException e) {
        // fall through to public key only
      }
    }
    return JwkMatch.MatchedBy.PUBLIC_KEY;
  }

  private static Base64URL thumbprint(X509Certificate certificate) {
    try {
      return JWK.parse(certificate).computeThumbprint();
    } catch (JOSEException | RuntimeException e) {
      return null; // key type JOSE cannot express: cannot be in a JWKS
    }
  }

  private static Base64URL thumbprint(JWK key) {
    try {
      return key.toPublicJWK().computeThumbprint();
    } catch (JOSEException | RuntimeException e) {
      return null;
    }
  }

  private static String shorten(String s) {
    if (s == null) {
      return "";
    }
    return s.length() > 150 ? s.substring(0, 150) : s;
  }
}
