package io.github.fsonboard.core.cert;

import java.util.Optional;

/**
 * The type of a qualified certificate, from its ETSI EN 319 412-5 {@code QcType} statement ({@code
 * id-etsi-qcs-QcType}, 0.4.0.1862.1.6): a PSD2 QWAC is {@link #WEB}, a QSealC {@link #ESEAL}.
 */
public enum QcType {
  /** {@code id-etsi-qct-esign} (0.4.0.1862.1.6.1): electronic signature of a natural person. */
  ESIGN("0.4.0.1862.1.6.1"),
  /** {@code id-etsi-qct-eseal} (0.4.0.1862.1.6.2): electronic seal, the PSD2 QSealC. */
  ESEAL("0.4.0.1862.1.6.2"),
  /** {@code id-etsi-qct-web} (0.4.0.1862.1.6.3): website authentication, the PSD2 QWAC. */
  WEB("0.4.0.1862.1.6.3");

  /** {@code id-etsi-qcs-QcType}, the statement that lists the types. */
  public static final String STATEMENT_OID = "0.4.0.1862.1.6";

  private final String oid;

  QcType(String oid) {
    this.oid = oid;
  }

  /**
   * Returns the type's object identifier.
   *
   * @return e.g. {@code 0.4.0.1862.1.6.3}
   */
  public String oid() {
    return oid;
  }

  /**
   * Finds a type by object identifier.
   *
   * @param oid the identifier
   * @return the type, empty if unknown
   */
  public static Optional<QcType> fromOid(String oid) {
    for (QcType t : values()) {
      if (t.oid.equals(oid)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
