package io.github.fsonboard.core.cert;

import java.util.Optional;

/** The PSD2 roles of a payment service provider (ETSI TS 119 495 §5.1). */
public enum Psd2Role {
  /** Account servicing (the bank). */
  PSP_AS("0.4.0.19495.1.1", "ASPSP"),
  /** Payment initiation. */
  PSP_PI("0.4.0.19495.1.2", "PISP"),
  /** Account information. */
  PSP_AI("0.4.0.19495.1.3", "AISP"),
  /** Issuing of card-based payment instruments. */
  PSP_IC("0.4.0.19495.1.4", "CBPII");

  private final String oid;
  private final String softwareRole;

  Psd2Role(String oid, String softwareRole) {
    this.oid = oid;
    this.softwareRole = softwareRole;
  }

  /**
   * Returns the SSA {@code software_roles} value for this role.
   *
   * @return {@code ASPSP}, {@code PISP}, {@code AISP} or {@code CBPII}
   */
  public String softwareRole() {
    return softwareRole;
  }

  /**
   * Maps an SSA {@code software_roles} value (case-insensitive) to the certificate role that must
   * back it, as the gateway's role check does.
   *
   * @param softwareRole e.g. {@code "AISP"}
   * @return the role, empty if unknown
   */
  public static Optional<Psd2Role> fromSoftwareRole(String softwareRole) {
    for (Psd2Role r : values()) {
      if (r.softwareRole.equalsIgnoreCase(softwareRole)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the role's object identifier.
   *
   * @return e.g. {@code 0.4.0.19495.1.2}
   */
  public String oid() {
    return oid;
  }

  /**
   * Finds a role by object identifier.
   *
   * @param oid the identifier
   * @return the role, empty if unknown
   */
  public static Optional<Psd2Role> fromOid(String oid) {
    for (Psd2Role r : values()) {
      if (r.oid.equals(oid)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
