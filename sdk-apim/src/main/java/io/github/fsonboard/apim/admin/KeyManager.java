package io.github.fsonboard.apim.admin;

import io.github.fsonboard.apim.internal.Lists;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.internal.builder.Elements;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A key manager of the Admin API v4 (the KeyManager schema; component names are the JSON names).
 * Null components are left out of requests. Build one with {@link #builder()}, change one with
 * {@link #toBuilder()}; {@link FsKeyManagerSettings} builds the Financial Services key manager.
 *
 * <pre>{@code
 * KeyManager km = admin.keyManagers().get(id);
 * admin.keyManagers().update(km.toBuilder().description("Bank IS").build());
 * }</pre>
 *
 * <p>{@code toString} shows only the identity, never the connector configuration.
 *
 * @param id the UUID (read-only; never sent, the path carries it)
 * @param name the unique name (required)
 * @param displayName the name shown in the portals
 * @param type the type (required), e.g. {@code fsKeyManager}; {@code default} is the Resident Key
 *     Manager
 * @param description the description
 * @param wellKnownEndpoint the OpenID Connect discovery URL
 * @param introspectionEndpoint the token introspection endpoint
 * @param clientRegistrationEndpoint the client registration (DCR) endpoint
 * @param tokenEndpoint the token endpoint
 * @param displayTokenEndpoint the token endpoint shown to developers
 * @param revokeEndpoint the revocation endpoint
 * @param displayRevokeEndpoint the revocation endpoint shown to developers
 * @param userInfoEndpoint the user info endpoint
 * @param authorizeEndpoint the authorization endpoint
 * @param scopeManagementEndpoint the scope management endpoint
 * @param certificates how token signatures are checked (JWKS URL or PEM)
 * @param issuer the token issuer
 * @param alias the alias (audience for exchanged tokens)
 * @param scopesClaim the claim carrying scopes, e.g. {@code scope}
 * @param consumerKeyClaim the claim carrying the client id, e.g. {@code azp}
 * @param availableGrantTypes the grant types offered to applications
 * @param enableTokenGeneration Token Generation
 * @param enableTokenEncryption token encryption
 * @param enableTokenHashing token hashing
 * @param enableMapOAuthConsumerApps Out Of Band Provisioning
 * @param enableOAuthAppCreation OAuth App Creation
 * @param enableSelfValidationJWT Token Validation Method: Self Validate JWT
 * @param claimMapping claim mappings
 * @param tokenValidation token handling options
 * @param enabled whether the key manager is enabled
 * @param additionalProperties the connector configuration; secrets come back masked as {@code
 *     "*****"} and a PUT carrying the mask keeps the stored value (see {@link
 *     FsKeyManagerConnector})
 * @param permissions who may use the key manager
 * @param tokenType {@code DIRECT}, {@code EXCHANGED} or {@code BOTH}
 * @param allowedOrganizations organizations allowed to use it (APIM 4.5+), e.g. {@code ["ALL"]}
 */
public record KeyManager(
    String id,
    String name,
    String displayName,
    String type,
    String description,
    String wellKnownEndpoint,
    String introspectionEndpoint,
    String clientRegistrationEndpoint,
    String tokenEndpoint,
    String displayTokenEndpoint,
    String revokeEndpoint,
    String displayRevokeEndpoint,
    String userInfoEndpoint,
    String authorizeEndpoint,
    String scopeManagementEndpoint,
    KeyManagerCertificates certificates,
    String issuer,
    String alias,
    String scopesClaim,
    String consumerKeyClaim,
    List<String> availableGrantTypes,
    Boolean enableTokenGeneration,
    Boolean enableTokenEncryption,
    Boolean enableTokenHashing,
    Boolean enableMapOAuthConsumerApps,
    Boolean enableOAuthAppCreation,
    Boolean enableSelfValidationJWT,
    List<ClaimMapping> claimMapping,
    List<TokenValidation> tokenValidation,
    Boolean enabled,
    Map<String, Object> additionalProperties,
    KeyManagerPermissions permissions,
    String tokenType,
    List<String> allowedOrganizations) {

  /** The {@code type} of the Resident Key Manager. */
  public static final String RESIDENT_TYPE = "default";

  /** The {@code type} of the WSO2 Financial Services key manager. */
  public static final String FS_TYPE = "fsKeyManager";

  /** Copies the collections (null stays null, so that it is not sent). */
  public KeyManager {
    availableGrantTypes = Lists.copy(availableGrantTypes);
    claimMapping = Lists.copy(claimMapping);
    tokenValidation = Lists.copy(tokenValidation);
    additionalProperties = Lists.copy(additionalProperties);
    allowedOrganizations = Lists.copy(allowedOrganizations);
  }

  /**
   * Starts an empty builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this key manager's values.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Tells whether this is the Resident Key Manager.
   *
   * @return true when {@code type} is {@code "default"}
   */
  public boolean isResident() {
    return RESIDENT_TYPE.equals(type);
  }

  /**
   * Reads the typed connector configuration of an {@code fsKeyManager}.
   *
   * @return the connector read from {@link #additionalProperties()}
   */
  public FsKeyManagerConnector fsConnector() {
    return FsKeyManagerConnector.fromAdditionalProperties(additionalProperties);
  }

  @Override
  public String toString() {
    return "KeyManager[id="
        + id
        + ", name="
        + name
        + ", type="
        + type
        + ", enabled="
        + enabled
        + "]";
  }

  /** Builds a {@link KeyManager}. Not thread-safe. */
  public static final class Builder {
    private String id;
    private String name;
    private String displayName;
    private String type;
    private String description;
    private String wellKnownEndpoint;
    private String introspectionEndpoint;
    private String clientRegistrationEndpoint;
    private String tokenEndpoint;
    private String displayTokenEndpoint;
    private String revokeEndpoint;
    private String displayRevokeEndpoint;
    private String userInfoEndpoint;
    private String authorizeEndpoint;
    private String scopeManagementEndpoint;
    private KeyManagerCertificates certificates;
    private String issuer;
    private String alias;
    private String scopesClaim;
    private String consumerKeyClaim;
    private List<String> availableGrantTypes;
    private Boolean enableTokenGeneration;
    private Boolean enableTokenEncryption;
    private Boolean enableTokenHashing;
    private Boolean enableMapOAuthConsumerApps;
    private Boolean enableOAuthAppCreation;
    private Boolean enableSelfValidationJWT;
    private List<ClaimMapping> claimMapping;
    private List<TokenValidation> tokenValidation;
    private Boolean enabled;
    private Map<String, Object> additionalProperties;
    private KeyManagerPermissions permissions;
    private String tokenType;
    private List<String> allowedOrganizations;

    private Builder() {}

    private Builder(KeyManager k) {
      this.id = k.id;
      this.name = k.name;
      this.displayName = k.displayName;
      this.type = k.type;
      this.description = k.description;
      this.wellKnownEndpoint = k.wellKnownEndpoint;
      this.introspectionEndpoint = k.introspectionEndpoint;
      this.clientRegistrationEndpoint = k.clientRegistrationEndpoint;
      this.tokenEndpoint = k.tokenEndpoint;
      this.displayTokenEndpoint = k.displayTokenEndpoint;
      this.revokeEndpoint = k.revokeEndpoint;
      this.displayRevokeEndpoint = k.displayRevokeEndpoint;
      this.userInfoEndpoint = k.userInfoEndpoint;
      this.authorizeEndpoint = k.authorizeEndpoint;
      this.scopeManagementEndpoint = k.scopeManagementEndpoint;
      this.certificates = k.certificates;
      this.issuer = k.issuer;
      this.alias = k.alias;
      this.scopesClaim = k.scopesClaim;
      this.consumerKeyClaim = k.consumerKeyClaim;
      this.availableGrantTypes = k.availableGrantTypes;
      this.enableTokenGeneration = k.enableTokenGeneration;
      this.enableTokenEncryption = k.enableTokenEncryption;
      this.enableTokenHashing = k.enableTokenHashing;
      this.enableMapOAuthConsumerApps = k.enableMapOAuthConsumerApps;
      this.enableOAuthAppCreation = k.enableOAuthAppCreation;
      this.enableSelfValidationJWT = k.enableSelfValidationJWT;
      this.claimMapping = k.claimMapping;
      this.tokenValidation = k.tokenValidation;
      this.enabled = k.enabled;
      this.additionalProperties = k.additionalProperties;
      this.permissions = k.permissions;
      this.tokenType = k.tokenType;
      this.allowedOrganizations = k.allowedOrganizations;
    }

    /**
     * Sets {@code id}.
     *
     * @param id the UUID (read-only; never sent, the path carries it)
     * @return this builder
     */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@code name}.
     *
     * @param name the unique name (required)
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets {@code displayName}.
     *
     * @param displayName the name shown in the portals
     * @return this builder
     */
    public Builder displayName(String displayName) {
      this.displayName = displayName;
      return this;
    }

    /**
     * Sets {@code type}.
     *
     * @param type the type (required), e.g. {@code fsKeyManager}; {@code default} is the Resident
     *     Key Manager
     * @return this builder
     */
    public Builder type(String type) {
      this.type = type;
      return this;
    }

    /**
     * Sets {@code description}.
     *
     * @param description the description
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets {@code wellKnownEndpoint}.
     *
     * @param wellKnownEndpoint the OpenID Connect discovery URL
     * @return this builder
     */
    public Builder wellKnownEndpoint(String wellKnownEndpoint) {
      this.wellKnownEndpoint = wellKnownEndpoint;
      return this;
    }

    /**
     * Sets {@code introspectionEndpoint}.
     *
     * @param introspectionEndpoint the token introspection endpoint
     * @return this builder
     */
    public Builder introspectionEndpoint(String introspectionEndpoint) {
      this.introspectionEndpoint = introspectionEndpoint;
      return this;
    }

    /**
     * Sets {@code clientRegistrationEndpoint}.
     *
     * @param clientRegistrationEndpoint the client registration (DCR) endpoint
     * @return this builder
     */
    public Builder clientRegistrationEndpoint(String clientRegistrationEndpoint) {
      this.clientRegistrationEndpoint = clientRegistrationEndpoint;
      return this;
    }

    /**
     * Sets {@code tokenEndpoint}.
     *
     * @param tokenEndpoint the token endpoint
     * @return this builder
     */
    public Builder tokenEndpoint(String tokenEndpoint) {
      this.tokenEndpoint = tokenEndpoint;
      return this;
    }

    /**
     * Sets {@code displayTokenEndpoint}.
     *
     * @param displayTokenEndpoint the token endpoint shown to developers
     * @return this builder
     */
    public Builder displayTokenEndpoint(String displayTokenEndpoint) {
      this.displayTokenEndpoint = displayTokenEndpoint;
      return this;
    }

    /**
     * Sets {@code revokeEndpoint}.
     *
     * @param revokeEndpoint the revocation endpoint
     * @return this builder
     */
    public Builder revokeEndpoint(String revokeEndpoint) {
      this.revokeEndpoint = revokeEndpoint;
      return this;
    }

    /**
     * Sets {@code displayRevokeEndpoint}.
     *
     * @param displayRevokeEndpoint the revocation endpoint shown to developers
     * @return this builder
     */
    public Builder displayRevokeEndpoint(String displayRevokeEndpoint) {
      this.displayRevokeEndpoint = displayRevokeEndpoint;
      return this;
    }

    /**
     * Sets {@code userInfoEndpoint}.
     *
     * @param userInfoEndpoint the user info endpoint
     * @return this builder
     */
    public Builder userInfoEndpoint(String userInfoEndpoint) {
      this.userInfoEndpoint = userInfoEndpoint;
      return this;
    }

    /**
     * Sets {@code authorizeEndpoint}.
     *
     * @param authorizeEndpoint the authorization endpoint
     * @return this builder
     */
    public Builder authorizeEndpoint(String authorizeEndpoint) {
      this.authorizeEndpoint = authorizeEndpoint;
      return this;
    }

    /**
     * Sets {@code scopeManagementEndpoint}.
     *
     * @param scopeManagementEndpoint the scope management endpoint
     * @return this builder
     */
    public Builder scopeManagementEndpoint(String scopeManagementEndpoint) {
      this.scopeManagementEndpoint = scopeManagementEndpoint;
      return this;
    }

    /**
     * Sets {@code certificates}.
     *
     * @param certificates how token signatures are checked (JWKS URL or PEM)
     * @return this builder
     */
    public Builder certificates(KeyManagerCertificates certificates) {
      this.certificates = certificates;
      return this;
    }

    /**
     * Sets {@code issuer}.
     *
     * @param issuer the token issuer
     * @return this builder
     */
    public Builder issuer(String issuer) {
      this.issuer = issuer;
      return this;
    }

    /**
     * Sets {@code alias}.
     *
     * @param alias the alias (audience for exchanged tokens)
     * @return this builder
     */
    public Builder alias(String alias) {
      this.alias = alias;
      return this;
    }

    /**
     * Sets {@code scopesClaim}.
     *
     * @param scopesClaim the claim carrying scopes, e.g. {@code scope}
     * @return this builder
     */
    public Builder scopesClaim(String scopesClaim) {
      this.scopesClaim = scopesClaim;
      return this;
    }

    /**
     * Sets {@code consumerKeyClaim}.
     *
     * @param consumerKeyClaim the claim carrying the client id, e.g. {@code azp}
     * @return this builder
     */
    public Builder consumerKeyClaim(String consumerKeyClaim) {
      this.consumerKeyClaim = consumerKeyClaim;
      return this;
    }

    /**
     * Sets {@code availableGrantTypes}.
     *
     * @param availableGrantTypes the grant types offered to applications
     * @return this builder
     */
    public Builder availableGrantTypes(List<String> availableGrantTypes) {
      this.availableGrantTypes = availableGrantTypes;
      return this;
    }

    /**
     * Sets {@code availableGrantTypes}.
     *
     * @param availableGrantTypes the grant types offered to applications
     * @return this builder
     */
    public Builder availableGrantTypes(String... availableGrantTypes) {
      this.availableGrantTypes = Elements.of(availableGrantTypes);
      return this;
    }

    /**
     * Sets {@code enableTokenGeneration}.
     *
     * @param enableTokenGeneration Token Generation
     * @return this builder
     */
    public Builder enableTokenGeneration(Boolean enableTokenGeneration) {
      this.enableTokenGeneration = enableTokenGeneration;
      return this;
    }

    /**
     * Sets {@code enableTokenEncryption}.
     *
     * @param enableTokenEncryption token encryption
     * @return this builder
     */
    public Builder enableTokenEncryption(Boolean enableTokenEncryption) {
      this.enableTokenEncryption = enableTokenEncryption;
      return this;
    }

    /**
     * Sets {@code enableTokenHashing}.
     *
     * @param enableTokenHashing token hashing
     * @return this builder
     */
    public Builder enableTokenHashing(Boolean enableTokenHashing) {
      this.enableTokenHashing = enableTokenHashing;
      return this;
    }

    /**
     * Sets {@code enableMapOAuthConsumerApps}.
     *
     * @param enableMapOAuthConsumerApps Out Of Band Provisioning
     * @return this builder
     */
    public Builder enableMapOAuthConsumerApps(Boolean enableMapOAuthConsumerApps) {
      this.enableMapOAuthConsumerApps = enableMapOAuthConsumerApps;
      return this;
    }

    /**
     * Sets {@code enableOAuthAppCreation}.
     *
     * @param enableOAuthAppCreation OAuth App Creation
     * @return this builder
     */
    public Builder enableOAuthAppCreation(Boolean enableOAuthAppCreation) {
      this.enableOAuthAppCreation = enableOAuthAppCreation;
      return this;
    }

    /**
     * Sets {@code enableSelfValidationJWT}.
     *
     * @param enableSelfValidationJWT Token Validation Method: Self Validate JWT
     * @return this builder
     */
    public Builder enableSelfValidationJWT(Boolean enableSelfValidationJWT) {
      this.enableSelfValidationJWT = enableSelfValidationJWT;
      return this;
    }

    /**
     * Sets {@code claimMapping}.
     *
     * @param claimMapping claim mappings
     * @return this builder
     */
    public Builder claimMapping(List<ClaimMapping> claimMapping) {
      this.claimMapping = claimMapping;
      return this;
    }

    /**
     * Sets {@code tokenValidation}.
     *
     * @param tokenValidation token handling options
     * @return this builder
     */
    public Builder tokenValidation(List<TokenValidation> tokenValidation) {
      this.tokenValidation = tokenValidation;
      return this;
    }

    /**
     * Sets {@code enabled}.
     *
     * @param enabled whether the key manager is enabled
     * @return this builder
     */
    public Builder enabled(Boolean enabled) {
      this.enabled = enabled;
      return this;
    }

    /**
     * Sets {@code additionalProperties}.
     *
     * @param additionalProperties the connector configuration; secrets come back masked as {@code
     *     "*****"} and a PUT carrying the mask keeps the stored value (see {@link
     *     FsKeyManagerConnector})
     * @return this builder
     */
    public Builder additionalProperties(Map<String, Object> additionalProperties) {
      this.additionalProperties = additionalProperties;
      return this;
    }

    /**
     * Sets {@code permissions}.
     *
     * @param permissions who may use the key manager
     * @return this builder
     */
    public Builder permissions(KeyManagerPermissions permissions) {
      this.permissions = permissions;
      return this;
    }

    /**
     * Sets {@code tokenType}.
     *
     * @param tokenType {@code DIRECT}, {@code EXCHANGED} or {@code BOTH}
     * @return this builder
     */
    public Builder tokenType(String tokenType) {
      this.tokenType = tokenType;
      return this;
    }

    /**
     * Sets {@code allowedOrganizations}.
     *
     * @param allowedOrganizations organizations allowed to use it (APIM 4.5+), e.g. {@code ["ALL"]}
     * @return this builder
     */
    public Builder allowedOrganizations(List<String> allowedOrganizations) {
      this.allowedOrganizations = allowedOrganizations;
      return this;
    }

    /**
     * Sets {@code allowedOrganizations}.
     *
     * @param allowedOrganizations organizations allowed to use it (APIM 4.5+), e.g. {@code ["ALL"]}
     * @return this builder
     */
    public Builder allowedOrganizations(String... allowedOrganizations) {
      this.allowedOrganizations = Elements.of(allowedOrganizations);
      return this;
    }

    /**
     * Sets one connector configuration value (merged into {@code additionalProperties}).
     *
     * @param key the property name
     * @param value a String, Boolean, Number or {@link io.github.fsonboard.core.auth.Secret}
     * @return this builder
     */
    public Builder additionalProperty(String key, Object value) {
      Map<String, Object> m =
          additionalProperties == null
              ? new LinkedHashMap<>()
              : new LinkedHashMap<>(additionalProperties);
      m.put(key, value);
      this.additionalProperties = m;
      return this;
    }

    /**
     * Sets the {@code fsKeyManager} connector values (merged into {@code additionalProperties}).
     *
     * @param connector the connector configuration
     * @return this builder
     */
    public Builder fsConnector(FsKeyManagerConnector connector) {
      Map<String, Object> m =
          additionalProperties == null
              ? new LinkedHashMap<>()
              : new LinkedHashMap<>(additionalProperties);
      m.putAll(connector.toAdditionalProperties());
      this.additionalProperties = m;
      return this;
    }

    /**
     * Builds the key manager. Required values are checked when it is sent; a list holding {@code
     * null} is refused here.
     *
     * @return the key manager
     * @throws io.github.fsonboard.core.error.ValidationException naming every list that holds
     *     {@code null}
     */
    public KeyManager build() {
      Validation v = new Validation();
      Elements.requireNoNull(v, "availableGrantTypes", availableGrantTypes);
      Elements.requireNoNull(v, "claimMapping", claimMapping);
      Elements.requireNoNull(v, "tokenValidation", tokenValidation);
      Elements.requireNoNull(v, "allowedOrganizations", allowedOrganizations);
      v.throwIfInvalid();
      return new KeyManager(
          id,
          name,
          displayName,
          type,
          description,
          wellKnownEndpoint,
          introspectionEndpoint,
          clientRegistrationEndpoint,
          tokenEndpoint,
          displayTokenEndpoint,
          revokeEndpoint,
          displayRevokeEndpoint,
          userInfoEndpoint,
          authorizeEndpoint,
          scopeManagementEndpoint,
          certificates,
          issuer,
          alias,
          scopesClaim,
          consumerKeyClaim,
          availableGrantTypes,
          enableTokenGeneration,
          enableTokenEncryption,
          enableTokenHashing,
          enableMapOAuthConsumerApps,
          enableOAuthAppCreation,
          enableSelfValidationJWT,
          claimMapping,
          tokenValidation,
          enabled,
          additionalProperties,
          permissions,
          tokenType,
          allowedOrganizations);
    }
  }
}
