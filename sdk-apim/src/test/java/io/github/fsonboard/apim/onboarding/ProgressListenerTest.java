package io.github.fsonboard.apim.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressListenerTest {

  @Test
  void printsLongStepNamesWholeAndAlignsShortOnes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ProgressListener listener =
        ProgressListener.printingTo(new PrintStream(out, true, StandardCharsets.UTF_8));
    String longName = "subscribe AccountandTransactionAPI 3.1.11 (Unlimited)";
    listener.onEvent(new StepEvent("sign in tpp", StepStatus.STARTED, Duration.ZERO, ""));
    listener.onEvent(new StepEvent("sign in tpp", StepStatus.DONE, Duration.ofMillis(17), ""));
    listener.onEvent(
        new StepEvent(longName, StepStatus.DONE, Duration.ofMillis(5), "subscribed (id 31d1)"));

    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(lines).hasSize(2);
    assertThat(lines[0]).startsWith("[ 1] sign in tpp" + " ".repeat(38) + "DONE");
    assertThat(lines[1])
        .startsWith("[ 2] " + longName + " DONE")
        .endsWith("5 ms  subscribed (id 31d1)")
        .doesNotContain("…");
  }
}
