package io.github.fsonboard.spring;

import io.github.fsonboard.core.error.ValidationException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every configured target by name: {@code default} (the top-level {@code fsonboard.*} properties)
 * and each {@code fsonboard.targets.<name>}. Thread-safe.
 *
 * <pre>{@code
 * ApiManager sandbox = targets.get("sandbox").apiManager().orElseThrow();
 * }</pre>
 */
public final class FsOnboardTargets {
  private final Map<String, FsOnboardTarget> targets;

  FsOnboardTargets(Map<String, FsOnboardTarget> targets) {
    this.targets = Map.copyOf(targets);
  }

  /**
   * Returns a target.
   *
   * @param name the name under {@code fsonboard.targets}, or {@code default}
   * @return the target
   * @throws ValidationException naming {@code target} when there is no such target
   */
  public FsOnboardTarget get(String name) {
    FsOnboardTarget t = targets.get(name);
    if (t == null) {
      throw new ValidationException("target", "no target named " + name + "; known: " + names());
    }
    return t;
  }

  /**
   * Returns a target if it is configured.
   *
   * @param name the name
   * @return the target, or empty
   */
  public Optional<FsOnboardTarget> find(String name) {
    return Optional.ofNullable(targets.get(name));
  }

  /**
   * Returns the names of the configured targets.
   *
   * @return the names, sorted
   */
  public Set<String> names() {
    return new TreeSet<>(targets.keySet());
  }

  @Override
  public String toString() {
    return "FsOnboardTargets" + names();
  }
}
