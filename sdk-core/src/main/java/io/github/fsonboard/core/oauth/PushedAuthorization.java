package io.github.fsonboard.core.oauth;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * The answer of a pushed authorization request endpoint (RFC 9126 §2.2) and the URL it leads to.
 *
 * @param requestUri the {@code request_uri}: a one-time reference to the pushed request (WSO2 IS:
 *     {@code urn:ietf:params:oauth:par:request_uri:<uuid>}, usable once)
 * @param expiresIn the {@code expires_in}: how long the reference stays usable (WSO2 IS: 60 s
 *     unless {@code OAuth.PAR.ExpiryTime} says otherwise)
 * @param expiresAt when the reference expires, counted from when the push was sent
 * @param authorizationUri the authorization endpoint with {@code client_id} and {@code request_uri}
 *     (RFC 9126 §4): where to send the user agent, before {@code expiresAt}
 */
public record PushedAuthorization(
    String requestUri, Duration expiresIn, Instant expiresAt, URI authorizationUri) {}
