package io.github.fsonboard.core.cert;

import java.util.Optional;

/** The PSD2 roles of a payment service provider (ETSI TS 119 495 §5.1). */
public enum Psd2Role {
  /** Account servicing (the bank). */
  PSP_AS("0.4.0.19495.1.1"),
  /** Payment initiation. */
  PSP_PI("0.4.0.19495.1.2"),
  /** Account information. */
  PSP_AI("0.4.0.19495.1.3"),
  /** Issuing of card-based payment instruments. */
  PSP_IC("0.4.0.19495.1.4");

  private final String oid;

  Psd2Role(String oid) {
    this.oid = oid;
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
