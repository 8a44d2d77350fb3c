package io.github.fsonboard.core.error;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The caller's input was refused before any HTTP call was made. The message names every offending
 * field; {@link #violations()} lists them one by one.
 *
 * <pre>{@code
 * try {
 *   client.register(request);
 * } catch (ValidationException e) {
 *   e.violations().forEach(v -> System.err.println(v.field() + " -> " + v.message()));
 * }
 * }</pre>
 */
public class ValidationException extends FsOnboardException {
  private static final long serialVersionUID = 1L;

  /** Serializable copy of the violations. */
  private final List<Violation> violations;

  /**
   * Creates an exception for one field.
   *
   * @param field the offending field
   * @param message why its value was refused
   */
  public ValidationException(String field, String message) {
    this(List.of(new Violation(field, message)));
  }

  /**
   * Creates an exception reporting several problems at once.
   *
   * @param violations the problems; must not be empty
   */
  public ValidationException(List<Violation> violations) {
    super(describe(violations));
    this.violations = List.copyOf(violations);
  }

  /**
   * Returns the problems found, in the order they were found.
   *
   * @return an immutable, non-empty list
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * Returns the first offending field, for the common single-field case.
   *
   * @return the field name
   */
  public String field() {
    return violations.get(0).field();
  }

  private static String describe(List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("violations must not be empty");
    }
    if (violations.size() == 1) {
      return "Invalid " + violations.get(0);
    }
    return violations.size()
        + " invalid values: "
        + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }
}
