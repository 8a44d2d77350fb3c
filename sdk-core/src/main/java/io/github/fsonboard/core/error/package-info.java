/**
 * The SDK's single, unchecked exception hierarchy.
 *
 * <pre>
 * FsOnboardException
 * ├── ValidationException        bad input, raised before any HTTP call; names the field(s)
 * ├── TransportException         connect, TLS, timeout or I/O failure; carries the cause
 * └── ApiException               the server answered with an error status
 *     ├── BadRequestException        400, 422
 *     ├── AuthenticationException    401
 *     ├── AuthorizationException     403
 *     ├── NotFoundException          404
 *     ├── ConflictException          409
 *     ├── RateLimitException         429 (with Retry-After)
 *     └── ServerException            5xx
 * </pre>
 *
 * <p>Every {@link io.github.fsonboard.core.error.ApiException} carries the HTTP status, the method,
 * the URL with query values redacted, and the parsed {@link
 * io.github.fsonboard.core.error.ErrorPayload} (WSO2 {@code code/message/description}, OAuth {@code
 * error/error_description} or SCIM {@code status/scimType/detail}). An OAuth failure is matched on
 * {@link io.github.fsonboard.core.error.ApiException#oauthError()}, an {@link
 * io.github.fsonboard.core.error.OAuthError}, whatever its HTTP status.
 */
package io.github.fsonboard.core.error;
