package io.github.fsonboard.core.cert;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.Base64URL;
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
import java.util.ArrayList;
import java.util.List;
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
    List<Base64> x5c = new ArrayList<>();
    for (X509Certificate c : chain) {
      x5c.add(Base64.encode(c.getEncoded()));
    }
    Base64URL x5t = chain.isEmpty() ? null : new Base64URL(Certificates.x5tS256(chain.get(0)));
    JWSAlgorithm alg = JWSAlgorithm.parse(key.algorithm());
    if (publicKey instanceof RSAPublicKey rsa) {
      return new RSAKey.Builder(rsa)
          .keyID(key.keyId())
          .algorithm(alg)
          .keyUse(KeyUse.SIGNATURE)
          .x509CertChain(x5c.isEmpty() ? null : x5c)
          .x509CertSHA256Thumbprint(x5t)
          .build();
    }
    ECPublicKey ec = (ECPublicKey) publicKey;
    return new ECKey.Builder(Curve.forECParameterSpec(ec.getParams()), ec)
        .keyID(key.keyId())
        .algorithm(alg)
        .keyUse(KeyUse.SIGNATURE)
        .x509CertChain(x5c.isEmpty() ? null : x5c)
        .x509CertSHA256Thumbprint(x5t)
        .build();
  }
}
