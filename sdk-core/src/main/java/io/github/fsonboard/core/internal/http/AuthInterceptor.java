package io.github.fsonboard.core.internal.http;

import io.github.fsonboard.core.auth.AccessToken;
import io.github.fsonboard.core.auth.Authentication;
import io.github.fsonboard.core.error.FsOnboardException;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sets the configured {@code User-Agent}, adds credentials to each attempt and strips the {@link
 * RetrySafe} marker the retry interceptor has read, in one copy of the request. For bearer tokens,
 * a 401 invalidates the token that was actually sent and repeats the request once with a fresh
 * token, unless the provider hands back the very same token (or, for anything but a GET, a token of
 * the same value). A request that already carries {@code Authorization} (set per call) keeps it.
 */
final class AuthInterceptor implements Interceptor {
  private final String userAgent;
  private final Authentication authentication;
  private volatile CachedHeader lastHeader;

  AuthInterceptor(String userAgent, Authentication authentication) {
    this.userAgent = userAgent;
    this.authentication = authentication;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (request.header("Authorization") != null) {
      return chain.proceed(withHeaders(request, null));
    }
    if (authentication instanceof Authentication.Basic basic) {
      return chain.proceed(withHeaders(request, basic.credentials().authorizationHeader()));
    }
    if (authentication instanceof Authentication.Bearer bearer) {
      AccessToken used = bearer.tokens().token();
      Response response = chain.proceed(withHeaders(request, headerFor(used)));
      if (response.code() != 401) {
        return response;
      }
      bearer.tokens().invalidate(used);
      AccessToken fresh = bearer.tokens().token();
      boolean sameToken = fresh == used;
      boolean sameValue = sameToken || fresh.value().equals(used.value());
      if (sameToken || (sameValue && !"GET".equals(request.method()))) {
        // A token that cannot be renewed (a fixed initial access token): sending the same
        // request again would only repeat the refusal, and a write is never repeated with an
        // unchanged credential. (A read may be: WSO2 hands out the still-active token again.)
        return response;
      }
      response.close();
      return chain.proceed(withHeaders(request, headerFor(fresh)));
    }
    return chain.proceed(withHeaders(request, null));
  }

  private Request withHeaders(Request request, String authorization) {
    Request.Builder b =
        request.newBuilder().removeHeader(RetrySafe.HEADER).header("User-Agent", userAgent);
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return b.build();
  }

  /**
   * The header value of the last token sent, computed once per token rather than revealing the
   * secret into a new string on every call. Never logged.
   */
  private String headerFor(AccessToken token) {
    CachedHeader cached = lastHeader;
    if (cached != null && cached.token == token) {
      return cached.value;
    }
    String value = token.authorizationHeader();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c >= 0x7f) {
        // A token from a server's answer with CR/LF in it: OkHttp would throw an untyped
        // IllegalArgumentException; and a header must never be split by server data.
        throw new FsOnboardException(
            "The access token cannot be sent: it holds a control or non-ASCII character");
      }
    }
    lastHeader = new CachedHeader(token, value);
    return value;
  }

  private record CachedHeader(AccessToken token, String value) {
    @Override
    public String toString() {
      return "CachedHeader[token=" + token + "]";
    }
  }
}
