package io.github.fsonboard.apim.devportal;

/**
 * A subscription's state on the API Manager, as its {@code status} field says (carbon-apimgt
 * APIConstants.SubscriptionStatus), plus {@link #BLOCKED_BY_APPLICATION} for an onboarding that did
 * not subscribe because its application awaits approval. The raw string stays on {@link
 * Subscription#status()}.
 */
public enum SubscriptionStatus {
  /** Active. */
  UNBLOCKED,
  /** Blocked by the publisher for every key type. */
  BLOCKED,
  /** Blocked by the publisher for production keys only. */
  PROD_ONLY_BLOCKED,
  /** An approval workflow holds it. */
  ON_HOLD,
  /** Rejected by the approval workflow. */
  REJECTED,
  /** A change of throttling tier awaits approval. */
  TIER_UPDATE_PENDING,
  /** Not a server value: no subscription was attempted because the application awaits approval. */
  BLOCKED_BY_APPLICATION,
  /** A value this SDK does not know (a newer server); read the raw string. */
  UNKNOWN;

  /**
   * Reads the server's value; never throws.
   *
   * @param raw the {@code status} string, or null
   * @return the constant, {@link #UNKNOWN} for null or an unknown value
   */
  public static SubscriptionStatus of(String raw) {
    SubscriptionStatus s = ServerEnums.of(SubscriptionStatus.class, raw, UNKNOWN);
    return s == BLOCKED_BY_APPLICATION ? UNKNOWN : s;
  }
}
