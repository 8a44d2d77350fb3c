package io.github.fsonboard.apim.selfsignup;

import io.github.fsonboard.core.auth.Secret;

/**
 * The answer to a successful sign-up (HTTP 201). What the server sends depends on its configuration
 * (identity-governance {@code MeApiServiceImpl.mePost}): by default an empty body (every member
 * null); with the detailed response body enabled the JSON members; with an external notification
 * channel only the recovery id, as plain text.
 *
 * @param code {@code USR-02007} on success, or null when the server sent no detailed body
 * @param message the server's message, or null
 * @param notificationChannel how the user is notified, e.g. {@code EMAIL}, or null
 * @param userId the new user's id, or null
 * @param recoveryId the confirmation code the caller must deliver itself (external notification
 *     channel), or null
 */
public record SignUpResult(
    String code, String message, String notificationChannel, String userId, Secret recoveryId) {}
