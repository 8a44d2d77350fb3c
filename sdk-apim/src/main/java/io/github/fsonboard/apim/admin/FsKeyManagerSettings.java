package io.github.fsonboard.apim.admin;

import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.http.BaseUrl;
import io.github.fsonboard.core.internal.builder.Elements;
import java.util.List;

/**
 * Builds the WSO2 Financial Services key manager exactly as the Manual Client Registration guide
 * configures it in the Admin Portal (steps 3-11), from the Identity Server's base URL.
 *
 * <pre>{@code
 * KeyManager fskm = FsKeyManagerSettings.builder()
 *     .name("FSKM")
 *     .identityServer("https://is.bank.example:9446")
 *     .identityServerAdmin("admin", Secret.of(isAdminPassword))
 *     .build();
 * admin.keyManagers().create(fskm);
 * }</pre>
 *
 * <p>The result has: every endpoint of the guide's table (well-known, issuer {@code
 * https://IS/oauth2/token}, DCR v1.1, introspection, token and display token, revoke and display
 * revoke, {@code /scim2/Me} as user info, authorize, scopes API); grant types {@code
 * client_credentials}, {@code refresh_token}, {@code authorization_code} and {@code
 * urn:ietf:params:oauth:grant-type:jwt-bearer}; JWKS certificates at {@code /oauth2/jwks}; the
 * connector configuration; Token Generation, Out Of Band Provisioning, OAuth App Creation and Self
 * Validate JWT on; JWT token handling; public permission; {@code consumerKeyClaim "azp"}, {@code
 * scopesClaim "scope"}, {@code tokenType "DIRECT"}.
 */
public final class FsKeyManagerSettings {
  /** The grant types the guide lists (step 6). */
  public static final List<String> GRANT_TYPES =
      List.of(
          "client_credentials",
          "refresh_token",
          "authorization_code",
          "urn:ietf:params:oauth:grant-type:jwt-bearer");

  private FsKeyManagerSettings() {}

  /**
   * Starts a builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds the FS key manager configuration. Not thread-safe. */
  public static final class Builder {
    private String name;
    private String displayName;
    private String description;
    private String identityServer;
    private String username;
    private Secret password;
    private boolean enableRolesCreation = true;
    private List<String> allowedOrganizations;

    private Builder() {}

    /**
     * Sets the key manager's name (required).
     *
     * @param name e.g. {@code FSKM}
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets the display name (default: the name).
     *
     * @param displayName the display name
     * @return this builder
     */
    public Builder displayName(String displayName) {
      this.displayName = displayName;
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description the description
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets the Identity Server base URL (required).
     *
     * @param baseUrl e.g. {@code https://is.bank.example:9446}
     * @return this builder
     */
    public Builder identityServer(String baseUrl) {
      this.identityServer = baseUrl;
      return this;
    }

    /**
     * Sets the IS admin account of the connector configuration (required).
     *
     * @param username the IS admin user
     * @param password the IS admin password
     * @return this builder
     */
    public Builder identityServerAdmin(String username, Secret password) {
      this.username = username;
      this.password = password;
      return this;
    }

    /**
     * Sets "Enable the Role creation in WSO2 Identity Server 7" (default true, step 9).
     *
     * @param enable the switch
     * @return this builder
     */
    public Builder enableRolesCreation(boolean enable) {
      this.enableRolesCreation = enable;
      return this;
    }

    /**
     * Sets {@code allowedOrganizations} (APIM 4.5+ only; left out by default so the body also suits
     * 4.4).
     *
     * @param organizations e.g. {@code "ALL"}
     * @return this builder
     */
    public Builder allowedOrganizations(String... organizations) {
      this.allowedOrganizations = Elements.of(organizations);
      return this;
    }

    /**
     * Builds the key manager.
     *
     * @return the configuration, ready for {@link KeyManagersClient#create(KeyManager)}
     * @throws ValidationException naming every missing or invalid value
     */
    public KeyManager build() {
      Validation v = new Validation();
      v.require(name != null && !name.isBlank(), "name", "is required");
      BaseUrl is = null;
      try {
        is = BaseUrl.of(identityServer, "identityServer");
      } catch (ValidationException e) {
        v.addAll(e);
      }
      v.require(
          username != null && !username.isBlank(), "identityServerAdmin.username", "is required");
      v.require(
          password != null && !password.isEmpty(), "identityServerAdmin.password", "is required");
      Elements.requireNoNull(v, "allowedOrganizations", allowedOrganizations);
      v.throwIfInvalid();
      String token = url(is, "/oauth2/token");
      String revoke = url(is, "/oauth2/revoke");
      FsKeyManagerConnector connector =
          new FsKeyManagerConnector(
              username,
              password,
              url(is, "/api/server/v1/api-resources"),
              url(is, "/scim2/v2/Roles"),
              enableRolesCreation);
      return KeyManager.builder()
          .name(name)
          .displayName(displayName == null ? name : displayName)
          .type(KeyManager.FS_TYPE)
          .description(description)
          .wellKnownEndpoint(url(is, "/oauth2/token/.well-known/openid-configuration"))
          .issuer(token)
          .clientRegistrationEndpoint(url(is, "/api/identity/oauth2/dcr/v1.1/register"))
          .introspectionEndpoint(url(is, "/oauth2/introspect"))
          .tokenEndpoint(token)
          .displayTokenEndpoint(token)
          .revokeEndpoint(revoke)
          .displayRevokeEndpoint(revoke)
          .userInfoEndpoint(url(is, "/scim2/Me"))
          .authorizeEndpoint(url(is, "/oauth2/authorize"))
          .scopeManagementEndpoint(url(is, "/api/identity/oauth2/v1.0/scopes"))
          .availableGrantTypes(GRANT_TYPES)
          .certificates(KeyManagerCertificates.jwks(url(is, "/oauth2/jwks")))
          .fsConnector(connector)
          .enableTokenGeneration(true)
          .enableTokenEncryption(false)
          .enableTokenHashing(false)
          .enableMapOAuthConsumerApps(true)
          .enableOAuthAppCreation(true)
          .enableSelfValidationJWT(true)
          .claimMapping(List.of())
          .tokenValidation(List.of(TokenValidation.jwt()))
          .consumerKeyClaim("azp")
          .scopesClaim("scope")
          .enabled(true)
          .permissions(KeyManagerPermissions.publicAccess())
          .tokenType("DIRECT")
          .allowedOrganizations(allowedOrganizations)
          .build();
    }

    private static String url(BaseUrl is, String path) {
      return is.resolve(path).toString();
    }
  }
}
