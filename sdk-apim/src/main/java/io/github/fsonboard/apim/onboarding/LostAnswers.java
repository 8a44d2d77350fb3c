package io.github.fsonboard.apim.onboarding;

import io.github.fsonboard.core.error.ServerException;
import io.github.fsonboard.core.error.TransportException;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Writes whose answer may be lost. The onboarding's POSTs are never repeated by the transport, so
 * when one fails in a way that may hide success, the step itself looks before it writes again.
 */
final class LostAnswers {
  private LostAnswers() {}

  /**
   * Runs a write. When it fails in a way that may hide success (I/O failure or timeout after the
   * request went out, or a 5xx), looks for what it would have made: if found, that is the result;
   * if not, the write runs once more. Other failures, and a second failure, end the step.
   *
   * @param write the write
   * @param result turns the write's answer into the step's result
   * @param lookFor finds what a write with a lost answer made, as the step's result
   * @param <W> the write's answer
   * @param <R> the step's result
   * @return the result
   */
  public static <W, R> R write(
      Supplier<W> write, Function<W, R> result, Supplier<Optional<R>> lookFor) {
    W written;
    try {
      written = write.get();
    } catch (TransportException | ServerException e) {
      if (e instanceof TransportException t
          && t.kind() != TransportException.Kind.IO
          && t.kind() != TransportException.Kind.TIMEOUT) {
        throw e;
      }
      try {
        Optional<R> found = lookFor.get();
        if (found.isPresent()) {
          return found.get();
        }
        written = write.get();
      } catch (RuntimeException again) {
        again.addSuppressed(e); // the first failure, for whoever reads the stack trace
        throw again;
      }
    }
    return result.apply(written);
  }
}
