package io.github.fsonboard.harness;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The result of validating one request or response: every error-level finding, split into failures
 * and findings covered by the allow-list.
 *
 * @param spec the spec validated against
 * @param method the request's HTTP method
 * @param pathAndQuery the request's path and query
 * @param messages every error-level finding (allowed ones carry their reason)
 */
public record ValidationOutcome(
    Spec spec, String method, String pathAndQuery, List<ValidationMessage> messages) {

  /** Copies the messages. */
  public ValidationOutcome {
    messages = List.copyOf(messages);
  }

  /**
   * Returns the findings not covered by the allow-list.
   *
   * @return failures (empty when valid)
   */
  public List<ValidationMessage> failures() {
    return messages.stream().filter(m -> !m.allowed()).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the findings the allow-list covered.
   *
   * @return allowed findings
   */
  public List<ValidationMessage> allowed() {
    return messages.stream()
        .filter(ValidationMessage::allowed)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Tells whether no finding remains after the allow-list.
   *
   * @return true when valid
   */
  public boolean valid() {
    return failures().isEmpty();
  }

  /**
   * Returns the keys of the failures, handy in assertions.
   *
   * @return failure keys in order
   */
  public List<String> failureKeys() {
    return failures().stream().map(ValidationMessage::key).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Describes the failures, one per line, headed by the request line.
   *
   * @return a readable report
   */
  public String describe() {
    StringBuilder text = new StringBuilder(method + " " + pathAndQuery + " violates " + spec + ":");
    failures().forEach(m -> text.append("\n  - ").append(m));
    return text.toString();
  }
}
