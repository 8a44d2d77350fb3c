package io.github.fsonboard.core.cert;

/** What the certificate's key will be used for; decides the key usage check. */
public enum CertificatePurpose {
  /**
   * Signing (JWS, request objects, eIDAS QSealC): key usage, when present, must include {@code
   * digitalSignature} or {@code nonRepudiation}; extended key usage must not restrict the key to
   * TLS only.
   */
  SIGNING,
  /**
   * TLS client authentication (mTLS, eIDAS QWAC): key usage, when present, must include {@code
   * digitalSignature}; extended key usage, when present, must include {@code clientAuth} or {@code
   * anyExtendedKeyUsage}.
   */
  TLS_CLIENT,
  /** No key usage check. */
  ANY
}
