package io.github.fsonboard.core.observe;

import java.time.Duration;
import java.util.Objects;

/**
 * One fetch of a new token by a caching token provider. Never carries the token.
 *
 * @param refresh true when a token that had grown stale is replaced; false for a provider's first
 *     token and the first after the cached one was invalidated (rejected by a server) or cleared
 * @param success whether a token arrived
 * @param duration how long the fetch took
 * @param error the simple class name of what the fetch threw, empty on success
 */
public record TokenFetchEvent(boolean refresh, boolean success, Duration duration, String error) {

  /** Requires every reference. */
  public TokenFetchEvent {
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(error, "error");
  }
}
