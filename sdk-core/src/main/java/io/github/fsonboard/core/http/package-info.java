/**
 * Transport configuration: {@link io.github.fsonboard.core.http.BaseUrl}, {@link
 * io.github.fsonboard.core.http.HttpConfig} (timeouts, {@link io.github.fsonboard.core.http.Trust},
 * {@link io.github.fsonboard.core.http.ClientCertificate} for mTLS, {@link
 * io.github.fsonboard.core.http.ProxyConfig}, {@link io.github.fsonboard.core.http.RetryPolicy})
 * and the shareable {@link io.github.fsonboard.core.http.HttpTransport}; the minimum key sizes
 * ({@link io.github.fsonboard.core.http.KeyStrengthPolicy}) for server and presented certificates;
 * {@link io.github.fsonboard.core.http.HttpFetcher}, the fetcher of JWKS, OCSP and CRL documents.
 *
 * <p>Logging: one DEBUG line per HTTP attempt on logger {@code io.github.fsonboard.http}; headers
 * and bodies at TRACE on {@code io.github.fsonboard.http.wire}, with credentials, secret fields,
 * private keys and JWTs redacted.
 */
package io.github.fsonboard.core.http;
