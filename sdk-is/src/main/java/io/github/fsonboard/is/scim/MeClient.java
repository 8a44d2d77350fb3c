package io.github.fsonboard.is.scim;

import io.github.fsonboard.core.auth.Authentication;
import io.github.fsonboard.core.http.BaseUrl;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.internal.http.Calls;
import io.github.fsonboard.core.internal.http.HttpEngine;
import io.github.fsonboard.is.internal.scim.ScimService;

/**
 * The signed-in user's own SCIM resource ({@code /scim2/Me}), with the user's bearer token (scope
 * {@code internal_login}) or Basic credentials.
 *
 * <pre>{@code
 * ScimUser me = is.me(TokenProvider.of(userAccessToken)).get();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class MeClient {
  private final ScimService api;

  /**
   * Creates a client.
   *
   * @param transport the transport
   * @param baseUrl the server
   * @param user the user's credentials
   */
  public MeClient(HttpTransport transport, BaseUrl baseUrl, Authentication user) {
    this.api = HttpEngine.of(transport).service(baseUrl, user, ScimService.class);
  }

  /**
   * Reads the user.
   *
   * @return the user
   * @throws io.github.fsonboard.core.error.AuthenticationException when the credentials are refused
   */
  public ScimUser get() {
    return UserMapper.fromJson(Calls.execute(api.me()));
  }
}
