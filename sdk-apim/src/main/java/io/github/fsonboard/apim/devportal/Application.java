package io.github.fsonboard.apim.devportal;

import io.github.fsonboard.apim.internal.Lists;
import java.util.List;
import java.util.Map;

/**
 * An application in full (the Application schema).
 *
 * @param applicationId the UUID
 * @param name the name, unique per owner
 * @param throttlingPolicy the application-level policy
 * @param description the description
 * @param tokenType {@code JWT} or {@code OAUTH}
 * @param status e.g. {@code APPROVED}, or {@code CREATED} while a workflow is pending
 * @param groups the groups sharing it
 * @param subscriptionCount how many subscriptions it has
 * @param keys its keys, when the server includes them
 * @param attributes custom attributes
 * @param owner the user who created it
 * @param hashEnabled whether secrets are hashed
 * @param visibility {@code PRIVATE} or {@code SHARED_WITH_ORG}
 */
public record Application(
    String applicationId,
    String name,
    String throttlingPolicy,
    String description,
    String tokenType,
    String status,
    List<String> groups,
    Integer subscriptionCount,
    List<ApplicationKey> keys,
    Map<String, String> attributes,
    String owner,
    Boolean hashEnabled,
    String visibility) {

  /** The status of an application an approval workflow still holds. */
  public static final String PENDING_STATUS = "CREATED";

  /** Copies the collections. */
  public Application {
    groups = Lists.copy(groups);
    keys = Lists.copy(keys);
    attributes = Lists.copy(attributes);
  }

  /**
   * Tells whether an approval workflow still holds the application (status {@code CREATED}; keys
   * cannot be generated until it is {@code APPROVED}).
   *
   * @return true while pending
   */
  public boolean isPending() {
    return PENDING_STATUS.equals(status);
  }
}
