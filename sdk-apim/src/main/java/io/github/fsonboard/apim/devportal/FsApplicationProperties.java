package io.github.fsonboard.apim.devportal;

import io.github.fsonboard.apim.internal.KeyProperties;
import io.github.fsonboard.core.cert.Certificates;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.internal.json.JsonNumbers;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The application properties of the WSO2 Financial Services key manager ({@code fsKeyManager}),
 * sent in the {@code additionalProperties} of generate-keys and oauth-keys updates. Every value
 * goes on the wire as a JSON string ({@code "true"}, {@code "3600"}, {@code "N/A"}).
 *
 * <pre>{@code
 * FsApplicationProperties props = FsApplicationProperties.builder()
 *     .regulatory(true)
 *     .certificate(pem)          // the TPP's application certificate
 *     .pkceMandatory(true)
 *     .build();
 * }</pre>
 *
 * <p>The rules of the guide are checked by {@link #validate(Validation)} (and by {@link
 * KeyGenerationRequest.Builder#build()}): {@code regulatory} is required; a regulatory application
 * needs a certificate; the certificate must be a parseable X.509 PEM, unexpired for a regulatory
 * application; PKCE plain text needs PKCE; token lifetimes are non-negative numbers or {@code
 * "N/A"}.
 *
 * @param regulatory {@code regulatory}: whether the application is regulatory (required)
 * @param spCertificate {@code sp_certificate}: the application certificate (PEM), or null
 * @param pkceMandatory {@code ext_pkce_mandatory} ("Enable PKCE"), or null
 * @param pkceSupportPlain {@code ext_pkce_support_plain} ("Support PKCE Plain text"), or null
 * @param publicClient {@code ext_public_client}, or null
 * @param applicationTokenLifetime {@code ext_application_token_lifetime}: seconds or {@code N/A}
 * @param userTokenLifetime {@code ext_user_token_lifetime}: seconds or {@code N/A}
 * @param refreshTokenLifetime {@code ext_refresh_token_lifetime}: seconds or {@code N/A}
 * @param idTokenLifetime {@code ext_id_token_lifetime}: seconds or {@code N/A}
 */
public record FsApplicationProperties(
    Boolean regulatory,
    String spCertificate,
    Boolean pkceMandatory,
    Boolean pkceSupportPlain,
    Boolean publicClient,
    String applicationTokenLifetime,
    String userTokenLifetime,
    String refreshTokenLifetime,
    String idTokenLifetime) {

  /** JSON key of the regulatory flag. */
  public static final String REGULATORY = "regulatory";

  /** JSON key of the application certificate. */
  public static final String SP_CERTIFICATE = KeyProperties.SP_CERTIFICATE;

  /** JSON key of "Enable PKCE". */
  public static final String PKCE_MANDATORY = KeyProperties.PKCE_MANDATORY;

  /** JSON key of "Support PKCE Plain text". */
  public static final String PKCE_SUPPORT_PLAIN = KeyProperties.PKCE_SUPPORT_PLAIN;

  /** JSON key of the public-client flag. */
  public static final String PUBLIC_CLIENT = KeyProperties.PUBLIC_CLIENT;

  /** JSON key of the application token lifetime. */
  public static final String APPLICATION_TOKEN_LIFETIME = KeyProperties.APPLICATION_TOKEN_LIFETIME;

  /** JSON key of the user token lifetime. */
  public static final String USER_TOKEN_LIFETIME = KeyProperties.USER_TOKEN_LIFETIME;

  /** JSON key of the refresh token lifetime. */
  public static final String REFRESH_TOKEN_LIFETIME = KeyProperties.REFRESH_TOKEN_LIFETIME;

  /** JSON key of the ID token lifetime. */
  public static final String ID_TOKEN_LIFETIME = KeyProperties.ID_TOKEN_LIFETIME;

  /** The lifetime value meaning "not set". */
  public static final String NOT_APPLICABLE = KeyProperties.NOT_APPLICABLE;

  /**
   * Starts a builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads the properties from an {@code additionalProperties} map (strings or booleans).
   *
   * @param properties the map, or null
   * @return the properties; absent keys are null
   */
  public static FsApplicationProperties fromAdditionalProperties(Map<String, ?> properties) {
    Map<String, ?> p = properties == null ? Map.of() : properties;
    return new FsApplicationProperties(
        bool(p.get(REGULATORY)),
        text(p.get(SP_CERTIFICATE)),
        bool(p.get(PKCE_MANDATORY)),
        bool(p.get(PKCE_SUPPORT_PLAIN)),
        bool(p.get(PUBLIC_CLIENT)),
        text(p.get(APPLICATION_TOKEN_LIFETIME)),
        text(p.get(USER_TOKEN_LIFETIME)),
        text(p.get(REFRESH_TOKEN_LIFETIME)),
        text(p.get(ID_TOKEN_LIFETIME)));
  }

  /**
   * Converts to {@code additionalProperties} entries, all strings; null values are left out.
   *
   * @return the entries
   */
  public Map<String, String> toAdditionalProperties() {
    Map<String, String> m = new LinkedHashMap<>();
    put(m, PKCE_MANDATORY, pkceMandatory);
    put(m, PKCE_SUPPORT_PLAIN, pkceSupportPlain);
    put(m, PUBLIC_CLIENT, publicClient);
    put(m, APPLICATION_TOKEN_LIFETIME, applicationTokenLifetime);
    put(m, USER_TOKEN_LIFETIME, userTokenLifetime);
    put(m, REFRESH_TOKEN_LIFETIME, refreshTokenLifetime);
    put(m, ID_TOKEN_LIFETIME, idTokenLifetime);
    put(m, REGULATORY, regulatory);
    put(m, SP_CERTIFICATE, spCertificate);
    return m;
  }

  /**
   * Tells whether the application is regulatory.
   *
   * @return true when {@code regulatory} is true
   */
  public boolean isRegulatory() {
    return Boolean.TRUE.equals(regulatory);
  }

  /**
   * Records every rule these properties break, naming fields {@code additionalProperties.<key>}.
   *
   * @param v the collector
   */
  public void validate(Validation v) {
    v.require(regulatory != null, field(REGULATORY), "is required (\"true\" or \"false\")");
    if (spCertificate == null || spCertificate.isBlank()) {
      v.require(!isRegulatory(), field(SP_CERTIFICATE), "is required for a regulatory application");
    } else {
      checkCertificate(v);
    }
    v.require(
        !Boolean.TRUE.equals(pkceSupportPlain) || Boolean.TRUE.equals(pkceMandatory),
        field(PKCE_SUPPORT_PLAIN),
        "needs PKCE enabled (" + PKCE_MANDATORY + ")");
    lifetime(v, APPLICATION_TOKEN_LIFETIME, applicationTokenLifetime);
    lifetime(v, USER_TOKEN_LIFETIME, userTokenLifetime);
    lifetime(v, REFRESH_TOKEN_LIFETIME, refreshTokenLifetime);
    lifetime(v, ID_TOKEN_LIFETIME, idTokenLifetime);
  }

  /**
   * Checks every rule at once.
   *
   * @throws io.github.fsonboard.core.error.ValidationException naming every broken rule
   */
  public void validate() {
    Validation v = new Validation();
    validate(v);
    v.throwIfInvalid();
  }

  private void checkCertificate(Validation v) {
    X509Certificate cert;
    try {
      // The forms FS's CertificateUtils accepts: PEM, PEM with escaped \n, bare base64.
      cert = Certificates.parseOne(spCertificate);
    } catch (ValidationException e) {
      v.add(field(SP_CERTIFICATE), "is not a parseable X.509 certificate (PEM or base64 DER)");
      return;
    }
    if (isRegulatory()) {
      try {
        cert.checkValidity();
      } catch (CertificateException e) {
        v.add(
            field(SP_CERTIFICATE),
            "is not valid now (notBefore "
                + cert.getNotBefore()
                + ", notAfter "
                + cert.getNotAfter()
                + ")");
      }
    }
  }

  private static void lifetime(Validation v, String key, String value) {
    if (value == null || NOT_APPLICABLE.equals(value)) {
      return;
    }
    boolean ok;
    try {
      ok = Long.parseLong(value) >= 0;
    } catch (NumberFormatException e) {
      ok = false;
    }
    v.require(ok, field(key), "must be a non-negative number of seconds or \"N/A\"");
  }

  private static String field(String key) {
    return "additionalProperties." + key;
  }

  private static void put(Map<String, String> m, String key, Object value) {
    if (value != null) {
      m.put(key, value.toString());
    }
  }

  private static Boolean bool(Object o) {
    return o == null ? null : Boolean.valueOf(o.toString().trim());
  }

  private static String text(Object o) {
    return JsonNumbers.text(o);
  }

  /** Builds {@link FsApplicationProperties}. Not thread-safe. */
  public static final class Builder {
    private Boolean regulatory;
    private String spCertificate;
    private Boolean pkceMandatory;
    private Boolean pkceSupportPlain;
    private Boolean publicClient;
    private String applicationTokenLifetime;
    private String userTokenLifetime;
    private String refreshTokenLifetime;
    private String idTokenLifetime;

    private Builder() {}

    /**
     * Sets whether the application is regulatory (required).
     *
     * @param regulatory true for an Open Banking regulatory application
     * @return this builder
     */
    public Builder regulatory(boolean regulatory) {
      this.regulatory = regulatory;
      return this;
    }

    /**
     * Sets the application certificate.
     *
     * @param pem the X.509 certificate in PEM
     * @return this builder
     */
    public Builder certificate(String pem) {
      this.spCertificate = pem;
      return this;
    }

    /**
     * Sets "Enable PKCE".
     *
     * @param mandatory whether PKCE is required
     * @return this builder
     */
    public Builder pkceMandatory(boolean mandatory) {
      this.pkceMandatory = mandatory;
      return this;
    }

    /**
     * Sets "Support PKCE Plain text" (needs PKCE enabled).
     *
     * @param plain whether the plain method is accepted
     * @return this builder
     */
    public Builder pkceSupportPlain(boolean plain) {
      this.pkceSupportPlain = plain;
      return this;
    }

    /**
     * Sets whether the client is public (no secret).
     *
     * @param publicClient the flag
     * @return this builder
     */
    public Builder publicClient(boolean publicClient) {
      this.publicClient = publicClient;
      return this;
    }

    /**
     * Sets the application token lifetime.
     *
     * @param seconds a non-negative number of seconds, or {@code "N/A"}
     * @return this builder
     */
    public Builder applicationTokenLifetime(String seconds) {
      this.applicationTokenLifetime = seconds;
      return this;
    }

    /**
     * Sets the user token lifetime.
     *
     * @param seconds a non-negative number of seconds, or {@code "N/A"}
     * @return this builder
     */
    public Builder userTokenLifetime(String seconds) {
      this.userTokenLifetime = seconds;
      return this;
    }

    /**
     * Sets the refresh token lifetime.
     *
     * @param seconds a non-negative number of seconds, or {@code "N/A"}
     * @return this builder
     */
    public Builder refreshTokenLifetime(String seconds) {
      this.refreshTokenLifetime = seconds;
      return this;
    }

    /**
     * Sets the ID token lifetime.
     *
     * @param seconds a non-negative number of seconds, or {@code "N/A"}
     * @return this builder
     */
    public Builder idTokenLifetime(String seconds) {
      this.idTokenLifetime = seconds;
      return this;
    }

    /**
     * Builds the properties without checking them ({@link KeyGenerationRequest} checks them with
     * its own fields, so that every problem is reported at once; call {@link #validate()} to check
     * them alone).
     *
     * @return the properties
     */
    public FsApplicationProperties build() {
      return new FsApplicationProperties(
          regulatory,
          spCertificate,
          pkceMandatory,
          pkceSupportPlain,
          publicClient,
          applicationTokenLifetime,
          userTokenLifetime,
          refreshTokenLifetime,
          idTokenLifetime);
    }
  }
}
