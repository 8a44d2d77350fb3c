package io.github.fsonboard.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.error.Violation;
import io.github.fsonboard.core.internal.jose.Jws;
import io.github.fsonboard.harness.TestPki;
import java.io.StringWriter;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SigningKeyTest {
  private static KeyPair rsa;
  private static KeyPair p256;

  @BeforeAll
  static void keys() throws Exception {
    rsa = TestPki.rsaKeys(2048);
    p256 = TestPki.ecKeys("secp256r1");
  }

  @Test
  void pkcs8RsaSignsWithPs256() throws Exception {
    SigningKey key = SigningKey.fromPem(pem("PRIVATE KEY", rsa.getPrivate().getEncoded()), "k1");

    assertThat(key.algorithm()).isEqualTo("PS256");
    assertThat(key.keyId()).isEqualTo("k1");
    assertThat(verifies(key, new RSASSAVerifier((RSAPublicKey) rsa.getPublic()))).isTrue();
  }

  @Test
  void pkcs1RsaIsRead() throws Exception {
    byte[] pkcs1 =
        PrivateKeyInfo.getInstance(rsa.getPrivate().getEncoded())
            .parsePrivateKey()
            .toASN1Primitive()
            .getEncoded();

    SigningKey key = SigningKey.fromPem(pem("RSA PRIVATE KEY", pkcs1), "k1");

    assertThat(verifies(key, new RSASSAVerifier((RSAPublicKey) rsa.getPublic()))).isTrue();
  }

  @Test
  void sec1EcWithAndWithoutItsPublicPointIsRead() throws Exception {
    ECPrivateKey ec = (ECPrivateKey) p256.getPrivate();
    org.bouncycastle.asn1.x9.X962Parameters curve =
        new org.bouncycastle.asn1.x9.X962Parameters(X9ObjectIdentifiers.prime256v1);
    byte[] withPoint =
        new org.bouncycastle.asn1.sec.ECPrivateKey(
                256,
                ec.getS(),
                org.bouncycastle.asn1.x509.SubjectPublicKeyInfo.getInstance(
                        p256.getPublic().getEncoded())
                    .getPublicKeyData(),
                curve)
            .getEncoded();
    byte[] withoutPoint =
        new org.bouncycastle.asn1.sec.ECPrivateKey(256, ec.getS(), curve).getEncoded();

    for (byte[] sec1 : new byte[][] {withPoint, withoutPoint}) {
      SigningKey key = SigningKey.fromPem(pem("EC PRIVATE KEY", sec1), "e1");
      assertThat(key.algorithm()).isEqualTo("ES256");
      assertThat(verifies(key, new ECDSAVerifier((ECPublicKey) p256.getPublic()))).isTrue();
    }
  }

  @Test
  void encryptedPkcs8IsDecryptedWithThePassword() throws Exception {
    Secret encrypted = encryptedPem(p256.getPrivate(), "s3cret-pw");

    SigningKey key = SigningKey.fromPem(encrypted, Secret.of("s3cret-pw"), "e1");

    assertThat(verifies(key, new ECDSAVerifier((ECPublicKey) p256.getPublic()))).isTrue();
  }

  @Test
  void aWrongOrMissingPasswordIsAClearError() throws Exception {
    Secret encrypted = encryptedPem(p256.getPrivate(), "s3cret-pw");

    assertThatThrownBy(() -> SigningKey.fromPem(encrypted, Secret.of("wrong-pw"), "e1"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo("signingKey.pem");
              assertThat(e.getMessage()).contains("cannot be decrypted").doesNotContain("wrong-pw");
            });
    assertThatThrownBy(() -> SigningKey.fromPem(encrypted, "e1"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("no password");
  }

  @Test
  void garbageIsRefusedWithoutEchoingIt() {
    String garbage = "-----BEGIN PRIVATE KEY-----\nTUlJQ0FOT1RBS0VZ\n-----END PRIVATE KEY-----\n";

    assertThatThrownBy(() -> SigningKey.fromPem(Secret.of(garbage), "k"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo("signingKey.pem");
              assertThat(e.getMessage()).doesNotContain("TUlJQ0FOT1RBS0VZ");
            });
    assertThatThrownBy(() -> SigningKey.fromPem(Secret.of("not a pem at all"), "k"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("contains no private key");
    assertThatThrownBy(() -> SigningKey.fromPem(null, "k"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("signingKey.pem");
  }

  @Test
  void aWeakRsaKeyIsRefused() throws Exception {
    PrivateKey weak = TestPki.rsaKeys(1024).getPrivate();

    assertThatThrownBy(() -> SigningKey.of(weak, "k"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo("signingKey.privateKey");
              assertThat(e.getMessage()).contains("1024 bits");
            });
  }

  @Test
  void anEcKeyOffP256IsRefused() throws Exception {
    PrivateKey p384 = TestPki.ecKeys("secp384r1").getPrivate();

    assertThatThrownBy(() -> SigningKey.fromPem(pem("PRIVATE KEY", p384.getEncoded()), "k"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("P-256");
  }

  @Test
  void theAlgorithmMustFitTheKey() {
    assertThatThrownBy(() -> new SigningKey(rsa.getPrivate(), "k", "ES256"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("ES256 does not fit an RSA key");
    assertThatThrownBy(() -> SigningKey.of(p256.getPrivate(), "k").withAlgorithm("PS256"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("PS256 does not fit an EC key");
    assertThat(SigningKey.of(rsa.getPrivate(), "k").withAlgorithm("RS256").algorithm())
        .isEqualTo("RS256");
  }

  @Test
  void everyBadComponentIsNamedAtOnce() {
    assertThatThrownBy(() -> new SigningKey(null, " ", "HS256"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactlyInAnyOrder(
                        "signingKey.privateKey", "signingKey.keyId", "signingKey.algorithm"));
  }

  @Test
  void aKeyStoreEntryIsRead() throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry(
        "tpp",
        rsa.getPrivate(),
        "store-pw".toCharArray(),
        new java.security.cert.Certificate[] {TestPki.spec("tpp").keys(rsa).issue().certificate()});

    SigningKey key = SigningKey.fromKeyStore(store, "tpp", Secret.of("store-pw"), "k1");

    assertThat(verifies(key, new RSASSAVerifier((RSAPublicKey) rsa.getPublic()))).isTrue();
    assertThatThrownBy(() -> SigningKey.fromKeyStore(store, "tpp", Secret.of("nope"), "k1"))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("signingKey.password"));
    assertThatThrownBy(() -> SigningKey.fromKeyStore(store, "other", Secret.of("store-pw"), "k1"))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("signingKey.alias"));
  }

  @Test
  void noKeyMaterialInItsText() throws Exception {
    SigningKey key = SigningKey.of(rsa.getPrivate(), "k1");
    String modulus = ((RSAPublicKey) rsa.getPublic()).getModulus().toString(16);

    assertThat(key.toString()).isEqualTo("SigningKey[keyId=k1, PS256]");
    assertThat(key.toString()).doesNotContain(modulus.substring(0, 16));
  }

  private static boolean verifies(SigningKey key, com.nimbusds.jose.JWSVerifier verifier)
      throws Exception {
    String jwt =
        Jws.sign(
            new JWTClaimsSet.Builder().subject("s").build(),
            key.privateKey(),
            key.keyId(),
            key.algorithm(),
            null);
    SignedJWT parsed = SignedJWT.parse(jwt);
    assertThat(parsed.getHeader().getAlgorithm().getName()).isEqualTo(key.algorithm());
    return parsed.verify(verifier);
  }

  private static Secret pem(String type, byte[] der) {
    return Secret.of(TestPki.pem(type, der));
  }

  private static Secret encryptedPem(PrivateKey key, String password) throws Exception {
    var encryptor =
        new JceOpenSSLPKCS8EncryptorBuilder(JcaPKCS8Generator.AES_256_CBC)
            .setProvider(new BouncyCastleProvider())
            .setPassword(password.toCharArray())
            .build();
    StringWriter out = new StringWriter();
    try (JcaPEMWriter w = new JcaPEMWriter(out)) {
      w.writeObject(new JcaPKCS8Generator(key, encryptor));
    }
    return Secret.of(out.toString());
  }
}
