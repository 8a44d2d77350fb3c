package io.github.fsonboard.core.error;

import java.util.Objects;

/**
 * One problem with the caller's input.
 *
 * @param field the name of the offending field or parameter, e.g. {@code "baseUrl"} or {@code
 *     "keys[PRODUCTION].callbackUrl"}
 * @param message why the value was refused; never contains the value when it is secret
 */
public record Violation(String field, String message) {
  /** Validates the components. */
  public Violation {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
