package io.github.fsonboard.core.cert;

import java.util.Objects;

/**
 * The outcome of one check, with a reason a human can act on.
 *
 * @param check which check
 * @param status pass, fail, skipped or warn (a remark)
 * @param reason why; never null
 */
public record CheckResult(CheckName check, CheckStatus status, String reason) {
  /**
   * Validates the components.
   *
   * @param check the {@code check} component
   * @param status the {@code status} component
   * @param reason the {@code reason} component
   */
  public CheckResult {
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
  }

  static CheckResult pass(CheckName check, String reason) {
    return new CheckResult(check, CheckStatus.PASS, reason);
  }

  static CheckResult fail(CheckName check, String reason) {
    return new CheckResult(check, CheckStatus.FAIL, reason);
  }

  static CheckResult warn(CheckName check, String reason) {
    return new CheckResult(check, CheckStatus.WARN, reason);
  }

  static CheckResult skipped(CheckName check, String reason) {
    return new CheckResult(check, CheckStatus.SKIPPED, reason);
  }

  @Override
  public String toString() {
    return check + " " + status + ": " + reason;
  }
}
