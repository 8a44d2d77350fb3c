package io.github.fsonboard.apim.admin;

import java.util.Locale;

/**
 * The kind of an approval task in the Admin API's {@code /workflows}. carbon-apimgt stores the
 * {@code AM_}-prefixed names ({@code WorkflowConstants}); {@code WorkflowMappingUtil
 * .fromWorkflowsToInfoDTO} answers without the prefix and {@code
 * WorkflowsApiServiceImpl.workflowsGet} takes the short name as the {@code workflowType} filter.
 */
public enum WorkflowType {
  /** A self signed-up user waits for the subscriber role ({@code AM_USER_SIGNUP}). */
  USER_SIGNUP,
  /** A new application waits ({@code AM_APPLICATION_CREATION}). */
  APPLICATION_CREATION,
  /** A new subscription waits ({@code AM_SUBSCRIPTION_CREATION}). */
  SUBSCRIPTION_CREATION,
  /** Production key generation waits ({@code AM_APPLICATION_REGISTRATION_PRODUCTION}). */
  APPLICATION_REGISTRATION_PRODUCTION,
  /** Sandbox key generation waits ({@code AM_APPLICATION_REGISTRATION_SANDBOX}). */
  APPLICATION_REGISTRATION_SANDBOX,
  /** Application deletion waits. */
  APPLICATION_DELETION,
  /** Application update waits (API Manager 4.5 and later). */
  APPLICATION_UPDATE,
  /** Subscription deletion waits. */
  SUBSCRIPTION_DELETION,
  /** Subscription tier update waits. */
  SUBSCRIPTION_UPDATE,
  /** An API lifecycle change waits. */
  API_STATE,
  /** An API product lifecycle change waits. */
  API_PRODUCT_STATE,
  /** A revision deployment waits. */
  REVISION_DEPLOYMENT,
  /** A type this SDK does not know, or none (the server leaves some types unnamed). */
  OTHER;

  /**
   * Reads the server's name, with or without the {@code AM_} prefix.
   *
   * @param wire the name the server sent, or null
   * @return the type; {@link #OTHER} when unknown or absent
   */
  public static WorkflowType fromWire(String wire) {
    if (wire == null) {
      return OTHER;
    }
    String name = wire.toUpperCase(Locale.ROOT);
    name = name.startsWith("AM_") ? name.substring(3) : name;
    for (WorkflowType t : values()) {
      if (t.name().equals(name)) {
        return t;
      }
    }
    return OTHER;
  }
}
