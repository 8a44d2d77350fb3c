package io.github.fsonboard.apim.internal;

import io.github.fsonboard.apim.auth.RestApiClient;
import io.github.fsonboard.core.auth.Authentication;
import io.github.fsonboard.core.auth.BasicCredentials;
import io.github.fsonboard.core.auth.CachingTokenProvider;
import io.github.fsonboard.core.auth.ClientAuthentication;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.auth.TokenProvider;
import io.github.fsonboard.core.error.AuthenticationException;
import io.github.fsonboard.core.error.AuthorizationException;
import io.github.fsonboard.core.error.FsOnboardException;
import io.github.fsonboard.core.error.NotFoundException;
import io.github.fsonboard.core.http.BaseUrl;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.internal.http.Calls;
import io.github.fsonboard.core.internal.http.HttpEngine;
import io.github.fsonboard.core.internal.http.Redactor;
import io.github.fsonboard.core.oauth.OAuthTokenClient;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * REST-API sign-in: registers the user's OAuth client with DCR v0.17 and builds a caching token
 * provider over the password grant (refresh token first when one is at hand).
 */
public final class RestApiSignIn {
  /** Grant types the registered client may use. */
  static final String GRANT_TYPES = "client_credentials password refresh_token";

  /** Never used for a redirect (no authorization_code grant), but DCR v0.17 expects one. */
  static final String CALLBACK_URL = "https://localhost/fsonboard-sdk";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final HttpEngine engine;
  private final HttpTransport transport;
  private final BaseUrl baseUrl;

  /**
   * Creates the sign-in helper.
   *
   * @param transport the transport every call goes through
   * @param baseUrl the APIM server, e.g. {@code https://apim:9443}
   */
  public RestApiSignIn(HttpTransport transport, BaseUrl baseUrl) {
    this.transport = transport;
    this.engine = HttpEngine.of(transport);
    this.baseUrl = baseUrl;
  }

  /**
   * The client name registered for a user: stable, so that versions that return the existing client
   * on re-registration give back the same one.
   *
   * @param username the user
   * @return e.g. {@code fsonboard-sdk-admin}
   */
  public static String clientName(String username) {
    return "fsonboard-sdk-" + username.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  /**
   * Registers the user's REST-API client. When the server refuses to register the stable name again
   * (403 on some versions), registers once more under a unique suffixed name.
   *
   * @param username the user, who owns the client
   * @param password the user's password (HTTP Basic)
   * @return the registered client
   * @throws AuthorizationException when the second registration is refused too: the user may not
   *     register clients; pass existing client credentials instead
   * @throws AuthenticationException when the server refuses the user name and password; the message
   *     names the user and says what to check
   * @throws NotFoundException when the server has no client registration endpoint; the message asks
   *     whether the base URL is an API Manager
   */
  public RestApiClient register(String username, Secret password) {
    DcrService dcr =
        engine.service(
            baseUrl,
            Authentication.basic(new BasicCredentials(username, password)),
            DcrService.class);
    String name = clientName(username);
    try {
      try {
        return register(dcr, name, username);
      } catch (AuthorizationException e) {
        byte[] suffix = new byte[4];
        RANDOM.nextBytes(suffix);
        return register(dcr, name + "-" + HexFormat.of().formatHex(suffix), username);
      }
    } catch (AuthenticationException e) {
      // The DCR webapp's only auth is carbon-apimgt BasicAuthenticationInterceptor.handleMessage
      // (dcr WEB-INF/beans.xml): a user store refusal of the Basic credentials (or an unknown
      // tenant) becomes CXF's AuthenticationException, i.e. 401.
      throw withCause(
          new AuthenticationException(
              e.status(),
              e.method(),
              e.url(),
              e.payload(),
              "Sign-in as user '"
                  + Redactor.text(username)
                  + "' was refused: check the user name and password"),
          e);
    } catch (NotFoundException e) {
      // Every APIM 4.x serves /client-registration/v0.17/register; IS and plain gateways do not.
      throw withCause(
          new NotFoundException(
              e.status(),
              e.method(),
              e.url(),
              e.payload(),
              "No REST API client registration at "
                  + Redactor.url(baseUrl.toString())
                  + ": is this the base URL of an API Manager (e.g. https://apim.example:9443)?"),
          e);
    }
  }

  private static <T extends FsOnboardException> T withCause(T hinted, Exception original) {
    hinted.initCause(original);
    return hinted;
  }

  private static RestApiClient register(DcrService dcr, String name, String owner) {
    DcrResponse r =
        Calls.execute(dcr.register(new DcrRequest(CALLBACK_URL, name, owner, GRANT_TYPES, true)));
    if (r == null || r.clientId() == null || r.clientSecret() == null) {
      throw new FsOnboardException("REST-API client registration returned no client credentials");
    }
    return new RestApiClient(r.clientId(), r.clientSecret(), r.clientName());
  }

  /**
   * Builds the caching token provider for a signed-in user.
   *
   * @param client the user's REST-API client
   * @param username the user
   * @param password the user's password
   * @param scopes the scopes to request
   * @return the provider (thread-safe, single-flight)
   */
  public TokenProvider tokens(
      RestApiClient client, String username, Secret password, List<String> scopes) {
    OAuthTokenClient oauth =
        OAuthTokenClient.builder()
            .tokenEndpoint(baseUrl.resolve("/oauth2/token"))
            .clientAuthentication(
                ClientAuthentication.clientSecretBasic(client.clientId(), client.clientSecret()))
            .transport(transport)
            .build();
    return CachingTokenProvider.builder(new PasswordTokenSource(oauth, username, password, scopes))
        .listener(transport.config().listener())
        .build();
  }
}
