package io.github.fsonboard.apim.onboarding;

import io.github.fsonboard.is.applications.CertificateChange;

/**
 * What a {@link CertificateRotation} changed, place by place.
 *
 * @param applicationId the TPP application's UUID
 * @param consumerKey the OAuth client id of the rotated keys
 * @param apiManager the API Manager key's {@code sp_certificate}
 * @param identityServer the Identity Server application's certificate
 */
public record CertificateRotationReport(
    String applicationId,
    String consumerKey,
    CertificateChange apiManager,
    CertificateChange identityServer) {

  /**
   * Tells whether anything was written.
   *
   * @return true when either place was updated
   */
  public boolean changedAnything() {
    return apiManager == CertificateChange.UPDATED || identityServer == CertificateChange.UPDATED;
  }
}
