/**
 * Authorization code flow helpers: PKCE (RFC 7636) verifiers and challenges, {@code state} and
 * {@code nonce} values, the authorization URL builder, signed request objects (RFC 9101) and the
 * redirect callback parser.
 *
 * <pre>{@code
 * CodeVerifier verifier = CodeVerifier.generate();
 * State state = State.generate();
 * URI url = AuthorizationRequest.builder(URI.create("https://is.example.com/oauth2/authorize"))
 *     .clientId("my-client")
 *     .redirectUri(URI.create("https://tpp.example.com/callback"))
 *     .scope("openid accounts")
 *     .state(state)
 *     .codeChallenge(verifier.challenge(CodeChallengeMethod.S256))
 *     .build()
 *     .toUri();
 * // ... user agent comes back to the redirect URI ...
 * String code = AuthorizationCallback.parse(callbackUri).code(state);
 * // exchange code + verifier.asSecret() at the token endpoint
 * }</pre>
 */
package io.github.fsonboard.core.pkce;
