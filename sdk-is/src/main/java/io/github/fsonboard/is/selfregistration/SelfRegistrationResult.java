package io.github.fsonboard.is.selfregistration;

import java.util.Map;

/**
 * The server's answer to a sign-up.
 *
 * @param code e.g. {@code USR-02007}
 * @param message the message
 * @param notificationChannel e.g. {@code EMAIL}, or null
 * @param userId the new user's id, or null when not returned
 * @param attributes the whole body, as decoded JSON values
 */
public record SelfRegistrationResult(
    String code,
    String message,
    String notificationChannel,
    String userId,
    Map<String, Object> attributes) {
  /** Copies the map. */
  public SelfRegistrationResult {
    attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
  }
}
