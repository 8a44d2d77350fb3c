package io.github.fsonboard.apim.onboarding;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs onboarding steps in order: reports each to the listener with its timing, records the
 * finished ones, and turns a failure into an {@link OnboardingException} that lists what was done
 * before it. Not thread-safe: one runner per run.
 */
final class StepRunner {
  private final ProgressListener listener;
  private final List<StepEvent> finished = new ArrayList<>();

  /**
   * Creates a runner.
   *
   * @param listener receives the events
   */
  public StepRunner(ProgressListener listener) {
    this.listener = listener == null ? ProgressListener.NONE : listener;
  }

  /**
   * Runs one step.
   *
   * @param step the step's name
   * @param body does the work and says how it went
   * @param <T> the step's value
   * @return the step's value
   * @throws OnboardingException wrapping the step's failure
   */
  public <T> T run(String step, Supplier<Outcome<T>> body) {
    long start = System.nanoTime();
    emit(new StepEvent(step, StepStatus.STARTED, Duration.ZERO, ""));
    Outcome<T> outcome;
    try {
      outcome = body.get();
    } catch (RuntimeException e) {
      StepEvent failed =
          new StepEvent(step, StepStatus.FAILED, since(start), String.valueOf(e.getMessage()));
      finished.add(failed);
      emit(failed);
      throw new OnboardingException(step, finished, e);
    }
    StepEvent done = new StepEvent(step, outcome.status(), since(start), outcome.detail());
    finished.add(done);
    emit(done);
    return outcome.value();
  }

  /**
   * Returns the steps finished so far (including a failed one).
   *
   * @return an immutable copy
   */
  public List<StepEvent> finished() {
    return List.copyOf(finished);
  }

  private void emit(StepEvent event) {
    try {
      listener.onEvent(event);
    } catch (RuntimeException ignored) {
      // A broken listener must not break onboarding.
    }
  }

  private static Duration since(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }

  /**
   * How a step went.
   *
   * @param value the step's value
   * @param status DONE, SKIPPED or PENDING
   * @param detail a short explanation
   * @param <T> the value type
   */
  public record Outcome<T>(T value, StepStatus status, String detail) {
    /**
     * The step changed something.
     *
     * @param value the value
     * @param detail the explanation
     * @param <T> the value type
     * @return the outcome
     */
    public static <T> Outcome<T> done(T value, String detail) {
      return new Outcome<>(value, StepStatus.DONE, detail);
    }

    /**
     * The step was already done.
     *
     * @param value the value
     * @param detail the explanation
     * @param <T> the value type
     * @return the outcome
     */
    public static <T> Outcome<T> skipped(T value, String detail) {
      return new Outcome<>(value, StepStatus.SKIPPED, detail);
    }

    /**
     * The step awaits approval.
     *
     * @param value the value
     * @param detail the explanation
     * @param <T> the value type
     * @return the outcome
     */
    public static <T> Outcome<T> pending(T value, String detail) {
      return new Outcome<>(value, StepStatus.PENDING, detail);
    }
  }
}
