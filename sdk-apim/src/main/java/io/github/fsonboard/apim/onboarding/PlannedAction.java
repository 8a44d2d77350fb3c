package io.github.fsonboard.apim.onboarding;

import java.util.List;
import java.util.Objects;

/**
 * One step's decision: what a dry run says the step would do, and what the run decided and did.
 * Both come from the same decision, so a plan made against an unchanged server lists exactly the
 * actions the run then records (the run's own writes, e.g. an application an approval workflow
 * holds, can change what the steps after it decide).
 *
 * @param step the step's name
 * @param action what kind of change
 * @param detail a human explanation, e.g. the fields that drifted
 * @param changedFields the names of fields an {@link Action#UPDATE} changes; empty otherwise
 */
public record PlannedAction(String step, Action action, String detail, List<String> changedFields) {

  /** What a step does to the server's state. */
  public enum Action {
    /** Creates something new. */
    CREATE,
    /** Changes something that exists. */
    UPDATE,
    /** Nothing to do: the server already has what was asked. */
    NONE,
    /** Nothing to do yet: it exists, and an approval workflow holds it. */
    PENDING,
    /**
     * Cannot be done now: an earlier step awaits approval, or the server refused the resource (e.g.
     * a rejected application); the detail says which.
     */
    BLOCKED
  }

  /** Validates and copies the components. */
  public PlannedAction {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(action, "action");
    detail = detail == null ? "" : detail;
    changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
  }

  /**
   * Tells whether this action changes the server's state.
   *
   * @return true for {@link Action#CREATE} and {@link Action#UPDATE}
   */
  public boolean isChange() {
    return action == Action.CREATE || action == Action.UPDATE;
  }

  @Override
  public String toString() {
    return action + " " + step + (detail.isEmpty() ? "" : " (" + detail + ")");
  }
}
