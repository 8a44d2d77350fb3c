package io.github.fsonboard.apim.onboarding;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What an onboarding would do, computed by a dry run that changes nothing on the server.
 *
 * <pre>{@code
 * Plan plan = setup.plan();
 * if (plan.hasChanges()) {
 *   System.out.println(plan);
 * }
 * }</pre>
 *
 * @param actions the actions in the order a run would take them
 */
public record Plan(List<PlannedAction> actions) {

  /** Validates and copies the components. */
  public Plan {
    Objects.requireNonNull(actions, "actions");
    actions = List.copyOf(actions);
  }

  /**
   * Tells whether a run would change the server's state.
   *
   * @return true when at least one action creates or updates something
   */
  public boolean hasChanges() {
    return actions.stream().anyMatch(PlannedAction::isChange);
  }

  /**
   * Returns the actions that change something.
   *
   * @return the CREATE and UPDATE actions, in order
   */
  public List<PlannedAction> changes() {
    return actions.stream().filter(PlannedAction::isChange).toList();
  }

  /** One line per action, e.g. {@code CREATE application Accounts App}. */
  @Override
  public String toString() {
    if (actions.isEmpty()) {
      return "Plan: nothing to do";
    }
    return actions.stream()
        .map(a -> "  " + a)
        .collect(
            Collectors.joining(
                System.lineSeparator(),
                "Plan (" + changes().size() + " change(s)):" + System.lineSeparator(),
                ""));
  }
}
