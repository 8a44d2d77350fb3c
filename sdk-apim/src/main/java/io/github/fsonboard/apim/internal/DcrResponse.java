package io.github.fsonboard.apim.internal;

import io.github.fsonboard.core.auth.Secret;

/** The parts of the DCR v0.17 response the SDK uses; {@code jsonString} is ignored. */
record DcrResponse(
    String clientId,
    Secret clientSecret,
    String clientName,
    String appOwner,
    String applicationUUID) {}
