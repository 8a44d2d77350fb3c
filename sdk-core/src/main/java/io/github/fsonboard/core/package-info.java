/**
 * FS Onboard SDK core: HTTP transport ({@code http}), credentials and tokens ({@code auth}), the
 * OAuth 2.0 token client ({@code oauth}), the exception hierarchy ({@code error}), PKCE ({@code
 * pkce}) and certificate validation ({@code cert}). Knows nothing about WSO2.
 */
package io.github.fsonboard.core;
