package io.github.fsonboard.apim.lifecycle;

/**
 * What {@link LifecycleChange#apply()} did.
 *
 * @param description the change
 * @param written true when a write was sent, false when nothing was needed
 * @param reason why (the state found just before)
 */
public record LifecycleOutcome(String description, boolean written, String reason) {}
