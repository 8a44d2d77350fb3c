package io.github.fsonboard.apim.publisher;

/**
 * How far a subscription is blocked ({@code blockState} of {@code POST
 * /subscriptions/block-subscription}).
 */
public enum BlockState {
  /** Blocked for production and sandbox keys. */
  BLOCKED,
  /** Blocked for production keys only; sandbox calls still pass. */
  PROD_ONLY_BLOCKED
}
