package io.github.fsonboard.core.cert;

import io.github.fsonboard.core.http.KeyStrengthPolicy;

/** The checks {@link CertificateValidator} runs, in the order they are reported. */
public enum CheckName {
  /** The input could be parsed as an X.509 certificate. */
  PARSE,
  /** The leaf certificate is within its validity period, allowing for clock skew. */
  VALIDITY,
  /** A PKIX path leads from the leaf, through intermediates, to a configured trust anchor. */
  CHAIN,
  /** Key usage and extended key usage allow the configured {@link CertificatePurpose}. */
  KEY_USAGE,
  /** Public keys are strong enough for the {@link KeyStrengthPolicy}. */
  KEY_STRENGTH,
  /** No certificate in the chain is signed with MD2, MD5 or SHA-1. */
  SIGNATURE_ALGORITHM,
  /** The leaf is not revoked, per OCSP and/or CRL. */
  REVOCATION,
  /** The leaf is one of the keys the owner publishes in its JWKS. */
  JWKS_MATCH,
  /** The eIDAS PSD2 QC statement carries the required roles. */
  PSD2_ROLES,
  /**
   * The NCA named in the PSD2 QC statement is the one the {@code organizationIdentifier} names
   * (ETSI TS 119 495 §5.2.1, e.g. {@code GB-FCA} and {@code PSDGB-FCA-123456}); a mismatch is a
   * {@link CheckStatus#WARN}.
   */
  PSD2_NCA,
  /**
   * Every role in the PSD2 QC statement carries the ETSI TS 119 495 name of its OID ({@code
   * PSP_AS}, {@code PSP_PI}, {@code PSP_AI}, {@code PSP_IC}); a mismatch or an unknown OID is a
   * {@link CheckStatus#WARN}.
   */
  PSD2_ROLE_NAMES
}
