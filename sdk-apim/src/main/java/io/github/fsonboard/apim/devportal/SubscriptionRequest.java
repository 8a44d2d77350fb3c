package io.github.fsonboard.apim.devportal;

import io.github.fsonboard.core.error.Validation;

/**
 * What to subscribe: an application to an API with a tier ({@code POST /subscriptions}).
 *
 * <pre>{@code
 * new SubscriptionRequest(appId, apiId, "Unlimited", "Gold");
 * }</pre>
 *
 * @param applicationId the application's UUID (required)
 * @param apiId the API's UUID (required)
 * @param throttlingPolicy the tier (required; one of the API's tiers)
 * @param requestedThrottlingPolicy the tier asked for, or null
 */
public record SubscriptionRequest(
    String applicationId, String apiId, String throttlingPolicy, String requestedThrottlingPolicy) {

  /** Validates the components. */
  public SubscriptionRequest {
    Validation v = new Validation();
    v.require(applicationId != null && !applicationId.isBlank(), "applicationId", "is required");
    v.require(apiId != null && !apiId.isBlank(), "apiId", "is required");
    v.require(
        throttlingPolicy != null && !throttlingPolicy.isBlank(), "throttlingPolicy", "is required");
    v.throwIfInvalid();
  }
}
