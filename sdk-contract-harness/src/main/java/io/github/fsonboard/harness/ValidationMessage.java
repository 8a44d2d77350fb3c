package io.github.fsonboard.harness;

/**
 * One finding of the validator.
 *
 * @param key the validator's message key, e.g. {@code
 *     validation.request.body.schema.additionalProperties}
 * @param message the human-readable text
 * @param allowedBecause the allow-list reason when the finding is a known spec bug, else null
 */
public record ValidationMessage(String key, String message, String allowedBecause) {

  /**
   * Tells whether an allow-list entry covers this finding.
   *
   * @return true when allowed
   */
  public boolean allowed() {
    return allowedBecause != null;
  }

  @Override
  public String toString() {
    return key + ": " + message + (allowed() ? " [allowed: " + allowedBecause + "]" : "");
  }
}
