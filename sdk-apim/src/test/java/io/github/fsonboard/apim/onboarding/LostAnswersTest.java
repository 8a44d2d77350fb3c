package io.github.fsonboard.apim.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.error.BadRequestException;
import io.github.fsonboard.core.error.ErrorPayload;
import io.github.fsonboard.core.error.ServerException;
import io.github.fsonboard.core.error.TransportException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Which failed writes are looked for and written once more, without a server. */
class LostAnswersTest {
  private final AtomicInteger writes = new AtomicInteger();
  private final AtomicInteger looks = new AtomicInteger();

  private static TransportException transport(TransportException.Kind kind) {
    return new TransportException(kind, kind + " failure on POST https://apim/x", null);
  }

  private static ServerException server() {
    return new ServerException(500, "POST", "https://apim/x", ErrorPayload.empty(null));
  }

  /** A write that fails the first {@code failures} times, then answers "written". */
  private String write(int failures, RuntimeException failure) {
    if (writes.incrementAndGet() <= failures) {
      throw failure;
    }
    return "written";
  }

  private Optional<String> look(String found) {
    looks.incrementAndGet();
    return Optional.ofNullable(found);
  }

  @Test
  void aLostAnswerWhoseWriteWasMadeIsFoundAndNotWrittenAgain() {
    String r =
        LostAnswers.write(
            () -> write(1, transport(TransportException.Kind.IO)), w -> w, () -> look("found"));
    assertThat(r).isEqualTo("found");
    assertThat(writes).hasValue(1);
    assertThat(looks).hasValue(1);
  }

  @Test
  void aTimeoutOrA5xxWithNothingMadeIsWrittenOnceMore() {
    assertThat(
            LostAnswers.write(
                () -> write(1, transport(TransportException.Kind.TIMEOUT)),
                w -> w + "!",
                () -> look(null)))
        .isEqualTo("written!");
    writes.set(0);
    assertThat(LostAnswers.write(() -> write(1, server()), w -> w, () -> look(null)))
        .isEqualTo("written");
    assertThat(writes).hasValue(2);
    assertThat(looks).hasValue(2);
  }

  @Test
  void failuresThatCannotHideSuccessEndTheStepAtOnce() {
    for (RuntimeException failure :
        new RuntimeException[] {
          transport(TransportException.Kind.CONNECT),
          transport(TransportException.Kind.TLS),
          transport(TransportException.Kind.INTERRUPTED),
          new BadRequestException(400, "POST", "https://apim/x", ErrorPayload.empty(null))
        }) {
      writes.set(0);
      assertThatThrownBy(() -> LostAnswers.write(() -> write(1, failure), w -> w, () -> look("x")))
          .isSameAs(failure);
      assertThat(writes).hasValue(1);
    }
    assertThat(looks).hasValue(0);
  }

  @Test
  void aSecondFailureEndsTheStepAndKeepsTheFirst() {
    ServerException first = server();
    ServerException second = server();
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(
            () ->
                LostAnswers.<String, String>write(
                    () -> {
                      throw calls.incrementAndGet() == 1 ? first : second;
                    },
                    w -> w,
                    () -> look(null)))
        .isSameAs(second)
        .satisfies(e -> assertThat(e.getSuppressed()).containsExactly(first));
  }
}
