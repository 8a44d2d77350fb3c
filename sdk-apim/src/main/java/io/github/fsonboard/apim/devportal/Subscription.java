package io.github.fsonboard.apim.devportal;

/**
 * A subscription of an application to an API (the Subscription schema).
 *
 * @param subscriptionId the UUID
 * @param applicationId the application's UUID
 * @param apiId the API's UUID
 * @param apiInfo the API, in lists
 * @param applicationInfo the application, in lists
 * @param throttlingPolicy the tier in force
 * @param requestedThrottlingPolicy the tier asked for
 * @param status e.g. {@code UNBLOCKED}, or {@code ON_HOLD} while a workflow is pending
 * @param redirectionParams where to send the subscriber, if anywhere
 */
public record Subscription(
    String subscriptionId,
    String applicationId,
    String apiId,
    ApiInfo apiInfo,
    ApplicationInfo applicationInfo,
    String throttlingPolicy,
    String requestedThrottlingPolicy,
    String status,
    String redirectionParams) {

  /** The status of a subscription an approval workflow still holds. */
  public static final String PENDING_STATUS = "ON_HOLD";

  /**
   * Tells whether an approval workflow still holds the subscription (status {@code ON_HOLD};
   * approved: {@code UNBLOCKED}).
   *
   * @return true while pending
   */
  public boolean isPending() {
    return PENDING_STATUS.equals(status);
  }
}
