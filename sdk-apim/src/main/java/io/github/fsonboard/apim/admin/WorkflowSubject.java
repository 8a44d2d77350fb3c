package io.github.fsonboard.apim.admin;

import io.github.fsonboard.apim.devportal.KeyType;
import java.util.Map;

/**
 * What an approval task concerns, read from the task's {@code properties} as each carbon-apimgt
 * approval executor's {@code execute} writes them. The properties name things (user, application,
 * API) rather than giving their ids.
 */
public sealed interface WorkflowSubject {

  /**
   * The TPP user the task concerns: the signing-up user, the application's owner or the subscriber.
   *
   * @return the user, or null when the task names none
   */
  String user();

  /**
   * A self sign-up ({@code UserSignUpApprovalWorkflowExecutor}: tenantAwareUserName, tenantDomain).
   *
   * @param username the user, without tenant
   * @param tenantDomain the tenant
   */
  record User(String username, String tenantDomain) implements WorkflowSubject {
    @Override
    public String user() {
      return username;
    }
  }

  /**
   * An application creation ({@code ApplicationCreationApprovalWorkflowExecutor}: applicationName,
   * userName, applicationTier).
   *
   * @param applicationName the application
   * @param owner who created it
   * @param tier its application throttling policy
   */
  record Application(String applicationName, String owner, String tier) implements WorkflowSubject {
    @Override
    public String user() {
      return owner;
    }
  }

  /**
   * A subscription ({@code SubscriptionCreationApprovalWorkflowExecutor}: apiName, apiVersion,
   * subscriber, applicationName).
   *
   * @param apiName the API
   * @param apiVersion its version
   * @param subscriber the subscribing user
   * @param applicationName the subscribing application
   */
  record Subscription(String apiName, String apiVersion, String subscriber, String applicationName)
      implements WorkflowSubject {
    @Override
    public String user() {
      return subscriber;
    }
  }

  /**
   * A key generation ({@code ApplicationRegistrationApprovalWorkflowExecutor}: keyType,
   * applicationName, userName, applicationTier; older releases set no properties, then only the key
   * type from the task's type is known).
   *
   * @param keyType production or sandbox
   * @param applicationName the application, or null
   * @param owner the application's owner, or null
   * @param tier the application's throttling policy, or null
   */
  record KeyGeneration(KeyType keyType, String applicationName, String owner, String tier)
      implements WorkflowSubject {
    @Override
    public String user() {
      return owner;
    }
  }

  /**
   * Any other task: its properties as sent.
   *
   * @param properties the properties
   */
  record Other(Map<String, String> properties) implements WorkflowSubject {
    /** Copies the properties. */
    public Other {
      properties = Map.copyOf(properties);
    }

    @Override
    public String user() {
      return null;
    }
  }
}
