package io.github.fsonboard.core.error;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects input problems so that all of them are reported together, then throws one {@link
 * ValidationException}.
 *
 * <pre>{@code
 * Validation v = new Validation();
 * v.require(name != null && !name.isBlank(), "name", "is required");
 * v.require(port > 0, "port", "must be positive");
 * v.throwIfInvalid();
 * }</pre>
 *
 * <p>Not thread-safe: use one instance per validation.
 */
public final class Validation {
  private final List<Violation> violations = new ArrayList<>();

  /** Creates an empty collector. */
  public Validation() {}

  /**
   * Records a violation when {@code condition} is false.
   *
   * @param condition the rule that must hold
   * @param field the field the rule is about
   * @param message the problem, when the rule does not hold
   * @return this collector
   */
  public Validation require(boolean condition, String field, String message) {
    if (!condition) {
      violations.add(new Violation(field, message));
    }
    return this;
  }

  /**
   * Records a violation unconditionally.
   *
   * @param field the offending field
   * @param message the problem
   * @return this collector
   */
  public Validation add(String field, String message) {
    violations.add(new Violation(field, message));
    return this;
  }

  /**
   * Records every violation of another exception.
   *
   * @param e a validation failure from a nested check
   * @return this collector
   */
  public Validation addAll(ValidationException e) {
    violations.addAll(e.violations());
    return this;
  }

  /**
   * Tells whether nothing was recorded.
   *
   * @return true if valid so far
   */
  public boolean isValid() {
    return violations.isEmpty();
  }

  /**
   * Returns what was recorded so far.
   *
   * @return an immutable copy
   */
  public List<Violation> violations() {
    return List.copyOf(violations);
  }

  /**
   * Throws one exception naming every recorded violation, if any.
   *
   * @throws ValidationException when at least one violation was recorded
   */
  public void throwIfInvalid() {
    if (!violations.isEmpty()) {
      throw new ValidationException(violations);
    }
  }

  /**
   * Fails fast when a required value is missing.
   *
   * @param value the value
   * @param field its name
   * @param <T> its type
   * @return the value
   * @throws ValidationException naming {@code field} when {@code value} is null
   */
  public static <T> T requireNonNull(T value, String field) {
    if (value == null) {
      throw new ValidationException(field, "is required");
    }
    return value;
  }

  /**
   * Fails fast when a required string is null or blank.
   *
   * @param value the value
   * @param field its name
   * @return the value
   * @throws ValidationException naming {@code field} when {@code value} is null or blank
   */
  public static String requireNonBlank(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new ValidationException(field, "is required and must not be blank");
    }
    return value;
  }
}
