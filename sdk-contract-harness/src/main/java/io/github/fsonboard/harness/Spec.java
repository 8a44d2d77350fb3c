package io.github.fsonboard.harness;

/**
 * The WSO2 OpenAPI/Swagger files under {@code shared/wso2-specs}, each with the URL base path that
 * prefixes its paths on a real server.
 */
public enum Spec {
  /** APIM 4.4.0 admin REST API v4. */
  APIM_440_ADMIN("apim/apim-4.4.0/admin-api-v4.yaml", "/api/am/admin/v4"),
  /** APIM 4.4.0 devportal REST API v3. */
  APIM_440_DEVPORTAL("apim/apim-4.4.0/devportal-api-v3.yaml", "/api/am/devportal/v3"),
  /** APIM 4.5.0 admin REST API v4 (the primary reference). */
  APIM_450_ADMIN("apim/apim-4.5.0/admin-api-v4.yaml", "/api/am/admin/v4"),
  /** APIM 4.5.0 devportal REST API v3 (the primary reference). */
  APIM_450_DEVPORTAL("apim/apim-4.5.0/devportal-api-v3.yaml", "/api/am/devportal/v3"),
  /** APIM 4.7.0 admin REST API v4. */
  APIM_470_ADMIN("apim/apim-4.7.0/admin-api-v4.yaml", "/api/am/admin/v4"),
  /** APIM 4.7.0 devportal REST API v3. */
  APIM_470_DEVPORTAL("apim/apim-4.7.0/devportal-api-v3.yaml", "/api/am/devportal/v3"),
  /**
   * APIM Publisher REST API v4 (carbon-apimgt 9.33.90-SNAPSHOT, newer than the releases above; see
   * its PROVENANCE.md).
   */
  APIM_PUBLISHER_V4("apim/publisher/publisher-api-v4.yaml", "/api/am/publisher/v4"),
  /** APIM REST-API client registration (DCR) v0.17. */
  APIM_DCR_V017("apim/dcr/dcr-client-registration-v0.17.yaml", "/client-registration/v0.17"),
  /**
   * WSO2 Financial Services DCR API v3.3.0 (Swagger 2; base path {@code /open-banking/{version}},
   * validated at version {@code v3.3}).
   */
  FS_DCR("fs-accelerator/dcr/dcr-swagger.yaml", "/open-banking/v3.3"),
  /** IS 7 OAuth2 dynamic client registration v1.1 (Swagger 2). */
  IS_DCR_V11("is/dcr-v1.1.api.identity.oauth.dcr.endpoint.yaml", "/api/identity/oauth2/dcr/v1.1"),
  /** IS 7 legacy OAuth2 scopes API v1.0 (Swagger 2). */
  IS_OAUTH2_SCOPES(
      "is/oauth2-scopes-v1.0.api.identity.oauth2.scope.endpoint.yaml", "/api/identity/oauth2/v1.0"),
  /** IS 7 API resources management API. */
  IS_API_RESOURCES("is/api-resources-v1.APIResources.yaml", "/api/server/v1"),
  /** IS 7 application management API. */
  IS_APPLICATIONS("is/applications-v1.yaml", "/api/server/v1"),
  /** IS 7 SCIM 2 API (Users, Me, Roles v1/v2, ...; Swagger 2). */
  IS_SCIM2("is/scim2.yaml", "/scim2"),
  /** IS 7 self sign-up API v1.0 (Swagger 2). */
  IS_SELF_REGISTRATION(
      "is/self-registration-user-v1.0.api.identity.user.yaml", "/api/identity/user/v1.0");

  private final String relativePath;
  private final String basePath;

  Spec(String relativePath, String basePath) {
    this.relativePath = relativePath;
    this.basePath = basePath;
  }

  /**
   * Returns the file's path relative to the specs folder.
   *
   * @return e.g. {@code apim/apim-4.5.0/admin-api-v4.yaml}
   */
  public String relativePath() {
    return relativePath;
  }

  /**
   * Returns the URL path that prefixes the spec's paths on a real server.
   *
   * @return e.g. {@code /api/am/admin/v4}
   */
  public String basePath() {
    return basePath;
  }
}
