package io.github.fsonboard.apim.devportal;

import io.github.fsonboard.apim.internal.Lists;
import java.util.List;
import java.util.Map;

/**
 * An application in a list (the ApplicationInfo schema).
 *
 * @param applicationId the UUID
 * @param name the name
 * @param throttlingPolicy the application-level policy
 * @param description the description
 * @param status e.g. {@code APPROVED}
 * @param groups the groups sharing it
 * @param subscriptionCount how many subscriptions it has
 * @param attributes custom attributes
 * @param owner the user who created it
 */
public record ApplicationInfo(
    String applicationId,
    String name,
    String throttlingPolicy,
    String description,
    String status,
    List<String> groups,
    Integer subscriptionCount,
    Map<String, Object> attributes,
    String owner) {

  /** Copies the collections. */
  public ApplicationInfo {
    groups = Lists.copy(groups);
    attributes = Lists.copy(attributes);
  }
}
