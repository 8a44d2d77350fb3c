package io.github.fsonboard.testkit;

/**
 * What a successful self sign-up ({@code POST /api/identity/user/v1.0/me}) answers with 201.
 * identity-governance's {@code MeApiServiceImpl.mePost} decides this from the server's
 * configuration.
 */
public enum SelfSignUpResponse {
  /** The default: 201 with an empty body. */
  EMPTY,
  /**
   * {@code SelfRegistration.API.EnableDetailedResponseBody} is set: 201 with {@code {code:
   * "USR-02007", message, notificationChannel, userId}}.
   */
  DETAILED,
  /**
   * An external notification channel is configured: 201 with the recovery id as plain text, so the
   * caller can send the confirmation itself.
   */
  RECOVERY_ID
}
