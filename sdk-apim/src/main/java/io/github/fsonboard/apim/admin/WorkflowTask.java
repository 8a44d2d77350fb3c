package io.github.fsonboard.apim.admin;

import io.github.fsonboard.apim.devportal.KeyType;
import java.util.Map;

/**
 * One approval task of the Admin API ({@code WorkflowInfo}).
 *
 * @param referenceId the external workflow reference: what approve and reject name
 * @param type the task's kind
 * @param status {@code CREATED} while it waits (the server lists and reads only those)
 * @param createdTime when it was opened, as the server formats it
 * @param description the server's sentence about it
 * @param subject what it concerns, resolved from its properties
 */
public record WorkflowTask(
    String referenceId,
    WorkflowType type,
    String status,
    String createdTime,
    String description,
    WorkflowSubject subject) {

  /**
   * Builds a task from the wire fields.
   *
   * @param referenceId the reference
   * @param type the type as sent (with or without {@code AM_})
   * @param status the status
   * @param createdTime the creation time
   * @param description the description
   * @param properties the properties, or null
   * @return the task
   */
  public static WorkflowTask of(
      String referenceId,
      String type,
      String status,
      String createdTime,
      String description,
      Map<String, String> properties) {
    WorkflowType t = WorkflowType.fromWire(type);
    Map<String, String> p = properties == null ? Map.of() : properties;
    return new WorkflowTask(referenceId, t, status, createdTime, description, subject(t, p));
  }

  private static WorkflowSubject subject(WorkflowType type, Map<String, String> p) {
    return switch (type) {
      case USER_SIGNUP ->
          new WorkflowSubject.User(p.get("tenantAwareUserName"), p.get("tenantDomain"));
      case APPLICATION_CREATION ->
          new WorkflowSubject.Application(
              p.get("applicationName"), p.get("userName"), p.get("applicationTier"));
      case SUBSCRIPTION_CREATION ->
          new WorkflowSubject.Subscription(
              p.get("apiName"), p.get("apiVersion"), p.get("subscriber"), p.get("applicationName"));
      case APPLICATION_REGISTRATION_PRODUCTION, APPLICATION_REGISTRATION_SANDBOX ->
          new WorkflowSubject.KeyGeneration(
              type == WorkflowType.APPLICATION_REGISTRATION_PRODUCTION
                  ? KeyType.PRODUCTION
                  : KeyType.SANDBOX,
              p.get("applicationName"),
              p.get("userName"),
              p.get("applicationTier"));
      default -> new WorkflowSubject.Other(p);
    };
  }
}
