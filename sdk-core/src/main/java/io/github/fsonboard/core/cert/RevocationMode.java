package io.github.fsonboard.core.cert;

/** How {@link CertificateValidator} checks that the leaf certificate is not revoked. */
public enum RevocationMode {
  /** No revocation check (reported as skipped). */
  NONE,
  /** OCSP at the responder named in the Authority Information Access extension. */
  OCSP,
  /** The CRL at the CRL Distribution Point. */
  CRL,
  /** OCSP, falling back to the CRL when OCSP gives no answer (WSO2's order). */
  OCSP_THEN_CRL
}
