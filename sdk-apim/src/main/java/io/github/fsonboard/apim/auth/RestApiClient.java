package io.github.fsonboard.apim.auth;

import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.error.Validation;

/**
 * The OAuth client that APIM's REST-API client registration ({@code POST
 * /client-registration/v0.17/register}) created for one user. Its id and secret authenticate the
 * password and refresh-token grants at {@code /oauth2/token}. {@code toString} never shows the
 * secret.
 *
 * <p>Keep it to avoid registering again (some APIM versions answer 403 to a second registration
 * with the same name), and pass it to {@link io.github.fsonboard.apim.ApiManager#signIn(String,
 * Secret, java.util.Collection, RestApiClient)}:
 *
 * <pre>{@code
 * RestApiClient client = new RestApiClient("fosJTsHQ...", Secret.of(storedSecret), "my-client");
 * ApimSession session = apim.signIn("admin", password, ApimScopes.ADMIN, client);
 * }</pre>
 *
 * @param clientId the client id ({@code clientId} in the DCR response)
 * @param clientSecret the client secret
 * @param clientName the registered name, or null when unknown
 */
public record RestApiClient(String clientId, Secret clientSecret, String clientName) {

  /** Validates the components. */
  public RestApiClient {
    Validation.requireNonBlank(clientId, "clientId");
    Validation.requireNonNull(clientSecret, "clientSecret");
  }
}
