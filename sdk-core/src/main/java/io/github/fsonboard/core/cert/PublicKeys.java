package io.github.fsonboard.core.cert;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import io.github.fsonboard.core.auth.SigningKey;
import io.github.fsonboard.core.error.ValidationException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bouncycastle.jcajce.provider.asymmetric.util.EC5Util;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/** The public half of a signing key, derived or checked against a certificate, as a JWK. */
final class PublicKeys {
  private PublicKeys() {}

  /** Derives the public key: RSA from the CRT parameters, EC as d·G on the key's curve. */
  static PublicKey of(PrivateKey key) {
    try {
      if (key instanceof RSAPrivateCrtKey rsa) {
        return KeyFactory.getInstance("RSA")
            .generatePublic(new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
      }
      if (key instanceof ECPrivateKey ec) {
        org.bouncycastle.math.ec.ECPoint q =
            new FixedPointCombMultiplier()
                .multiply(EC5Util.convertSpec(ec.getParams()).getG(), ec.getS())
                .normalize();
        ECPoint w =
            new ECPoint(q.getAffineXCoord().toBigInteger(), q.getAffineYCoord().toBigInteger());
        return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(w, ec.getParams()));
      }
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new ValidationException("signingKey", "its public key cannot be derived");
    }
    throw new ValidationException(
        "signingKey", "its public key cannot be derived: give the signing certificate");
  }

  /** Tells whether a certificate's public key belongs to the private key. */
  static boolean matches(PrivateKey key, PublicKey publicKey) {
    if (key instanceof RSAPrivateKey rsa && publicKey instanceof RSAPublicKey pub) {
      return rsa.getModulus().equals(pub.getModulus());
    }
    if (key instanceof ECPrivateKey && publicKey instanceof ECPublicKey pub) {
      return ((ECPublicKey) of(key)).getW().equals(pub.getW());
    }
    return false;
  }

  /** The public JWK with the signing key's kid and alg, {@code use=sig} and the chain. */
  static JWK jwk(PublicKey publicKey, SigningKey key, List<X509Certificate> chain)
      throws CertificateEncodingException {
    JWK bare =
        publicKey instanceof ECPublicKey ec
            ? new ECKey.Builder(Curve.forECParameterSpec(ec.getParams()), ec).build()
            : new RSAKey.Builder((RSAPublicKey) publicKey).build();
    Map<String, Object> json = bare.toJSONObject();
    if (key.keyId() != null) {
      json.put("kid", key.keyId());
    }
    json.put("alg", key.algorithm());
    json.put("use", "sig");
    if (!chain.isEmpty()) {
      List<String> x5c = new ArrayList<>();
      for (X509Certificate c : chain) {
        x5c.add(java.util.Base64.getEncoder().encodeToString(c.getEncoded()));
      }
      json.put("x5c", x5c);
      json.put("x5t#S256", Certificates.x5tS256(chain.get(0)));
    }
    try {
      return JWK.parse(json);
    } catch (ParseException e) {
      throw new ValidationException("certificate", "does not fit the key: " + e.getMessage());
    }
  }
}
