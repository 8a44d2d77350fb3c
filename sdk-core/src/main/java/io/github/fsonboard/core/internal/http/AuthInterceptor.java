package io.github.fsonboard.core.internal.http;

import io.github.fsonboard.core.auth.AccessToken;
import io.github.fsonboard.core.auth.Authentication;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds credentials to each request. For bearer tokens, a 401 invalidates the token that was
 * actually sent and repeats the request once with a fresh token. A request that already carries
 * {@code Authorization} (set per call) is left alone.
 */
final class AuthInterceptor implements Interceptor {
  private final Authentication authentication;

  AuthInterceptor(Authentication authentication) {
    this.authentication = authentication;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (request.header("Authorization") != null) {
      return chain.proceed(request);
    }
    if (authentication instanceof Authentication.Basic basic) {
      return chain.proceed(
          request
              .newBuilder()
              .header("Authorization", basic.credentials().authorizationHeader())
              .build());
    }
    if (authentication instanceof Authentication.Bearer bearer) {
      AccessToken used = bearer.tokens().token();
      Response response = chain.proceed(withToken(request, used));
      if (response.code() != 401) {
        return response;
      }
      response.close();
      bearer.tokens().invalidate(used);
      return chain.proceed(withToken(request, bearer.tokens().token()));
    }
    return chain.proceed(request);
  }

  private static Request withToken(Request request, AccessToken token) {
    return request.newBuilder().header("Authorization", token.authorizationHeader()).build();
  }
}
