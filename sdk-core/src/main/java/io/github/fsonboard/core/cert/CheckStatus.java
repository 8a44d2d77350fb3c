package io.github.fsonboard.core.cert;

/** Outcome of one check. */
public enum CheckStatus {
  /** The check ran and the certificate passed it. */
  PASS,
  /** The check ran and the certificate failed it; the overall result is invalid. */
  FAIL,
  /** The check was not configured, or could not run and soft-fail allowed that. */
  SKIPPED
}
