package io.github.fsonboard.is.userinfo;

import io.github.fsonboard.core.auth.Authentication;
import io.github.fsonboard.core.auth.TokenProvider;
import io.github.fsonboard.core.error.FsOnboardException;
import io.github.fsonboard.core.http.BaseUrl;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.internal.http.HttpEngine;
import io.github.fsonboard.core.internal.http.RawCall;
import io.github.fsonboard.is.internal.Json;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * The OpenID Connect UserInfo endpoint (WSO2 IS: {@code /oauth2/userinfo}), called with the user's
 * access token (scope {@code openid}).
 *
 * <pre>{@code
 * UserInfo me = is.userInfo(TokenProvider.of(userAccessToken)).fetch();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class UserInfoClient {
  private final URI endpoint;
  private final OkHttpClient http;

  /**
   * Creates a client.
   *
   * @param transport the transport
   * @param endpoint the UserInfo endpoint
   * @param userTokens the user's access tokens
   */
  public UserInfoClient(HttpTransport transport, URI endpoint, TokenProvider userTokens) {
    this.endpoint = BaseUrl.of(String.valueOf(endpoint), "userinfoEndpoint").uri();
    this.http = HttpEngine.of(transport).client(Authentication.bearer(userTokens));
  }

  /**
   * Returns the endpoint.
   *
   * @return the URI
   */
  public URI endpoint() {
    return endpoint;
  }

  /**
   * Fetches the claims (JSON responses only; signed or encrypted UserInfo is not supported).
   *
   * @return the claims
   * @throws FsOnboardException when the response has no {@code sub}
   */
  public UserInfo fetch() {
    Request request =
        new Request.Builder()
            .url(endpoint.toString())
            .header("Accept", "application/json")
            .get()
            .build();
    Map<String, Object> json =
        RawCall.jsonObject(RawCall.execute(http, request).body(), "UserInfo response");
    String sub = Json.str(json, "sub");
    if (sub == null) {
      throw new FsOnboardException("UserInfo response carries no sub");
    }
    return new UserInfo(sub, Json.rest(json, Set.of()));
  }
}
