package io.github.fsonboard.apim.onboarding;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Receives each onboarding step as it starts, is skipped, finishes, waits for approval or fails.
 * Called on the thread that runs the onboarding; implementations should be quick.
 *
 * <pre>{@code
 * tpp.run(ProgressListener.printingTo(System.out));
 * // [ 1] sign up tpp@example.com ............ DONE     212 ms
 * // [ 2] create application Accounts App .... SKIPPED    8 ms  already exists (id 4f1c…)
 * }</pre>
 */
@FunctionalInterface
public interface ProgressListener {

  /** A listener that ignores every event. */
  ProgressListener NONE = event -> {};

  /**
   * Receives one event.
   *
   * @param event the event
   */
  void onEvent(StepEvent event);

  /**
   * A listener that prints one aligned line per finished step. A step name is never cut: a name
   * longer than the column is printed whole and pushes the rest of its line to the right.
   *
   * @param out where to print
   * @return the listener
   */
  static ProgressListener printingTo(PrintStream out) {
    int[] counter = {0};
    return event -> {
      if (event.status() == StepStatus.STARTED) {
        return;
      }
      out.printf(
          Locale.ROOT,
          "[%2d] %-48s %-8s %6d ms%s%n",
          ++counter[0],
          event.step(),
          event.status(),
          event.elapsed().toMillis(),
          event.detail().isEmpty() ? "" : "  " + event.detail());
    };
  }

  /**
   * Returns a listener that sends each event to this one, then to {@code next}.
   *
   * @param next the other listener
   * @return the combined listener
   */
  default ProgressListener andThen(ProgressListener next) {
    return event -> {
      onEvent(event);
      next.onEvent(event);
    };
  }
}
