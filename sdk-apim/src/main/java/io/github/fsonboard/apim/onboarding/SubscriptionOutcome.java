package io.github.fsonboard.apim.onboarding;

import io.github.fsonboard.apim.devportal.SubscriptionStatus;

/**
 * One subscription of a TPP onboarding. What the run decided for it (created now, reused, blocked)
 * is its step's {@link PlannedAction} in {@link TppOnboardingResult#actions()}.
 *
 * @param apiName the API's name
 * @param apiVersion the API's version
 * @param apiId the API's id
 * @param throttlingPolicy the subscription's throttling policy
 * @param subscriptionId the subscription's id; null when a workflow holds a new subscription and
 *     the server did not return it (a re-run finds it), or when none was attempted
 * @param status the server's status, e.g. {@link SubscriptionStatus#UNBLOCKED} or {@link
 *     SubscriptionStatus#ON_HOLD}; {@link SubscriptionStatus#BLOCKED_BY_APPLICATION} when the
 *     application awaits approval and no subscription was attempted
 */
public record SubscriptionOutcome(
    String apiName,
    String apiVersion,
    String apiId,
    String throttlingPolicy,
    String subscriptionId,
    SubscriptionStatus status) {

  /**
   * Tells whether an approval workflow holds this subscription (or its application).
   *
   * @return true when ON_HOLD or BLOCKED_BY_APPLICATION
   */
  public boolean isPending() {
    return status == SubscriptionStatus.ON_HOLD
        || status == SubscriptionStatus.BLOCKED_BY_APPLICATION;
  }
}
