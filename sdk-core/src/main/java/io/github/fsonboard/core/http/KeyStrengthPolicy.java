package io.github.fsonboard.core.http;

import io.github.fsonboard.core.error.ValidationException;

/**
 * Minimum key sizes. Signature algorithms with MD2, MD5 or SHA-1 are always refused.
 *
 * @param minRsaBits smallest RSA modulus accepted, at least 1024 (default 2048)
 * @param minEcBits smallest elliptic-curve field size accepted (default 256, i.e. P-256)
 */
public record KeyStrengthPolicy(int minRsaBits, int minEcBits) {
  /**
   * Validates the sizes.
   *
   * @param minRsaBits the {@code minRsaBits} component
   * @param minEcBits the {@code minEcBits} component
   * @throws ValidationException when a size is below a floor the SDK never goes under
   */
  public KeyStrengthPolicy {
    if (minRsaBits < 1024) {
      throw new ValidationException("minRsaBits", "must be at least 1024");
    }
    if (minEcBits < 224) {
      throw new ValidationException("minEcBits", "must be at least 224");
    }
  }

  /**
   * The default policy: RSA 2048+, EC P-256+.
   *
   * @return the policy
   */
  public static KeyStrengthPolicy defaults() {
    return new KeyStrengthPolicy(2048, 256);
  }
}
