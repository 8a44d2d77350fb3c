package io.github.fsonboard.apim.devportal;

/**
 * An application's state on the API Manager, as its {@code status} field says (carbon-apimgt
 * APIConstants.ApplicationStatus). The raw string stays on {@link ApplicationInfo#status()} and
 * {@link Application#status()}.
 */
public enum ApplicationStatus {
  /** Created; an approval workflow holds it (no keys until it is approved). */
  CREATED,
  /** Approved (the state of every application when no approval workflow is configured). */
  APPROVED,
  /** Rejected by the approval workflow. */
  REJECTED,
  /** Held by a workflow. */
  ON_HOLD,
  /** A value this SDK does not know (a newer server); read the raw string. */
  UNKNOWN;

  /**
   * Reads the server's value; never throws.
   *
   * @param raw the {@code status} string, or null
   * @return the constant, {@link #UNKNOWN} for null or an unknown value
   */
  public static ApplicationStatus of(String raw) {
    return ServerEnums.of(ApplicationStatus.class, raw, UNKNOWN);
  }
}
