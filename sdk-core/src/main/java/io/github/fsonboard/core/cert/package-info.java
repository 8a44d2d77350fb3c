/**
 * Certificate, JWKS and JWT validation for regulated TPP onboarding: tolerant certificate parsing
 * ({@link io.github.fsonboard.core.cert.Certificates}), a multi-check {@link
 * io.github.fsonboard.core.cert.CertificateValidator} (validity, PKIX chain, key usage, key
 * strength, OCSP/CRL revocation with signature and nonce checks, JWKS match, eIDAS PSD2 roles),
 * eIDAS QC statement extraction ({@link io.github.fsonboard.core.cert.QcStatements}), strict JWKS
 * parsing ({@link io.github.fsonboard.core.cert.Jwks}), a cached remote JWKS ({@link
 * io.github.fsonboard.core.cert.JwksSource}) and a JWT validator.
 *
 * <p>HTTP (JWKS, OCSP, CRL) goes through {@link io.github.fsonboard.core.http.HttpFetcher}: by
 * default on a transport with default settings, or on the SDK clients' own transport (proxy, trust,
 * mTLS) with {@code HttpFetcher.on(transport)}. Key sizes come from {@link
 * io.github.fsonboard.core.http.KeyStrengthPolicy}, the policy the transport applies to servers.
 */
package io.github.fsonboard.core.cert;
