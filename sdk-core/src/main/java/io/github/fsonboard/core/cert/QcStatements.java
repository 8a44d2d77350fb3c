package io.github.fsonboard.core.cert;

import io.github.fsonboard.core.error.ValidationException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.qualified.QCStatement;

/**
 * Reads the eIDAS PSD2 QC statement (ETSI TS 119 495) of a certificate with BouncyCastle, with the
 * ETSI EN 319 412-5 {@code QcCompliance} and {@code QcType} statements beside it.
 *
 * <pre>{@code
 * Optional<Psd2Attributes> psd2 = QcStatements.psd2Attributes(certificate);
 * boolean canInitiatePayments = psd2.map(p -> p.roles().contains(Psd2Role.PSP_PI)).orElse(false);
 * }</pre>
 */
public final class QcStatements {
  /** {@code id-etsi-psd2-qcStatement}. */
  public static final String PSD2_STATEMENT_OID = "0.4.0.19495.2";

  private static final String FIELD = "qcStatements";

  private QcStatements() {}

  /**
   * Extracts the PSD2 attributes.
   *
   * @param certificate the certificate
   * @return the attributes, empty when the certificate has no PSD2 QC statement
   * @throws ValidationException naming {@code qcStatements} when the extension is malformed
   */
  public static Optional<Psd2Attributes> psd2Attributes(X509Certificate certificate) {
    byte[] ext = certificate.getExtensionValue(Extension.qCStatements.getId());
    if (ext == null) {
      return Optional.empty();
    }
    try {
      ASN1Sequence statements =
          ASN1Sequence.getInstance(
              ASN1Primitive.fromByteArray(ASN1OctetString.getInstance(ext).getOctets()));
      ASN1Encodable psd2 = null;
      boolean hasPsd2 = false;
      boolean compliance = false;
      Set<QcType> types = EnumSet.noneOf(QcType.class);
      for (ASN1Encodable e : statements) {
        QCStatement statement = QCStatement.getInstance(e);
        String id = statement.getStatementId().getId();
        if (PSD2_STATEMENT_OID.equals(id) && !hasPsd2) {
          hasPsd2 = true;
          psd2 = statement.getStatementInfo();
        } else if (Psd2Attributes.QC_COMPLIANCE_OID.equals(id)) {
          compliance = true;
        } else if (QcType.STATEMENT_OID.equals(id) && statement.getStatementInfo() != null) {
          for (ASN1Encodable t : ASN1Sequence.getInstance(statement.getStatementInfo())) {
            QcType.fromOid(ASN1ObjectIdentifier.getInstance(t).getId()).ifPresent(types::add);
          }
        }
      }
      return hasPsd2
          ? Optional.of(parsePsd2(psd2, certificate, types, compliance))
          : Optional.empty();
    } catch (ValidationException e) {
      throw e;
    } catch (Exception | StackOverflowError e) {
      // BouncyCastle signals malformed ASN.1 with IOException and assorted runtime exceptions.
      throw new ValidationException(FIELD, "is not a well-formed QC statements extension");
    }
  }

  private static Psd2Attributes parsePsd2(
      ASN1Encodable info, X509Certificate certificate, Set<QcType> types, boolean compliance) {
    if (info == null) {
      throw new ValidationException(FIELD, "PSD2 statement has no content");
    }
    ASN1Sequence seq = ASN1Sequence.getInstance(info);
    if (seq.size() != 3) {
      throw new ValidationException(FIELD, "PSD2 statement must have 3 elements");
    }
    Set<Psd2Role> roles = EnumSet.noneOf(Psd2Role.class);
    List<Psd2Attributes.DeclaredRole> declared = new ArrayList<>();
    for (ASN1Encodable r : ASN1Sequence.getInstance(seq.getObjectAt(0))) {
      // RoleOfPSP ::= SEQUENCE { roleOfPspOid, roleOfPspName UTF8String (SIZE(1..256)) }
      ASN1Sequence role = ASN1Sequence.getInstance(r);
      String oid = ASN1ObjectIdentifier.getInstance(role.getObjectAt(0)).getId();
      // A missing name is kept as "" so the role-name check reports it rather than parsing failing.
      String name = role.size() > 1 ? text(role.getObjectAt(1)) : "";
      declared.add(new Psd2Attributes.DeclaredRole(oid, name));
      Psd2Role.fromOid(oid).ifPresent(roles::add);
    }
    String ncaName = text(seq.getObjectAt(1));
    String ncaId = text(seq.getObjectAt(2));
    return new Psd2Attributes(
        roles,
        ncaName,
        ncaId,
        organizationIdentifier(certificate).orElse(null),
        declared,
        types,
        compliance);
  }

  /**
   * Reads the subject's {@code organizationIdentifier} (2.5.4.97), the PSP authorisation number.
   *
   * @param certificate the certificate
   * @return the identifier, empty when absent
   */
  public static Optional<String> organizationIdentifier(X509Certificate certificate) {
    try {
      X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
      for (RDN rdn : subject.getRDNs(BCStyle.ORGANIZATION_IDENTIFIER)) {
        return Optional.of(text(rdn.getFirst().getValue()));
      }
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static String text(ASN1Encodable value) {
    if (value instanceof ASN1String s) {
      return s.getString();
    }
    throw new ValidationException(FIELD, "expected a string value");
  }
}
