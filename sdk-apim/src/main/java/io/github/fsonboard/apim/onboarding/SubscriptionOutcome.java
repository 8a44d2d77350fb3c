package io.github.fsonboard.apim.onboarding;

import io.github.fsonboard.apim.onboarding.PlannedAction.Action;

/**
 * One subscription of a TPP onboarding.
 *
 * @param apiName the API's name
 * @param apiVersion the API's version
 * @param apiId the API's id
 * @param throttlingPolicy the subscription's throttling policy
 * @param subscriptionId the subscription's id; null when a workflow holds a new subscription and
 *     the server did not return it (a re-run finds it)
 * @param status the server's status, e.g. {@code UNBLOCKED}, {@code ON_HOLD}; or {@code
 *     BLOCKED_BY_APPLICATION} when the application awaits approval and no subscription was
 *     attempted
 * @param action CREATE when subscribed now, NONE when it existed or was not attempted
 * @param step SKIPPED (existed), DONE (created) or PENDING (awaits approval)
 */
public record SubscriptionOutcome(
    String apiName,
    String apiVersion,
    String apiId,
    String throttlingPolicy,
    String subscriptionId,
    String status,
    Action action,
    StepStatus step) {

  /**
   * Tells whether an approval workflow holds this subscription (or its application).
   *
   * @return true when pending
   */
  public boolean isPending() {
    return step == StepStatus.PENDING;
  }
}
