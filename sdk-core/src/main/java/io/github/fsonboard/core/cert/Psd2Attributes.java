package io.github.fsonboard.core.cert;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an eIDAS PSD2 certificate says about its holder (ETSI TS 119 495), with the ETSI EN 319
 * 412-5 statements that say what kind of qualified certificate it is.
 *
 * @param roles the PSD2 roles granted (by OID); may be empty
 * @param ncaName the National Competent Authority's name, e.g. {@code "Financial Conduct
 *     Authority"}
 * @param ncaId the NCA identifier, e.g. {@code "GB-FCA"}
 * @param organizationIdentifier the subject's {@code organizationIdentifier} (2.5.4.97), e.g.
 *     {@code "PSDGB-FCA-123456"}, or null when absent
 * @param declaredRoles every role of the statement as written: OID and name, in certificate order,
 *     including OIDs this SDK does not know
 * @param qcTypes the {@code QcType} statement's types ({@link QcType#WEB} for a QWAC, {@link
 *     QcType#ESEAL} for a QSealC); empty when the statement is absent
 * @param qcCompliance true when the {@code QcCompliance} statement (0.4.0.1862.1.1) is present,
 *     i.e. the issuer declares the certificate EU qualified
 */
public record Psd2Attributes(
    Set<Psd2Role> roles,
    String ncaName,
    String ncaId,
    String organizationIdentifier,
    List<DeclaredRole> declaredRoles,
    Set<QcType> qcTypes,
    boolean qcCompliance) {

  /** {@code id-etsi-qcs-QcCompliance}. */
  public static final String QC_COMPLIANCE_OID = "0.4.0.1862.1.1";

  /**
   * Copies the collections.
   *
   * @param roles the {@code roles} component
   * @param ncaName the {@code ncaName} component
   * @param ncaId the {@code ncaId} component
   * @param organizationIdentifier the {@code organizationIdentifier} component
   * @param declaredRoles the {@code declaredRoles} component
   * @param qcTypes the {@code qcTypes} component
   * @param qcCompliance the {@code qcCompliance} component
   */
  public Psd2Attributes {
    roles = Set.copyOf(roles);
    declaredRoles = List.copyOf(declaredRoles);
    qcTypes = Set.copyOf(qcTypes);
  }

  /**
   * Attributes without role names or QC statements other than PSD2's (each role declared under its
   * ETSI name).
   *
   * @param roles the roles
   * @param ncaName the NCA's name
   * @param ncaId the NCA identifier
   * @param organizationIdentifier the organisation identifier, or null
   */
  public Psd2Attributes(
      Set<Psd2Role> roles, String ncaName, String ncaId, String organizationIdentifier) {
    this(
        roles,
        ncaName,
        ncaId,
        organizationIdentifier,
        roles.stream().sorted().map(r -> new DeclaredRole(r.oid(), r.name())).toList(),
        Set.of(),
        false);
  }

  /**
   * Tells whether the certificate is a QWAC (website authentication).
   *
   * @return true when {@link #qcTypes()} holds {@link QcType#WEB}
   */
  public boolean isQwac() {
    return qcTypes.contains(QcType.WEB);
  }

  /**
   * Tells whether the certificate is a QSealC (electronic seal).
   *
   * @return true when {@link #qcTypes()} holds {@link QcType#ESEAL}
   */
  public boolean isQsealc() {
    return qcTypes.contains(QcType.ESEAL);
  }

  /**
   * One {@code RoleOfPSP} of the PSD2 QC statement as the certificate writes it.
   *
   * @param oid the role's OID, e.g. {@code 0.4.0.19495.1.3}
   * @param name the role's name, e.g. {@code PSP_AI} (ETSI) or whatever the issuer wrote
   */
  public record DeclaredRole(String oid, String name) {
    /**
     * Validates the components.
     *
     * @param oid the {@code oid} component
     * @param name the {@code name} component
     */
    public DeclaredRole {
      Objects.requireNonNull(oid, "oid");
      Objects.requireNonNull(name, "name");
    }

    /**
     * Returns the role this OID stands for.
     *
     * @return the role, empty for an OID outside ETSI TS 119 495
     */
    public java.util.Optional<Psd2Role> role() {
      return Psd2Role.fromOid(oid);
    }

    /**
     * Tells whether the name is the ETSI TS 119 495 name of the OID.
     *
     * @return true for e.g. {@code 0.4.0.19495.1.3} named {@code PSP_AI}
     */
    public boolean nameMatchesOid() {
      return role().map(r -> r.name().equals(name)).orElse(false);
    }
  }
}
