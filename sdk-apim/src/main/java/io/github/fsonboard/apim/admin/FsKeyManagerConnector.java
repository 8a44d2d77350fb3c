package io.github.fsonboard.apim.admin;

import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.http.BaseUrl;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The connector configuration of an {@code fsKeyManager} (its {@code additionalProperties}): the
 * Identity Server admin account APIM uses and the IS 7 endpoints it calls to create API resources
 * and roles. {@code toString} never shows the password.
 *
 * <pre>{@code
 * FsKeyManagerConnector c = FsKeyManagerConnector.forIdentityServer(
 *     "https://is.bank.example:9446", "admin", Secret.of(isAdminPassword));
 * }</pre>
 *
 * @param username {@code Username}: the IS admin user (required)
 * @param password {@code Password}: the IS admin password (required; reads back as {@code "*****"},
 *     which a PUT keeps as the stored value)
 * @param apiResourceManagementEndpoint {@code api_resource_management_endpoint} (required)
 * @param is7RolesEndpoint {@code is7_roles_endpoint} (required)
 * @param enableRolesCreation {@code enable_roles_creation}, sent as a JSON boolean
 */
public record FsKeyManagerConnector(
    String username,
    Secret password,
    String apiResourceManagementEndpoint,
    String is7RolesEndpoint,
    Boolean enableRolesCreation) {

  /** JSON key of the IS admin user. */
  public static final String USERNAME = "Username";

  /** JSON key of the IS admin password. */
  public static final String PASSWORD = "Password";

  /** JSON key of the IS 7 API resource management endpoint. */
  public static final String API_RESOURCE_MANAGEMENT_ENDPOINT = "api_resource_management_endpoint";

  /** JSON key of the IS 7 roles endpoint. */
  public static final String IS7_ROLES_ENDPOINT = "is7_roles_endpoint";

  /** JSON key of the role-creation switch. */
  public static final String ENABLE_ROLES_CREATION = "enable_roles_creation";

  /**
   * The seed's connector for an Identity Server: {@code /api/server/v1/api-resources}, {@code
   * /scim2/v2/Roles} and role creation enabled.
   *
   * @param identityServer the IS base URL, e.g. {@code https://is.bank.example:9446}
   * @param username the IS admin user
   * @param password the IS admin password
   * @return the connector configuration
   * @throws io.github.fsonboard.core.error.ValidationException naming {@code identityServer} when
   *     the URL is unusable
   */
  public static FsKeyManagerConnector forIdentityServer(
      String identityServer, String username, Secret password) {
    BaseUrl is = BaseUrl.of(identityServer, "identityServer");
    return new FsKeyManagerConnector(
        username,
        password,
        is.resolve("/api/server/v1/api-resources").toString(),
        is.resolve("/scim2/v2/Roles").toString(),
        true);
  }

  /**
   * Reads the connector from a key manager's {@code additionalProperties}. Missing values stay
   * null; {@code enable_roles_creation} is read from a boolean or a {@code "true"}/{@code "false"}
   * string.
   *
   * @param properties the additional properties, or null
   * @return the connector
   */
  public static FsKeyManagerConnector fromAdditionalProperties(Map<String, Object> properties) {
    Map<String, Object> p = properties == null ? Map.of() : properties;
    Object password = p.get(PASSWORD);
    Object roles = p.get(ENABLE_ROLES_CREATION);
    return new FsKeyManagerConnector(
        text(p.get(USERNAME)),
        password instanceof Secret s ? s : password == null ? null : Secret.of(password.toString()),
        text(p.get(API_RESOURCE_MANAGEMENT_ENDPOINT)),
        text(p.get(IS7_ROLES_ENDPOINT)),
        roles instanceof Boolean b ? b : roles == null ? null : Boolean.valueOf(roles.toString()));
  }

  /**
   * Converts to {@code additionalProperties} entries; null values are left out.
   *
   * @return the entries, in the Admin Portal's order
   */
  public Map<String, Object> toAdditionalProperties() {
    Map<String, Object> m = new LinkedHashMap<>();
    put(m, USERNAME, username);
    put(m, PASSWORD, password);
    put(m, API_RESOURCE_MANAGEMENT_ENDPOINT, apiResourceManagementEndpoint);
    put(m, IS7_ROLES_ENDPOINT, is7RolesEndpoint);
    put(m, ENABLE_ROLES_CREATION, enableRolesCreation);
    return m;
  }

  /**
   * Records a violation for each missing required value, named {@code additionalProperties.<key>}.
   *
   * @param v the collector
   */
  public void validate(Validation v) {
    v.require(username != null && !username.isBlank(), field(USERNAME), "is required");
    v.require(password != null && !password.isEmpty(), field(PASSWORD), "is required");
    v.require(
        apiResourceManagementEndpoint != null && !apiResourceManagementEndpoint.isBlank(),
        field(API_RESOURCE_MANAGEMENT_ENDPOINT),
        "is required");
    v.require(
        is7RolesEndpoint != null && !is7RolesEndpoint.isBlank(),
        field(IS7_ROLES_ENDPOINT),
        "is required");
  }

  private static String field(String key) {
    return "additionalProperties." + key;
  }

  private static void put(Map<String, Object> m, String key, Object value) {
    if (value != null) {
      m.put(key, value);
    }
  }

  private static String text(Object o) {
    return o == null ? null : o.toString();
  }
}
