package io.github.fsonboard.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;

/**
 * Proves which Spring Boot line a test execution really ran on: the default execution uses Boot 4,
 * the {@code boot-3.5} execution swaps the class path to Boot 3.5 (see the pom).
 */
class BootLineTest {
  @Test
  void runsOnTheBootLineThisExecutionIsFor() {
    String expected = System.getProperty("fsonboard.expected.boot", "4.0.");
    assertThat(SpringBootVersion.getVersion()).startsWith(expected);
  }
}
