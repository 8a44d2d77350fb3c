package io.github.fsonboard.apim.devportal;

import java.util.Optional;

/**
 * The outcome of subscribing: created (201; {@link #isPending()} when an approval workflow holds
 * it, status {@code ON_HOLD}), or held by an approval workflow announced with a 202 (which APIM 4.x
 * does not send, but is read if it comes). Pending is not an error.
 */
public sealed interface SubscriptionResult {

  /**
   * Returns the subscription when it was created.
   *
   * @return the subscription, or empty while pending
   */
  default Optional<Subscription> created() {
    return this instanceof Created c ? Optional.of(c.subscription()) : Optional.empty();
  }

  /**
   * Tells whether an approval workflow holds the subscription. APIM answers 201 even then
   * (carbon-apimgt {@code SubscriptionsApiServiceImpl.subscriptionsPost}), with status {@code
   * ON_HOLD}; a 202 is still read as pending.
   *
   * @return true for {@link Pending}, or a created subscription whose status is {@code ON_HOLD}
   */
  default boolean isPending() {
    return this instanceof Pending || this instanceof Created c && c.subscription().isPending();
  }

  /**
   * The subscription was created (HTTP 201).
   *
   * @param subscription the subscription
   */
  record Created(Subscription subscription) implements SubscriptionResult {}

  /**
   * An approval workflow holds the subscription (HTTP 202).
   *
   * @param workflow the workflow's status
   */
  record Pending(WorkflowResponse workflow) implements SubscriptionResult {}
}
