package io.github.fsonboard.apim.internal;

import io.github.fsonboard.core.auth.AccessToken;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.auth.TokenSource;
import io.github.fsonboard.core.error.ApiException;
import io.github.fsonboard.core.oauth.OAuthTokenClient;
import io.github.fsonboard.core.oauth.TokenRequest;
import io.github.fsonboard.core.oauth.TokenResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Fetches APIM REST-API tokens: the refresh token of the previous response when there is one (no
 * password on the wire), else, or when the server refuses it, the password grant.
 */
final class PasswordTokenSource implements TokenSource {
  private final OAuthTokenClient oauth;
  private final String username;
  private final Secret password;
  private final List<String> scopes;
  private final AtomicReference<Secret> refreshToken = new AtomicReference<>();

  PasswordTokenSource(
      OAuthTokenClient oauth, String username, Secret password, List<String> scopes) {
    this.oauth = oauth;
    this.username = username;
    this.password = password;
    this.scopes = List.copyOf(scopes);
  }

  @Override
  public AccessToken fetch() {
    Secret refresh = refreshToken.getAndSet(null);
    if (refresh != null) {
      try {
        return keep(
            oauth.request(TokenRequest.refreshToken(refresh, scopes.toArray(String[]::new))));
      } catch (ApiException e) {
        if (e.status() != 400 && e.status() != 401) {
          throw e;
        }
        // invalid_grant: the refresh token expired or was revoked; sign in again below
      }
    }
    return keep(oauth.request(TokenRequest.password(username, password, scopes)));
  }

  private AccessToken keep(TokenResponse response) {
    refreshToken.set(response.refreshToken());
    return response.toAccessToken();
  }
}
