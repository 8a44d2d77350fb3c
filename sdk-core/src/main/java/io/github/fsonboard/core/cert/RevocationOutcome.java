package io.github.fsonboard.core.cert;

/**
 * What one revocation source said. {@code UNAVAILABLE} and {@code UNKNOWN} may be tolerated by
 * soft-fail or a fallback source; {@code INVALID} (bad signature, wrong nonce, wrong issuer) never
 * is, because it points at tampering.
 */
record RevocationOutcome(Status status, String reason) {
  /** The kinds of answers. */
  public enum Status {
    GOOD,
    REVOKED,
    UNKNOWN,
    UNAVAILABLE,
    INVALID
  }

  static RevocationOutcome of(Status status, String reason) {
    return new RevocationOutcome(status, reason);
  }
}
