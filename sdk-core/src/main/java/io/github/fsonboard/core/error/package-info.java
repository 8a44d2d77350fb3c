/**
 * The SDK's single, unchecked exception hierarchy.
 *
 * <pre>
 * FsOnboardException
 * ├── ValidationException          bad input, raised before any HTTP call; names the field(s)
 * ├── TransportException           connect, TLS, timeout or I/O failure; carries the cause
 * ├── UnexpectedResponseException  a 2xx the SDK cannot use: not JSON, or over its size limit
 * ├── ApiException                 the server answered with an error status; traceId() when sent
 * │   ├── BadRequestException          400, 422
 * │   │   └── SoftwareAlreadyRegisteredException (sdk-apim, FS DCR)
 * │   ├── AuthenticationException      401
 * │   ├── AuthorizationException       403
 * │   ├── NotFoundException            404
 * │   ├── ConflictException            409
 * │   ├── RateLimitException           429 (with Retry-After)
 * │   └── ServerException              5xx
 * ├── InvalidJwtException          (core.cert) a JWT refused by JwtValidator
 * ├── AuthorizationDeniedException (core.pkce) the authorization server redirected back an error
 * └── OnboardingException          (sdk-apim) an onboarding step failed; finished steps listed
 *     └── TppOnboardingException       (sdk-apim) also carries the partial result
 * </pre>
 *
 * <p>Failures with no more specific type (a malformed 2xx body, a token response without {@code
 * access_token}, ...) are plain {@link io.github.fsonboard.core.error.FsOnboardException}s.
 *
 * <p>Every {@link io.github.fsonboard.core.error.ApiException} carries the HTTP status, the method,
 * the URL with query values redacted, and the parsed {@link
 * io.github.fsonboard.core.error.ErrorPayload} (WSO2 {@code code/message/description}, OAuth {@code
 * error/error_description} or SCIM {@code status/scimType/detail}). An OAuth failure is matched on
 * {@link io.github.fsonboard.core.error.ApiException#oauthError()}, an {@link
 * io.github.fsonboard.core.error.OAuthError}, whatever its HTTP status.
 */
package io.github.fsonboard.core.error;
