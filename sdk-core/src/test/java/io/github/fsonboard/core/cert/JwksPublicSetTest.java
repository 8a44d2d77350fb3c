package io.github.fsonboard.core.cert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import io.github.fsonboard.core.auth.SigningKey;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.harness.TestPki;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import org.junit.jupiter.api.Test;

class JwksPublicSetTest {
  private static final TestPki.Issued CA = TestPki.ca("jwks-ca");
  private static final TestPki.Issued EC_LEAF = TestPki.leaf(CA, "tpp-signing");
  private static final TestPki.Issued RSA_LEAF =
      TestPki.leaf(CA, TestPki.rsaKeys(), "SHA256withECDSA", "tpp-signing-rsa");

  @Test
  void aCertificateGivesX5cAndX5tAndOnlyPublicMembers() {
    SigningKey key = SigningKey.of(EC_LEAF.privateKey(), "sig-1");

    JWKSet set = Jwks.publicSetOf(key, EC_LEAF.certificate(), CA.certificate());

    JWK jwk = set.getKeyByKeyId("sig-1");
    assertThat(jwk).isInstanceOf(ECKey.class);
    assertThat(jwk.isPrivate()).isFalse();
    assertThat(jwk.getAlgorithm().getName()).isEqualTo("ES256");
    assertThat(jwk.getKeyUse()).isEqualTo(KeyUse.SIGNATURE);
    assertThat(jwk.getX509CertChain()).hasSize(2);
    assertThat(jwk.getX509CertSHA256Thumbprint().toString())
        .isEqualTo(Certificates.x5tS256(EC_LEAF.certificate()));
    // Serialised with private keys allowed, there is still nothing private to write.
    assertThat(set.toString(false)).doesNotContain("\"d\"");
    assertThat(Jwks.parse(set.toString(false)).getKeys()).hasSize(1);
    assertThat(Jwks.match(set, EC_LEAF.certificate()))
        .map(JwkMatch::matchedBy)
        .contains(JwkMatch.MatchedBy.X5T_S256);
  }

  @Test
  void withoutACertificateThePublicKeyIsDerivedFromThePrivateOne() throws Exception {
    JWK ec = Jwks.publicSetOf(SigningKey.of(EC_LEAF.privateKey(), "e")).getKeys().get(0);
    JWK rsa = Jwks.publicSetOf(SigningKey.of(RSA_LEAF.privateKey(), "r")).getKeys().get(0);

    assertThat(((ECKey) ec).toECPublicKey().getW())
        .isEqualTo(((ECPublicKey) EC_LEAF.certificate().getPublicKey()).getW());
    assertThat(((RSAKey) rsa).toRSAPublicKey().getModulus())
        .isEqualTo(((RSAPublicKey) RSA_LEAF.certificate().getPublicKey()).getModulus());
    assertThat(rsa.getAlgorithm().getName()).isEqualTo("PS256");
    assertThat(ec.isPrivate()).isFalse();
    assertThat(rsa.isPrivate()).isFalse();
    assertThat(ec.getX509CertChain()).isNull();
    assertThat(new JWKSet(java.util.List.of(ec, rsa)).toString(false))
        .doesNotContain("\"d\"", "\"p\"", "\"q\"", "\"dp\"", "\"dq\"", "\"qi\"");
  }

  @Test
  void aCertificateOfAnotherKeyIsRefused() {
    SigningKey key = SigningKey.of(EC_LEAF.privateKey(), "sig-1");

    assertThatThrownBy(() -> Jwks.publicSetOf(key, TestPki.leaf(CA, "other").certificate()))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("certificate"));
    assertThatThrownBy(() -> Jwks.publicSetOf(null))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("signingKey"));
  }
}
