package io.github.fsonboard.core.observe;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Receives what the SDK does, for metrics and tracing: every HTTP attempt, every token fetch and
 * every finished onboarding step. Events carry route templates, statuses, durations and low-card
 * outcomes; never a secret, a token, a body or a raw URL with ids.
 *
 * <p>Called synchronously on the thread making the call, so implementations must be quick and
 * thread-safe. An exception thrown by a listener is swallowed: it never breaks the SDK call. When
 * no listener is configured the SDK does not build any event.
 *
 * <pre>{@code
 * HttpConfig config = HttpConfig.builder().listener(new MicrometerSdkListener(registry)).build();
 * }</pre>
 */
public interface SdkListener {

  /** A listener that ignores every event (the default). */
  SdkListener NONE = new SdkListener() {};

  /**
   * One HTTP attempt finished: a response arrived or the attempt failed with an I/O error.
   *
   * @param event the attempt
   */
  default void onHttpAttempt(HttpAttemptEvent event) {}

  /**
   * A token provider fetched a new token (the first one, or a refresh of a stale or rejected one).
   *
   * @param event the fetch
   */
  default void onTokenFetch(TokenFetchEvent event) {}

  /**
   * An onboarding step finished (done, skipped, pending or failed).
   *
   * @param event the step
   */
  default void onOnboardingStep(OnboardingStepEvent event) {}

  /**
   * Returns a listener that passes each event to every given listener in order; one that throws
   * does not keep the event from the others.
   *
   * @param listeners the listeners
   * @return the combined listener ({@link #NONE} when none is given, the listener itself for one)
   */
  static SdkListener of(List<? extends SdkListener> listeners) {
    List<SdkListener> all = new ArrayList<>();
    for (SdkListener l : listeners) {
      if (l != NONE) {
        all.add(Objects.requireNonNull(l, "listener"));
      }
    }
    if (all.isEmpty()) {
      return NONE;
    }
    if (all.size() == 1) {
      return all.get(0);
    }
    return new CompositeListener(all);
  }
}
