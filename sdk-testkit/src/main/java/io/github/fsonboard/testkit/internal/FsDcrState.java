package io.github.fsonboard.testkit.internal;

import com.nimbusds.jose.jwk.JWKSet;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The state behind the FS DCR API and the test directory: the directory's SSA signing key and CA,
 * the software JWKS it publishes, the SSA issuers the server accepts, the JTI cache and which
 * transport certificate each registered client is bound to.
 */
public final class FsDcrState {
  /** The SSA issuer FS's deployment.toml allows by default (SSAIssuerValidator allowed_values). */
  public static final String DIRECTORY_ISSUER = "OpenBanking Ltd";

  /** The key id of the directory's SSA signing key. */
  public static final String DIRECTORY_KID = "fsonboard-test-directory";

  private final KeyPair directoryKeys;
  private final KeyPair caKeys;
  private final X509Certificate caCertificate;

  /** Software id to the public JWKS the directory publishes for it. */
  public final Map<String, JWKSet> softwareJwks = new ConcurrentHashMap<>();

  /**
   * JTIs seen in registration requests and SSAs: one cache for both, like FS's
   * IdentityCommonUtils.isJTIReplayed over JwtJtiCache.
   */
  public final Set<String> seenJtis = ConcurrentHashMap.newKeySet();

  /** Client id to the base64url SHA-256 thumbprint of the certificate it registered with. */
  public final Map<String, String> boundCertificates = new ConcurrentHashMap<>();

  /** Creates fresh directory keys. */
  public FsDcrState() {
    try {
      this.directoryKeys = KeyMaterial.sharedRsaKeys("test-directory");
      KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
      ec.initialize(256);
      this.caKeys = ec.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The JDK lacks RSA or EC", e);
    }
    this.caCertificate =
        KeyMaterial.issue(
            "CN=FS Onboard Test Directory CA,O=FS Onboard Testkit",
            caKeys.getPublic(),
            null,
            caKeys,
            true,
            false,
            Duration.ofDays(2));
  }

  /**
   * The directory's SSA signing keys (RSA, PS256).
   *
   * @return the keys
   */
  public KeyPair directoryKeys() {
    return directoryKeys;
  }

  /**
   * The directory CA's keys (EC), which sign transport and signing certificates.
   *
   * @return the keys
   */
  public KeyPair caKeys() {
    return caKeys;
  }

  /**
   * The directory CA certificate; the gateway trusts client certificates it signed.
   *
   * @return the certificate
   */
  public X509Certificate caCertificate() {
    return caCertificate;
  }
}
