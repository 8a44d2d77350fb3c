package io.github.fsonboard.apim.publisher;

/**
 * A subscription as the Publisher API shows it to the bank ({@code Subscription} of publisher v4).
 *
 * @param subscriptionId the UUID
 * @param applicationInfo the subscribing application and its owner
 * @param throttlingPolicy the subscription tier
 * @param subscriptionStatus {@code UNBLOCKED}, {@code BLOCKED}, {@code PROD_ONLY_BLOCKED}, {@code
 *     ON_HOLD} (approval pending), {@code REJECTED}, {@code TIER_UPDATE_PENDING} or {@code
 *     DELETE_PENDING}
 */
public record PublisherSubscription(
    String subscriptionId,
    ApplicationInfo applicationInfo,
    String throttlingPolicy,
    String subscriptionStatus) {

  /**
   * The subscribing application ({@code ApplicationInfo} of publisher v4).
   *
   * @param applicationId the UUID
   * @param name the name
   * @param subscriber the owner's user name (the TPP)
   */
  public record ApplicationInfo(String applicationId, String name, String subscriber) {}

  /**
   * Tells whether the subscription is blocked in this state.
   *
   * @param state the block state
   * @return true when {@link #subscriptionStatus()} is {@code state}
   */
  public boolean is(BlockState state) {
    return state.name().equals(subscriptionStatus);
  }

  /**
   * Tells whether the subscription is blocked in any way.
   *
   * @return true for {@code BLOCKED} or {@code PROD_ONLY_BLOCKED}
   */
  public boolean blocked() {
    return is(BlockState.BLOCKED) || is(BlockState.PROD_ONLY_BLOCKED);
  }
}
