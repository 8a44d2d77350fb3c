package io.github.fsonboard.apim.contract;

import io.github.fsonboard.harness.Spec;

/** The API Manager releases whose specs the SDK's traffic is validated against. */
public enum ApimVersion {
  /** APIM 4.4.0 (no {@code allowedOrganizations} on key managers yet). */
  V4_4_0(Spec.APIM_440_ADMIN, Spec.APIM_440_DEVPORTAL),
  /** APIM 4.5.0, the primary target. */
  V4_5_0(Spec.APIM_450_ADMIN, Spec.APIM_450_DEVPORTAL),
  /** APIM 4.7.0. */
  V4_7_0(Spec.APIM_470_ADMIN, Spec.APIM_470_DEVPORTAL);

  private final Spec admin;
  private final Spec devportal;

  ApimVersion(Spec admin, Spec devportal) {
    this.admin = admin;
    this.devportal = devportal;
  }

  /** The admin v4 spec of this release. */
  public Spec admin() {
    return admin;
  }

  /** The devportal v3 spec of this release. */
  public Spec devportal() {
    return devportal;
  }
}
