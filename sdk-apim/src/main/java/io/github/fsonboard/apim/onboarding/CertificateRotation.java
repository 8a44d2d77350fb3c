package io.github.fsonboard.apim.onboarding;

import io.github.fsonboard.apim.ApimSession;
import io.github.fsonboard.apim.devportal.ApplicationInfo;
import io.github.fsonboard.apim.devportal.ApplicationKey;
import io.github.fsonboard.apim.devportal.FsApplicationProperties;
import io.github.fsonboard.apim.devportal.KeyType;
import io.github.fsonboard.apim.devportal.KeyUpdateRequest;
import io.github.fsonboard.apim.internal.KeyProperties;
import io.github.fsonboard.core.cert.Certificates;
import io.github.fsonboard.core.error.FsOnboardException;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.is.IdentityServer;
import io.github.fsonboard.is.applications.CertificateChange;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rotates a TPP application's certificate in both places that hold it: the API Manager key's {@code
 * sp_certificate} property and the Identity Server application's certificate. The FS key manager
 * pushes the certificate to IS only when it creates the application, so an oauth-keys update alone
 * leaves IS on the old one (wso2-contracts §9). Each place is compared before it is written:
 * running the rotation again writes nothing, and a run stopped half-way is completed by the next.
 * Immutable; {@link #apply()} may be called from any thread.
 *
 * <pre>{@code
 * CertificateRotationReport r = Onboarding.certificateRotation(apim.tpp(user, pw), is)
 *     .application("Accounts App").keyManager("FSKM").keyType(KeyType.PRODUCTION)
 *     .certificate(newPem)
 *     .build()
 *     .apply();
 * }</pre>
 */
public final class CertificateRotation {
  private final ApimSession tpp;
  private final IdentityServer identityServer;
  private final String application;
  private final String keyManager;
  private final KeyType keyType;
  private final String certificate;

  private CertificateRotation(Builder b) {
    this.tpp = b.tpp;
    this.identityServer = b.identityServer;
    this.application = b.application;
    this.keyManager = b.keyManager;
    this.keyType = b.keyType;
    this.certificate = Certificates.canonicalPem(b.certificate);
  }

  static Builder builder(ApimSession tpp, IdentityServer identityServer) {
    return new Builder(tpp, identityServer);
  }

  /**
   * Rotates: the API Manager key first (checked to have taken effect), then the IS application.
   *
   * @return what changed where
   * @throws FsOnboardException when the application or its keys are not found, or the API Manager
   *     did not apply the new certificate
   */
  public CertificateRotationReport apply() {
    ApplicationInfo app =
        tpp.devPortal()
            .applications()
            .find(application)
            .orElseThrow(() -> new FsOnboardException("No application named " + application));
    ApplicationKey key =
        tpp.devPortal()
            .keys()
            .find(app.applicationId(), keyType, keyManager)
            .orElseThrow(
                () ->
                    new FsOnboardException(
                        "Application "
                            + application
                            + " has no "
                            + keyType
                            + " keys at "
                            + keyManager));
    if (key.consumerKey() == null) {
      // A key mapping awaiting approval (or rejected) is listed without keys: nothing to rotate.
      throw new FsOnboardException(
          "Application "
              + application
              + " has no "
              + keyType
              + " keys at "
              + keyManager
              + " yet (keyState "
              + key.keyState()
              + ")");
    }
    CertificateChange apim = CertificateChange.UNCHANGED;
    if (!holds(key)) {
      Map<String, Object> props = new LinkedHashMap<>(key.additionalProperties());
      props.put(FsApplicationProperties.SP_CERTIFICATE, certificate);
      KeyUpdateRequest update =
          new KeyUpdateRequest(
              key.keyMappingId(),
              key.keyManager(),
              key.keyType(),
              key.supportedGrantTypes(),
              key.callbackUrl(),
              props);
      ApplicationKey updated = tpp.devPortal().keys().update(app.applicationId(), update);
      if (updated == null || !holds(updated)) {
        throw new FsOnboardException(
            "The API Manager accepted the new certificate for "
                + application
                + " but its key does not show it: nothing was changed at the Identity Server");
      }
      apim = CertificateChange.UPDATED;
    }
    CertificateChange is =
        identityServer.applicationCertificates().set(key.consumerKey(), certificate);
    return new CertificateRotationReport(app.applicationId(), key.consumerKey(), apim, is);
  }

  private boolean holds(ApplicationKey key) {
    Object held =
        key.additionalProperties() == null
            ? null
            : key.additionalProperties().get(FsApplicationProperties.SP_CERTIFICATE);
    return held != null
        && KeyProperties.same(FsApplicationProperties.SP_CERTIFICATE, certificate, held);
  }

  /** Builds a {@link CertificateRotation}. Not thread-safe. */
  public static final class Builder {
    private final ApimSession tpp;
    private final IdentityServer identityServer;
    private String application;
    private String keyManager;
    private KeyType keyType = KeyType.PRODUCTION;
    private String certificate;

    private Builder(ApimSession tpp, IdentityServer identityServer) {
      this.tpp = tpp;
      this.identityServer = identityServer;
    }

    /**
     * Names the TPP's application (required).
     *
     * @param name the application's name
     * @return this builder
     */
    public Builder application(String name) {
      this.application = name;
      return this;
    }

    /**
     * Names the key manager that made the keys (required).
     *
     * @param name the key manager's name
     * @return this builder
     */
    public Builder keyManager(String name) {
      this.keyManager = name;
      return this;
    }

    /**
     * Chooses the keys (default production).
     *
     * @param type the key type
     * @return this builder
     */
    public Builder keyType(KeyType type) {
      this.keyType = type;
      return this;
    }

    /**
     * Sets the new certificate (required; PEM, PEM with escaped {@code \n} or bare base64 DER; sent
     * as one canonical PEM).
     *
     * @param pem the certificate
     * @return this builder
     */
    public Builder certificate(String pem) {
      this.certificate = pem;
      return this;
    }

    /**
     * Builds the rotation.
     *
     * @return the rotation
     * @throws io.github.fsonboard.core.error.ValidationException naming every missing or bad field
     */
    public CertificateRotation build() {
      Validation v = new Validation();
      v.require(tpp != null, "tppSession", "is required (the key belongs to the TPP)");
      v.require(identityServer != null, "identityServer", "is required");
      v.require(application != null && !application.isBlank(), "application", "is required");
      v.require(keyManager != null && !keyManager.isBlank(), "keyManager", "is required");
      v.require(keyType != null, "keyType", "is required");
      boolean parses;
      try {
        Certificates.parseOne(certificate == null ? "" : certificate);
        parses = true;
      } catch (RuntimeException e) {
        parses = false;
      }
      v.require(parses, "certificate", "must be one X.509 certificate (PEM or base64 DER)");
      v.throwIfInvalid();
      return new CertificateRotation(this);
    }
  }
}
