package io.github.fsonboard.testkit.internal;

import java.time.Instant;
import java.util.List;

/**
 * An issued access token and what it grants.
 *
 * @param jti the token id
 * @param realm "apim" or "is": which server issued it
 * @param clientId the OAuth client
 * @param username the resource owner, or null for application tokens
 * @param scopes granted scopes
 * @param issuedAt issue time
 * @param expiresAt expiry
 * @param refreshToken the paired refresh token or null
 * @param grantType the grant that produced it
 * @param accessToken the serialised JWT
 * @param binding what the token is bound to, or null for a bearer token
 */
public record TokenRecord(
    String jti,
    String realm,
    String clientId,
    String username,
    List<String> scopes,
    Instant issuedAt,
    Instant expiresAt,
    String refreshToken,
    String grantType,
    String accessToken,
    TokenBinding binding) {}
