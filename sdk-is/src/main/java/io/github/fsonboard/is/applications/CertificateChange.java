package io.github.fsonboard.is.applications;

/** What setting an application's certificate did. */
public enum CertificateChange {
  /** The application already held this certificate: nothing was written. */
  UNCHANGED,
  /** The application's certificate was replaced. */
  UPDATED
}
