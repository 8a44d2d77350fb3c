package io.github.fsonboard.core.observe;

import io.github.fsonboard.core.internal.observe.Listeners;
import java.util.List;
import java.util.function.Consumer;

/** Several listeners behind one; each is isolated from the others' exceptions. */
final class CompositeListener implements SdkListener {
  private final List<SdkListener> listeners;

  CompositeListener(List<SdkListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  @Override
  public void onHttpAttempt(HttpAttemptEvent event) {
    each(l -> l.onHttpAttempt(event));
  }

  @Override
  public void onTokenFetch(TokenFetchEvent event) {
    each(l -> l.onTokenFetch(event));
  }

  @Override
  public void onOnboardingStep(OnboardingStepEvent event) {
    each(l -> l.onOnboardingStep(event));
  }

  private void each(Consumer<SdkListener> call) {
    for (SdkListener l : listeners) {
      Listeners.safely(() -> call.accept(l));
    }
  }

  @Override
  public String toString() {
    return "SdkListener" + listeners;
  }
}
