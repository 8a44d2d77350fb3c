package io.github.fsonboard.apim.onboarding;

import io.github.fsonboard.apim.admin.FsKeyManagerConnector;
import io.github.fsonboard.apim.admin.KeyManager;
import io.github.fsonboard.core.auth.BasicCredentials;
import io.github.fsonboard.core.error.AuthenticationException;
import io.github.fsonboard.core.error.AuthorizationException;
import io.github.fsonboard.core.error.FsOnboardException;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.is.IdentityServer;

/**
 * Checks an fsKeyManager connector's IS admin credentials at the Identity Server. The API Manager
 * cannot: creating the key manager never calls IS, and the IS 7 connector (apim-km-wso2is {@code
 * WSO2IS7KeyManager}) first uses them at generate-keys, where wrong ones fail with 500 / 900967 and
 * leave a key mapping behind (wso2-contracts §9b). This makes the call the connector makes with
 * them: a read of its {@code api_resource_management_endpoint}.
 */
final class ConnectorCheck {
  private static final String API_RESOURCES = "/api/server/v1/api-resources";

  private ConnectorCheck() {}

  /**
   * Signs in to the Identity Server with the connector's credentials.
   *
   * @param keyManager the desired key manager
   * @param transport the transport to reach the Identity Server with
   * @return what was checked, or why nothing was
   * @throws FsOnboardException when the Identity Server refuses the credentials
   */
  public static String check(KeyManager keyManager, HttpTransport transport) {
    FsKeyManagerConnector c = keyManager.fsConnector();
    String endpoint = c == null ? null : c.apiResourceManagementEndpoint();
    if (c == null
        || c.username() == null
        || c.password() == null
        || endpoint == null
        || !endpoint.endsWith(API_RESOURCES)) {
      return "no IS 7 connector credentials to check";
    }
    String base = endpoint.substring(0, endpoint.length() - API_RESOURCES.length());
    try (IdentityServer is =
        IdentityServer.builder()
            .baseUrl(base)
            .transport(transport)
            .adminCredentials(new BasicCredentials(c.username(), c.password()))
            .build()) {
      is.apiResources().list(null, 1, null, null);
      return "the Identity Server accepts the connector's admin credentials";
    } catch (AuthenticationException | AuthorizationException e) {
      throw new FsOnboardException(
          "the Identity Server refused the key manager's IS admin credentials (HTTP "
              + e.status()
              + "): key generation through this key manager would fail with 500, code 900967",
          e);
    }
  }
}
