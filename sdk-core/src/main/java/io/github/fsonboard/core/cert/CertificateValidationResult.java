package io.github.fsonboard.core.cert;

import java.util.List;
import java.util.Optional;

/**
 * Everything {@link CertificateValidator} found: one {@link CheckResult} per {@link CheckName}, and
 * an overall verdict that is true only when no check failed. Remarks ({@link CheckStatus#WARN})
 * leave the verdict valid and are listed by {@link #warnings()}.
 *
 * <pre>{@code
 * CertificateValidationResult result = validator.validate(pem);
 * if (!result.valid()) {
 *   result.failures().forEach(f -> log.warn("{}", f));
 * }
 * }</pre>
 *
 * @param valid true when no check has status {@link CheckStatus#FAIL}
 * @param checks every check in {@link CheckName} order
 * @param psd2 the eIDAS PSD2 attributes of the leaf, or null when it has none
 */
public record CertificateValidationResult(
    boolean valid, List<CheckResult> checks, Psd2Attributes psd2) {
  /**
   * Copies the list.
   *
   * @param valid the {@code valid} component
   * @param checks the {@code checks} component
   * @param psd2 the {@code psd2} component
   */
  public CertificateValidationResult {
    checks = List.copyOf(checks);
  }

  static CertificateValidationResult of(List<CheckResult> checks, Psd2Attributes psd2) {
    boolean valid = checks.stream().noneMatch(c -> c.status() == CheckStatus.FAIL);
    return new CertificateValidationResult(valid, checks, psd2);
  }

  /**
   * Returns the result of one check.
   *
   * @param name the check
   * @return its result, empty if it was not reported (e.g. nothing after a parse failure)
   */
  public Optional<CheckResult> check(CheckName name) {
    return checks.stream().filter(c -> c.check() == name).findFirst();
  }

  /**
   * Returns the status of one check.
   *
   * @param name the check
   * @return its status, {@link CheckStatus#SKIPPED} when not reported
   */
  public CheckStatus status(CheckName name) {
    return check(name).map(CheckResult::status).orElse(CheckStatus.SKIPPED);
  }

  /**
   * Returns the failed checks.
   *
   * @return the failures, possibly empty
   */
  public List<CheckResult> failures() {
    return checks.stream().filter(c -> c.status() == CheckStatus.FAIL).toList();
  }

  /**
   * Returns the remarks: checks with status {@link CheckStatus#WARN}. They do not make the
   * certificate invalid, but an operator vetting it should read them.
   *
   * @return the remarks, possibly empty
   */
  public List<CheckResult> warnings() {
    return checks.stream().filter(c -> c.status() == CheckStatus.WARN).toList();
  }
}
