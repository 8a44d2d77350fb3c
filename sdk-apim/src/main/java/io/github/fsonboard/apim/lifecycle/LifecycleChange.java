package io.github.fsonboard.apim.lifecycle;

import io.github.fsonboard.apim.onboarding.PlannedAction;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One planned change to a TPP: what it is, whether a write is needed and why. {@link #apply()}
 * plans again and writes only when the write is still needed, so applying twice, or after someone
 * else made the change, writes nothing. Immutable; thread-safe.
 */
public final class LifecycleChange {
  private final String description;
  private final Decision decision;
  private final Supplier<Decision> replan;
  private final Consumer<String> write;
  private final List<PlannedAction> leftToOthers;

  /** What a plan found; {@code target} is the id the write acts on (found by the plan). */
  record Decision(boolean needed, String reason, String target) {
    static Decision write(String reason, String target) {
      return new Decision(true, reason, target);
    }

    static Decision nothing(String reason) {
      return new Decision(false, reason, null);
    }
  }

  LifecycleChange(String description, Supplier<Decision> plan, Consumer<String> write) {
    this(description, plan, write, List.of());
  }

  LifecycleChange(
      String description,
      Supplier<Decision> plan,
      Consumer<String> write,
      List<PlannedAction> leftToOthers) {
    this.description = description;
    this.replan = plan;
    this.decision = plan.get();
    this.write = write;
    this.leftToOthers = List.copyOf(leftToOthers);
  }

  /**
   * The parts of the wanted state this change cannot make with the bank's credentials, each {@link
   * PlannedAction.Action#BLOCKED} with who must act and why (e.g. the API Manager half of a
   * certificate rotation, which only the TPP may write).
   *
   * @return the parts left to others; empty for most changes
   */
  public List<PlannedAction> leftToOthers() {
    return leftToOthers;
  }

  /**
   * Says what the change does.
   *
   * @return e.g. {@code block subscription 3f… (BLOCKED)}
   */
  public String description() {
    return description;
  }

  /**
   * Tells whether the plan found a write needed.
   *
   * @return false when the server is already in the wanted state
   */
  public boolean needed() {
    return decision.needed();
  }

  /**
   * Says why a write is or is not needed.
   *
   * @return e.g. {@code status is UNBLOCKED} or {@code already BLOCKED}
   */
  public String reason() {
    return decision.reason();
  }

  /**
   * Plans again and writes when still needed.
   *
   * @return what was done
   */
  public LifecycleOutcome apply() {
    Decision now = replan.get();
    if (!now.needed()) {
      return new LifecycleOutcome(description, false, now.reason());
    }
    write.accept(now.target());
    return new LifecycleOutcome(description, true, now.reason());
  }

  @Override
  public String toString() {
    StringBuilder out =
        new StringBuilder(description)
            .append(needed() ? " — needed: " : " — nothing to do: ")
            .append(reason());
    for (PlannedAction a : leftToOthers) {
      out.append("; ").append(a);
    }
    return out.toString();
  }
}
