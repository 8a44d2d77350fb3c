package io.github.fsonboard.core.internal.builder;

import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.error.Violation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a builder records while it is being configured, so that {@code build()} reports every bad
 * value at once instead of the first one a setter met.
 *
 * <p>Setters hand their raw value to this class and keep what it returns: a value that is refused
 * is remembered as a problem of its field (and {@code null} is kept), and setting the field again
 * replaces the problem, so the last value set wins exactly as it does for good values. {@code
 * build()} then calls {@link #check()}, adds its own cross-field rules and throws once.
 *
 * <p>One instance per builder; not thread-safe (builders are not). Not final: the client setup adds
 * its URL parsing on top, so that there is one collecting mechanism.
 */
public class BuilderProblems {
  // field -> problems of the value last set for it; insertion order keeps messages stable
  private final Map<String, List<Violation>> rejected = new LinkedHashMap<>();

  /** Starts an empty record. */
  public BuilderProblems() {}

  /**
   * Turns a raw setter value into what the builder keeps, recording the problems when that fails.
   *
   * @param field the builder setting
   * @param parser parses or checks the value; throws {@link ValidationException} when unusable
   * @param <T> what the builder keeps
   * @return the parsed value, or {@code null} when it is unusable (the problems are recorded)
   */
  public <T> T parsed(String field, Supplier<T> parser) {
    try {
      return accepted(field, parser.get());
    } catch (ValidationException e) {
      rejected.put(field, e.violations());
      return null;
    }
  }

  /**
   * Records that a field was set to a value that needs no parsing, clearing an earlier problem.
   *
   * @param field the builder setting
   * @param value the value
   * @param <T> its type
   * @return {@code value}
   */
  public <T> T accepted(String field, T value) {
    rejected.remove(field);
    return value;
  }

  /**
   * Records a value a setter requires, remembering a {@code null} as missing.
   *
   * @param field the builder setting
   * @param value the value
   * @param <T> its type
   * @return {@code value}
   */
  public <T> T required(String field, T value) {
    if (value == null) {
      reject(field, "is required");
      return null;
    }
    return accepted(field, value);
  }

  /**
   * Records a value a setter refused, e.g. a {@code null} credential.
   *
   * @param field the builder setting
   * @param message what is wrong, without the value when it may be secret
   */
  public void reject(String field, String message) {
    rejected.put(field, List.of(new Violation(field, message)));
  }

  /**
   * Whether the value last set for a field was refused.
   *
   * @param field the builder setting
   * @return true when it has a problem
   */
  public boolean isRejected(String field) {
    return rejected.containsKey(field);
  }

  /**
   * Starts the checks of one {@code build()}: the problems the setters recorded, to which the
   * builder adds its own rules before {@link Check#throwIfInvalid()}.
   *
   * @return a fresh check (building twice reports the same problems twice, not doubled)
   */
  public Check check() {
    Check c = new Check();
    rejected.values().forEach(list -> list.forEach(v -> c.validation.add(v.field(), v.message())));
    return c;
  }

  /**
   * The problems of one {@code build()}. A rule about a field whose value was already refused by
   * its setter is skipped, so a bad value is reported once, not also as "is required".
   */
  public final class Check {
    private final Validation validation = new Validation();

    private Check() {}

    /**
     * Adds a problem unless the condition holds or the field already has one.
     *
     * @param condition what must be true
     * @param field the builder setting
     * @param message what is wrong when it is not
     * @return this check
     */
    public Check require(boolean condition, String field, String message) {
      if (!condition && !rejected.containsKey(field)) {
        validation.add(field, message);
      }
      return this;
    }

    /**
     * Adds the problems of a shared rule that writes to a {@link Validation}, e.g. the FAPI
     * signing-algorithm rule.
     *
     * @param rule adds its problems to the validation it is given
     * @return this check
     */
    public Check apply(java.util.function.Consumer<Validation> rule) {
      rule.accept(validation);
      return this;
    }

    /**
     * Whether nothing is wrong so far.
     *
     * @return true when valid
     */
    public boolean isValid() {
      return validation.isValid();
    }

    /**
     * Throws every problem at once.
     *
     * @throws ValidationException naming every bad field
     */
    public void throwIfInvalid() {
      validation.throwIfInvalid();
    }
  }
}
