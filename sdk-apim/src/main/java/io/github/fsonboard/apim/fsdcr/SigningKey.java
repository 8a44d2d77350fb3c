package io.github.fsonboard.apim.fsdcr;

import io.github.fsonboard.core.error.Validation;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.util.Set;

/**
 * The TPP's software signing key: signs registration requests and, for {@code private_key_jwt}, the
 * client assertions at the token endpoint. Its public half must be in the JWKS at the SSA's {@code
 * software_jwks_endpoint} under {@code keyId}: the gateway verifies the request there.
 *
 * @param privateKey an RSA key for {@code PS256}, a P-256 EC key for {@code ES256}
 * @param keyId the {@code kid} of the public key in the software JWKS
 * @param algorithm {@code PS256} or {@code ES256}
 */
public record SigningKey(PrivateKey privateKey, String keyId, String algorithm) {
  /**
   * The algorithms FS accepts for request objects and client assertions: WSO2 IS with {@code
   * [oauth.dcr] enable_fapi_enforcement} (FS's deployment.toml) refuses any other with {@code
   * invalid_client_metadata} "Invalid signature algorithm requested".
   */
  public static final Set<String> ALGORITHMS = Set.of("PS256", "ES256");

  /** Checks every component at once. */
  public SigningKey {
    Validation v = new Validation();
    v.require(privateKey != null, "signingKey.privateKey", "is required");
    v.require(keyId != null && !keyId.isBlank(), "signingKey.keyId", "is required");
    v.require(
        algorithm != null && ALGORITHMS.contains(algorithm),
        "signingKey.algorithm",
        "must be PS256 or ES256");
    if (privateKey != null && algorithm != null) {
      boolean fits =
          algorithm.equals("PS256")
              ? privateKey.getAlgorithm().equals("RSA")
              : !algorithm.equals("ES256") || privateKey instanceof ECPrivateKey;
      v.require(
          fits,
          "signingKey.algorithm",
          algorithm + " does not fit a " + privateKey.getAlgorithm() + " key");
    }
    v.throwIfInvalid();
  }

  @Override
  public String toString() {
    return "SigningKey[keyId=" + keyId + ", " + algorithm + "]";
  }
}
