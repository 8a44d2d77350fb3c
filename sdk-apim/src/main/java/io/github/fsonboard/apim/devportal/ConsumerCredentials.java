package io.github.fsonboard.apim.devportal;

import io.github.fsonboard.core.auth.Secret;

/**
 * A client id and its new secret, after {@code regenerate-secret} (the
 * ApplicationKeyReGenerateResponse schema). {@code toString} never shows the secret.
 *
 * @param consumerKey the client id
 * @param consumerSecret the new secret
 */
public record ConsumerCredentials(String consumerKey, Secret consumerSecret) {}
