package io.github.fsonboard.core.cert;

/** Outcome of one check. */
public enum CheckStatus {
  /** The check ran and the certificate passed it. */
  PASS,
  /** The check ran and the certificate failed it; the overall result is invalid. */
  FAIL,
  /** The check was not configured, or could not run and soft-fail allowed that. */
  SKIPPED,
  /**
   * The check ran and found something a careful operator should look at (a remark); the certificate
   * is still valid. Code that switches over this enum should treat an unknown status like {@code
   * WARN}: look before accepting.
   */
  WARN
}
