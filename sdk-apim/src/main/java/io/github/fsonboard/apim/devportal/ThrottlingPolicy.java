package io.github.fsonboard.apim.devportal;

import io.github.fsonboard.apim.internal.Lists;
import java.util.Map;

/**
 * A throttling policy offered in the Developer Portal (the ThrottlingPolicy schema).
 *
 * @param name the policy name, e.g. {@code Unlimited}
 * @param description the description
 * @param policyLevel {@code application} or {@code subscription}
 * @param attributes custom attributes
 * @param requestCount requests allowed per unit time
 * @param dataUnit {@code KB}, {@code MB} or {@code GB}
 * @param unitTime the unit time in milliseconds
 * @param timeUnit e.g. {@code min}
 * @param rateLimitCount the burst control count
 * @param rateLimitTimeUnit the burst control time unit
 * @param quotaPolicyType {@code REQUESTCOUNT} or {@code BANDWIDTHVOLUME}
 * @param tierPlan {@code FREE} or {@code COMMERCIAL}
 * @param stopOnQuotaReach whether requests are dropped over quota
 */
public record ThrottlingPolicy(
    String name,
    String description,
    String policyLevel,
    Map<String, String> attributes,
    Long requestCount,
    String dataUnit,
    Long unitTime,
    String timeUnit,
    Integer rateLimitCount,
    String rateLimitTimeUnit,
    String quotaPolicyType,
    String tierPlan,
    Boolean stopOnQuotaReach) {

  /** Copies the attributes. */
  public ThrottlingPolicy {
    attributes = Lists.copy(attributes);
  }
}
