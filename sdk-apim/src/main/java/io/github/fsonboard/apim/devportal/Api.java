package io.github.fsonboard.apim.devportal;

import io.github.fsonboard.apim.internal.Lists;
import java.util.List;

/**
 * One API in full ({@code GET /apis/{apiId}}, the API schema; the parts onboarding needs).
 *
 * @param id the UUID
 * @param name the name
 * @param description the description
 * @param context the context path
 * @param version the version
 * @param provider the publisher
 * @param lifeCycleStatus e.g. {@code PUBLISHED}
 * @param isDefaultVersion whether this is the default version
 * @param type e.g. {@code HTTP}
 * @param transport e.g. {@code https}
 * @param tags search keywords
 * @param tiers the subscription tiers, whose names are valid {@code throttlingPolicy} values
 * @param securityScheme e.g. {@code oauth2}
 * @param isSubscriptionAvailable whether the caller may subscribe
 * @param createdTime creation time
 * @param lastUpdatedTime last update time
 */
public record Api(
    String id,
    String name,
    String description,
    String context,
    String version,
    String provider,
    String lifeCycleStatus,
    Boolean isDefaultVersion,
    String type,
    List<String> transport,
    List<String> tags,
    List<Tier> tiers,
    List<String> securityScheme,
    Boolean isSubscriptionAvailable,
    String createdTime,
    String lastUpdatedTime) {

  /** Copies the collections. */
  public Api {
    transport = Lists.copy(transport);
    tags = Lists.copy(tags);
    tiers = Lists.copy(tiers);
    securityScheme = Lists.copy(securityScheme);
  }

  /**
   * Returns the names of the API's subscription tiers.
   *
   * @return e.g. {@code [Unlimited, Gold]}
   */
  public List<String> tierNames() {
    return tiers == null ? List.of() : tiers.stream().map(Tier::tierName).toList();
  }

  /**
   * A subscription tier of an API.
   *
   * @param tierName the policy name
   * @param tierPlan {@code FREE} or {@code COMMERCIAL}
   */
  public record Tier(String tierName, String tierPlan) {}
}
