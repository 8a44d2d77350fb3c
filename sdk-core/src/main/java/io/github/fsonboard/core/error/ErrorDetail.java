package io.github.fsonboard.core.error;

/**
 * One entry of WSO2's {@code error[]} array (per-field validation failures).
 *
 * @param code the entry's code, or null
 * @param message the entry's message, or null
 * @param description the entry's description, or null
 */
public record ErrorDetail(String code, String message, String description) {
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    if (code != null) {
      sb.append(code).append(' ');
    }
    if (message != null) {
      sb.append(message);
    }
    if (description != null) {
      sb.append(sb.length() > 0 ? ": " : "").append(description);
    }
    return sb.toString().trim();
  }
}
