/**
 * OpenID Connect: ID token validation as OpenID Connect Core 1.0 §3.1.3.7 asks ({@link
 * io.github.fsonboard.core.oidc.IdTokenValidator}), on the same JWKS handling as every other JWT
 * check ({@link io.github.fsonboard.core.cert.JwksSource}, {@link
 * io.github.fsonboard.core.cert.JwtValidator}).
 *
 * <pre>{@code
 * IdTokenValidator ids = IdTokenValidator.builder(jwks)
 *     .issuer("https://kc.bank.example/realms/fs")
 *     .clientId("tpp-app")
 *     .build();
 * IdToken id = ids.validate(tokens.idToken(), IdTokenExpectations.nonce(nonce)
 *     .withAccessToken(tokens.accessToken()));
 * }</pre>
 */
package io.github.fsonboard.core.oidc;
