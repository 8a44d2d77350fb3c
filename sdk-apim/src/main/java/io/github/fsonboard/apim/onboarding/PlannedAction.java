package io.github.fsonboard.apim.onboarding;

import java.util.List;
import java.util.Objects;

/**
 * One thing an onboarding run would do (dry run) or did.
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
    NONE
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
   * @return false for {@link Action#NONE}
   */
  public boolean isChange() {
    return action != Action.NONE;
  }

  @Override
  public String toString() {
    return action + " " + step + (detail.isEmpty() ? "" : " (" + detail + ")");
  }
}
