package io.github.fsonboard.testkit;

/**
 * How APIM's client registration v0.17 answers when a user registers a {@code clientName} it
 * already registered. WSO2 versions differ (api-manager issues 2064, 2678, 4495).
 */
public enum ClientReRegistration {
  /** Return the existing client (same clientId and clientSecret). */
  RETURN_EXISTING,
  /** Answer 403. */
  FORBIDDEN
}
