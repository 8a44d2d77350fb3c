package io.github.fsonboard.core.cert;

import java.util.Set;

/**
 * What an eIDAS PSD2 certificate says about its holder (ETSI TS 119 495).
 *
 * @param roles the PSD2 roles granted; may be empty
 * @param ncaName the National Competent Authority's name, e.g. {@code "Financial Conduct
 *     Authority"}
 * @param ncaId the NCA identifier, e.g. {@code "GB-FCA"}
 * @param organizationIdentifier the subject's {@code organizationIdentifier} (2.5.4.97), e.g.
 *     {@code "PSDGB-FCA-123456"}, or null when absent
 */
public record Psd2Attributes(
    Set<Psd2Role> roles, String ncaName, String ncaId, String organizationIdentifier) {
  /**
   * Copies the roles.
   *
   * @param roles the {@code roles} component
   * @param ncaName the {@code ncaName} component
   * @param ncaId the {@code ncaId} component
   * @param organizationIdentifier the {@code organizationIdentifier} component
   */
  public Psd2Attributes {
    roles = Set.copyOf(roles);
  }
}
