package io.github.fsonboard.apim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.error.Violation;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The one assertion for "refused with exactly these problems, all in one exception". */
public final class Refusals {
  private Refusals() {}

  /**
   * Asserts that the call throws one {@link ValidationException} carrying exactly these problems,
   * in this order.
   *
   * @param call e.g. a builder's {@code build}
   * @param expected every problem it must name
   */
  public static void assertRefused(ThrowingCallable call, Violation... expected) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.violations()).containsExactly(expected));
  }
}
