package io.github.fsonboard.apim.devportal;

import io.github.fsonboard.apim.internal.KeyProperties;
import io.github.fsonboard.apim.internal.Lists;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.internal.builder.Elements;
import io.github.fsonboard.core.oauth.GrantType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /applications/{id}/generate-keys} (the ApplicationKeyGenerateRequest
 * schema). {@code keyManager} is always sent: without it APIM would use the Resident Key Manager.
 *
 * <pre>{@code
 * KeyGenerationRequest keys = KeyGenerationRequest.builder()
 *     .keyType(KeyType.PRODUCTION)
 *     .keyManager("FSKM")
 *     .grantTypes(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN, GrantType.CLIENT_CREDENTIALS)
 *     .callbackUrl("https://tpp.example/callback")
 *     .fsProperties(FsApplicationProperties.builder().regulatory(true).certificate(pem).build())
 *     .build();
 * }</pre>
 *
 * @param keyType {@code PRODUCTION} or {@code SANDBOX} (required)
 * @param keyManager the key manager's name or UUID (required)
 * @param grantTypesToBeSupported the grant types (required, not empty)
 * @param callbackUrl the redirect URI (required with {@code authorization_code})
 * @param scopes the token scopes (default {@code ["default"]})
 * @param validityTime the token validity in seconds, as text (default {@code "3600"})
 * @param additionalProperties the key manager's application properties (strings)
 */
public record KeyGenerationRequest(
    KeyType keyType,
    String keyManager,
    List<String> grantTypesToBeSupported,
    String callbackUrl,
    List<String> scopes,
    String validityTime,
    Map<String, String> additionalProperties) {

  /** Copies the collections. */
  public KeyGenerationRequest {
    grantTypesToBeSupported = Lists.copy(grantTypesToBeSupported);
    scopes = Lists.copy(scopes);
    additionalProperties = Lists.copy(additionalProperties);
  }

  /**
   * Starts a builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks every rule at once: key type, key manager and grant types present; {@code
   * authorization_code} needs a callback URL; when FS application properties are present ({@code
   * regulatory} or {@code sp_certificate}), their rules and "a regulatory application needs {@code
   * authorization_code}".
   *
   * @throws io.github.fsonboard.core.error.ValidationException naming every offending field
   */
  public void validate() {
    validate(false);
  }

  private void validate(boolean fs) {
    Validation v = new Validation();
    v.require(keyType != null, "keyType", "is required (PRODUCTION or SANDBOX)");
    v.require(
        keyManager != null && !keyManager.isBlank(),
        "keyManager",
        "is required (name or id; empty would select the Resident Key Manager)");
    v.require(
        grantTypesToBeSupported != null && !grantTypesToBeSupported.isEmpty(),
        "grantTypesToBeSupported",
        "needs at least one grant type");
    Elements.requireNoNull(v, "grantTypesToBeSupported", grantTypesToBeSupported);
    Elements.requireNoNull(v, "scopes", scopes);
    checkGrants(v, grantTypesToBeSupported, callbackUrl, additionalProperties, fs);
    if (validityTime != null) {
      boolean ok;
      try {
        ok = Long.parseLong(validityTime) >= -1;
      } catch (NumberFormatException e) {
        ok = false;
      }
      v.require(ok, "validityTime", "must be a number of seconds");
    }
    v.throwIfInvalid();
  }

  /** The rules shared with {@link KeyUpdateRequest}. */
  static void checkGrants(
      Validation v,
      List<String> grants,
      String callbackUrl,
      Map<String, ?> properties,
      boolean fs) {
    boolean authCode = grants != null && grants.contains(GrantType.AUTHORIZATION_CODE);
    KeyProperties.checkFlags(v, properties);
    v.require(
        !authCode || (callbackUrl != null && !callbackUrl.isBlank()),
        "callbackUrl",
        "is required with the authorization_code grant");
    if (fs
        || properties != null
            && (properties.containsKey(FsApplicationProperties.REGULATORY)
                || properties.containsKey(FsApplicationProperties.SP_CERTIFICATE))) {
      FsApplicationProperties props = FsApplicationProperties.fromAdditionalProperties(properties);
      props.validate(v);
      v.require(
          !props.isRegulatory() || authCode,
          "grantTypesToBeSupported",
          "must include authorization_code for a regulatory application");
    }
  }

  /** Builds a {@link KeyGenerationRequest}. Not thread-safe. */
  public static final class Builder {
    private KeyType keyType;
    private String keyManager;
    private List<String> grantTypes;
    private String callbackUrl;
    private List<String> scopes = List.of("default");
    private String validityTime = "3600";
    private final Map<String, String> additionalProperties = new LinkedHashMap<>();
    private boolean fs;

    private Builder() {}

    /**
     * Sets the key type.
     *
     * @param keyType production or sandbox
     * @return this builder
     */
    public Builder keyType(KeyType keyType) {
      this.keyType = keyType;
      return this;
    }

    /**
     * Sets the key manager.
     *
     * @param keyManager its name (e.g. {@code FSKM}) or UUID
     * @return this builder
     */
    public Builder keyManager(String keyManager) {
      this.keyManager = keyManager;
      return this;
    }

    /**
     * Sets the grant types.
     *
     * @param grantTypes e.g. {@link GrantType#AUTHORIZATION_CODE}
     * @return this builder
     */
    public Builder grantTypes(String... grantTypes) {
      this.grantTypes = Elements.of(grantTypes);
      return this;
    }

    /**
     * Sets the grant types.
     *
     * @param grantTypes the grant types
     * @return this builder
     */
    public Builder grantTypes(List<String> grantTypes) {
      this.grantTypes = grantTypes;
      return this;
    }

    /**
     * Sets the callback (redirect) URL.
     *
     * @param callbackUrl the URL
     * @return this builder
     */
    public Builder callbackUrl(String callbackUrl) {
      this.callbackUrl = callbackUrl;
      return this;
    }

    /**
     * Sets the token scopes (default {@code ["default"]}).
     *
     * @param scopes the scopes
     * @return this builder
     */
    public Builder scopes(String... scopes) {
      this.scopes = Elements.of(scopes);
      return this;
    }

    /**
     * Sets the token validity (default 3600 s).
     *
     * @param seconds the validity in seconds
     * @return this builder
     */
    public Builder validityTime(long seconds) {
      this.validityTime = Long.toString(seconds);
      return this;
    }

    /**
     * Sets the fsKeyManager application properties (merged into {@code additionalProperties}).
     *
     * @param properties the properties
     * @return this builder
     */
    public Builder fsProperties(FsApplicationProperties properties) {
      this.additionalProperties.putAll(properties.toAdditionalProperties());
      this.fs = true;
      return this;
    }

    /**
     * Sets one application property.
     *
     * @param key the property name
     * @param value its value (sent as a string)
     * @return this builder
     */
    public Builder additionalProperty(String key, String value) {
      this.additionalProperties.put(key, value);
      return this;
    }

    /**
     * Builds and checks the request.
     *
     * @return the request
     * @throws io.github.fsonboard.core.error.ValidationException naming every offending field, all
     *     at once
     */
    public KeyGenerationRequest build() {
      KeyGenerationRequest r =
          new KeyGenerationRequest(
              keyType,
              keyManager,
              grantTypes,
              callbackUrl,
              scopes,
              validityTime,
              additionalProperties);
      r.validate(fs);
      return r;
    }
  }
}
