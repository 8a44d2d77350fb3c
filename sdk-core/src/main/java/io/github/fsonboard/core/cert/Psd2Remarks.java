package io.github.fsonboard.core.cert;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The remark checks on a PSD2 QC statement: things a careful operator notices that do not make the
 * certificate invalid, so they {@link CheckStatus#WARN} and never fail.
 */
final class Psd2Remarks {
  /**
   * ETSI TS 119 495 §5.2.1: "PSD" + 2-letter country + "-" + NCA code (2-8 letters) + "-" +
   * identifier. The NCA id of the QC statement (§5.1, e.g. {@code GB-FCA}) is country-code.
   */
  private static final Pattern PSD_ORG_ID = Pattern.compile("PSD([A-Z]{2})-([A-Z]{2,8})-(.+)");

  private Psd2Remarks() {}

  static CheckResult nca(Psd2Attributes psd2, boolean parseFailed) {
    if (psd2 == null) {
      return CheckResult.skipped(
          CheckName.PSD2_NCA,
          parseFailed ? "QC statement unreadable" : "certificate has no PSD2 QC statement");
    }
    String orgId = psd2.organizationIdentifier();
    if (orgId == null) {
      return CheckResult.warn(
          CheckName.PSD2_NCA,
          "no organizationIdentifier to compare with NCA " + quote(psd2.ncaId()));
    }
    Matcher m = PSD_ORG_ID.matcher(orgId);
    if (!m.matches()) {
      return CheckResult.warn(
          CheckName.PSD2_NCA,
          "organizationIdentifier "
              + quote(orgId)
              + " is not in the ETSI TS 119 495 PSD form (PSDXX-NCA-id)");
    }
    String named = m.group(1) + "-" + m.group(2);
    if (!named.equals(psd2.ncaId())) {
      return CheckResult.warn(
          CheckName.PSD2_NCA,
          "QC statement names NCA "
              + quote(psd2.ncaId())
              + " but organizationIdentifier "
              + quote(orgId)
              + " names "
              + quote(named));
    }
    return CheckResult.pass(
        CheckName.PSD2_NCA, "organizationIdentifier " + quote(orgId) + " matches NCA " + named);
  }

  static CheckResult roleNames(Psd2Attributes psd2, boolean parseFailed) {
    if (psd2 == null) {
      return CheckResult.skipped(
          CheckName.PSD2_ROLE_NAMES,
          parseFailed ? "QC statement unreadable" : "certificate has no PSD2 QC statement");
    }
    List<String> remarks = new ArrayList<>();
    for (Psd2Attributes.DeclaredRole d : psd2.declaredRoles()) {
      if (d.role().isEmpty()) {
        remarks.add("role OID " + d.oid() + " (" + quote(d.name()) + ") is not an ETSI PSD2 role");
      } else if (!d.nameMatchesOid()) {
        remarks.add(
            "role "
                + d.oid()
                + " is named "
                + quote(d.name())
                + ", ETSI TS 119 495 names it "
                + d.role().get().name());
      }
    }
    if (!remarks.isEmpty()) {
      return CheckResult.warn(CheckName.PSD2_ROLE_NAMES, String.join("; ", remarks));
    }
    return CheckResult.pass(
        CheckName.PSD2_ROLE_NAMES,
        psd2.declaredRoles().isEmpty()
            ? "no roles declared"
            : "role names match their OIDs " + psd2.roles());
  }

  /** Quotes text from a certificate, cut short so a hostile value cannot flood a report. */
  private static String quote(String value) {
    if (value == null) {
      return "(none)";
    }
    String v = value.length() > 80 ? value.substring(0, 80) + "..." : value;
    return "\"" + v.replaceAll("\\p{Cntrl}", "?") + "\"";
  }
}
