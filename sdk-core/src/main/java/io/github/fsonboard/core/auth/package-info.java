/**
 * Credentials and access tokens: {@link io.github.fsonboard.core.auth.Secret}, {@link
 * io.github.fsonboard.core.auth.TokenProvider} and the caching, single-flight {@link
 * io.github.fsonboard.core.auth.CachingTokenProvider}.
 */
package io.github.fsonboard.core.auth;
