package io.github.fsonboard.apim.devportal;

import io.github.fsonboard.apim.internal.Lists;
import java.util.List;

/**
 * An API in a Developer Portal search result (the APIInfo schema).
 *
 * @param id the API's UUID, used to subscribe
 * @param name its name
 * @param description its description
 * @param context its context path
 * @param version its version
 * @param type e.g. {@code HTTP}
 * @param createdTime creation time (epoch milliseconds as text)
 * @param provider the publisher
 * @param lifeCycleStatus e.g. {@code PUBLISHED}
 * @param thumbnailUri its thumbnail link
 * @param avgRating its average rating
 * @param throttlingPolicies the subscription tiers it offers, e.g. {@code Unlimited}
 * @param isSubscriptionAvailable whether the caller may subscribe
 * @param monetizationLabel e.g. {@code Free}
 */
public record ApiInfo(
    String id,
    String name,
    String description,
    String context,
    String version,
    String type,
    String createdTime,
    String provider,
    String lifeCycleStatus,
    String thumbnailUri,
    String avgRating,
    List<String> throttlingPolicies,
    Boolean isSubscriptionAvailable,
    String monetizationLabel) {

  /** Copies the policies. */
  public ApiInfo {
    throttlingPolicies = Lists.copy(throttlingPolicies);
  }
}
