package io.github.fsonboard.core.internal.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Keeps OkHttp from repeating a request on its own. OkHttp's follow-up logic resends any request, a
 * POST included, that is answered 503 with {@code Retry-After: 0} (and throws an untyped {@code
 * NumberFormatException} on a huge value); the SDK's {@link RetryInterceptor} alone decides what is
 * repeated. As the outermost network interceptor this hides the header from OkHttp, and {@link
 * ResponseGuard} gives it back before any SDK code reads the response. (408 follow-ups are already
 * off with {@code retryOnConnectionFailure(false)}, redirects with {@code followRedirects(false)}.)
 */
final class FollowUpBlocker implements Interceptor {
  private static final String HIDDEN = "X-FsOnboard-Hidden-Retry-After";

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    if (response.code() != 503) {
      return response; // the status first: a header look-up scans every header
    }
    String retryAfter = response.header("Retry-After");
    if (retryAfter == null) {
      return response;
    }
    return response.newBuilder().removeHeader("Retry-After").header(HIDDEN, retryAfter).build();
  }

  static Response restore(Response response) {
    if (response.code() != 503) {
      return response; // only a 503 ever has the header hidden
    }
    String hidden = response.header(HIDDEN);
    if (hidden == null) {
      return response;
    }
    return response.newBuilder().removeHeader(HIDDEN).header("Retry-After", hidden).build();
  }
}
