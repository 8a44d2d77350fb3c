package io.github.fsonboard.testkit;

import io.github.fsonboard.core.auth.SigningKey;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/**
 * A test TPP's software as the {@link TestDirectory} issued it: the SSA, the software signing key
 * (whose public half the directory publishes at {@link #jwksUrl()}) and a transport certificate
 * signed by the directory CA, which the emulator's FS gateway trusts.
 *
 * @param softwareId the software id (the SSA's {@code software_id})
 * @param ssa the signed software statement assertion
 * @param signingKey the software signing key
 * @param keyId its {@code kid} in the software JWKS
 * @param algorithm {@code PS256} or {@code ES256}
 * @param signingCertificate the signing key's certificate
 * @param transportCertificate the mutual TLS certificate
 * @param transportKey its private key
 * @param jwksUrl the SSA's {@code software_jwks_endpoint}
 */
public record TestSoftware(
    String softwareId,
    String ssa,
    PrivateKey signingKey,
    String keyId,
    String algorithm,
    X509Certificate signingCertificate,
    X509Certificate transportCertificate,
    PrivateKey transportKey,
    String jwksUrl) {

  /**
   * The software signing key as the SDK takes it ({@code kid} and algorithm included), for FS DCR
   * registration requests, {@code private_key_jwt} and the DCR {@code jwks} member.
   *
   * @return the signing key
   */
  public SigningKey asSigningKey() {
    return new SigningKey(signingKey, keyId, algorithm);
  }

  /**
   * The transport certificate as PEM.
   *
   * @return the PEM text
   */
  public String transportCertificatePem() {
    return io.github.fsonboard.testkit.internal.KeyMaterial.pem(transportCertificate);
  }

  /**
   * The transport key as PKCS#8 PEM.
   *
   * @return the PEM text
   */
  public String transportPrivateKeyPem() {
    return io.github.fsonboard.testkit.internal.KeyMaterial.privateKeyPem(transportKey);
  }

  @Override
  public String toString() {
    return "TestSoftware[" + softwareId + ", kid=" + keyId + ", " + algorithm + "]";
  }
}
