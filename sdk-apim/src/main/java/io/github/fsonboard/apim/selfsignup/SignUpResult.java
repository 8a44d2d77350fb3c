package io.github.fsonboard.apim.selfsignup;

/**
 * The answer to a successful sign-up (HTTP 201).
 *
 * @param code {@code USR-02007} on success
 * @param message the server's message
 * @param notificationChannel how the user is notified, e.g. {@code EMAIL}, or null
 * @param userId the new user's id, or null
 */
public record SignUpResult(
    String code, String message, String notificationChannel, String userId) {}
