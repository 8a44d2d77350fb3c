package io.github.fsonboard.is.selfregistration;

import io.github.fsonboard.core.auth.Secret;
import java.util.Map;

/**
 * The server's answer to a sign-up. What IS 7 sends depends on its configuration
 * (identity-governance {@code MeApiServiceImpl.mePost}): by default an empty 201, so every member
 * is null or empty; with {@code SelfRegistration.API.EnableDetailedResponseBody} the JSON members
 * below; with an external notification channel the recovery id as plain text.
 *
 * @param code e.g. {@code USR-02007}, or null when the server sent no detailed body
 * @param message the message, or null
 * @param notificationChannel e.g. {@code EMAIL}, or null
 * @param userId the new user's id, or null when not returned
 * @param recoveryId the confirmation code an external notification channel must deliver, or null
 * @param attributes the whole JSON body, as decoded JSON values (empty without one)
 */
public record SelfRegistrationResult(
    String code,
    String message,
    String notificationChannel,
    String userId,
    Secret recoveryId,
    Map<String, Object> attributes) {
  /** Copies the map. */
  public SelfRegistrationResult {
    attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
  }

  /**
   * Tells whether the server answered with the recovery id for the caller to deliver.
   *
   * @return true for a plain-text answer
   */
  public boolean hasRecoveryId() {
    return recoveryId != null;
  }
}
