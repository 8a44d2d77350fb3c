package io.github.fsonboard.apim.internal;

import io.github.fsonboard.core.auth.Secret;

/**
 * The parts of the DCR v0.17 response the SDK uses; {@code jsonString} is ignored.
 *
 * @param clientId the client id
 * @param clientSecret the client secret
 * @param clientName the registered name
 * @param appOwner the owner
 * @param applicationUUID the application's UUID
 */
public record DcrResponse(
    String clientId,
    Secret clientSecret,
    String clientName,
    String appOwner,
    String applicationUUID) {}
