package io.github.fsonboard.apim.devportal;

import java.util.Optional;

/**
 * The outcome of subscribing: created (201), or held by an approval workflow (202, not an error).
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
   * Tells whether an approval workflow holds the subscription.
   *
   * @return true for {@link Pending}
   */
  default boolean isPending() {
    return this instanceof Pending;
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
