package io.github.fsonboard.is.roles;

import io.github.fsonboard.core.error.Validation;

/**
 * Who a role belongs to: one application or the organization (Roles v2 {@code audience}).
 *
 * @param value the application id or organization id
 * @param type {@value #APPLICATION} or {@value #ORGANIZATION}
 */
public record RoleAudience(String value, String type) {
  /** Audience type for an application role. */
  public static final String APPLICATION = "application";

  /** Audience type for an organization role. */
  public static final String ORGANIZATION = "organization";

  /**
   * Validates the members.
   *
   * @throws io.github.fsonboard.core.error.ValidationException naming {@code audience.value} or
   *     {@code audience.type}
   */
  public RoleAudience {
    new Validation()
        .require(value != null && !value.isBlank(), "audience.value", "is required")
        .require(
            APPLICATION.equals(type) || ORGANIZATION.equals(type),
            "audience.type",
            "must be application or organization")
        .throwIfInvalid();
  }

  /**
   * An application audience.
   *
   * @param applicationId the application id
   * @return the audience
   */
  public static RoleAudience application(String applicationId) {
    return new RoleAudience(applicationId, APPLICATION);
  }

  /**
   * An organization audience.
   *
   * @param organizationId the organization id
   * @return the audience
   */
  public static RoleAudience organization(String organizationId) {
    return new RoleAudience(organizationId, ORGANIZATION);
  }
}
