package io.github.fsonboard.apim.devportal;

import java.util.Locale;

/** The level of a throttling policy ({@code /throttling-policies/{policyLevel}}). */
public enum PolicyLevel {
  /** Application-level policies, used when creating an application. */
  APPLICATION,
  /** Subscription-level policies (tiers), used when subscribing. */
  SUBSCRIPTION;

  /**
   * Returns the path segment.
   *
   * @return {@code application} or {@code subscription}
   */
  public String pathValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
