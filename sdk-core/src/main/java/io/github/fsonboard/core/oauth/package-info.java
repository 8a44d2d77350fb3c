/**
 * A generic OAuth 2.0 token-endpoint client (RFC 6749, RFC 7636, RFC 7523), shared by the Identity
 * Server and API Manager clients and usable against any compliant server.
 */
package io.github.fsonboard.core.oauth;
