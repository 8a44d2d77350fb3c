/**
 * A generic OAuth 2.0 token-endpoint client (RFC 6749, RFC 7636, RFC 7523), shared by the Identity
 * Server and API Manager clients and usable against any compliant server, with the FAPI pieces:
 * pushed authorization requests (RFC 9126), {@code tls_client_auth} and certificate-bound tokens
 * (RFC 8705), and DPoP (RFC 9449).
 */
package io.github.fsonboard.core.oauth;
