package io.github.fsonboard.core.internal.http;

import com.squareup.moshi.JsonDataException;
import io.github.fsonboard.core.error.FsOnboardException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import okhttp3.Request;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Executes Retrofit calls and maps every failure to the SDK's exceptions: no {@link IOException} or
 * Retrofit type escapes.
 */
public final class Calls {
  private Calls() {}

  /**
   * Executes a call and returns its body.
   *
   * @param call the call
   * @param <T> the body type
   * @return the body, or null for an empty 2xx response
   */
  public static <T> T execute(Call<T> call) {
    return exchange(call).body();
  }

  /**
   * Executes a call whose 2xx response must carry a body (a resource, not a list or an action).
   *
   * @param call the call
   * @param <T> the body type
   * @return the body, never null
   * @throws FsOnboardException when a 2xx response has an empty or {@code null} body
   */
  public static <T> T executeBody(Call<T> call) {
    T body = execute(call);
    if (body == null) {
      Request request = call.request();
      throw new FsOnboardException(
          "Empty response body from "
              + request.method()
              + " "
              + Redactor.url(request.url().toString())
              + " where a JSON object was expected");
    }
    return body;
  }

  /**
   * Executes a call and returns status, headers and body.
   *
   * @param call the call
   * @param <T> the body type
   * @return the result of a 2xx response
   * @throws io.github.fsonboard.core.error.ApiException for a non-2xx status
   * @throws io.github.fsonboard.core.error.TransportException when no response arrived
   */
  public static <T> HttpResult<T> exchange(Call<T> call) {
    Request request;
    try {
      request = call.request();
    } catch (IllegalArgumentException e) {
      // A header or URL value OkHttp refuses, e.g. a server-issued registration access token with
      // CR/LF. OkHttp leaves credential header values out of its message.
      throw new FsOnboardException(
          "Cannot build the request: " + Redactor.text(String.valueOf(e.getMessage())));
    }
    String method = request.method();
    String url = request.url().toString();
    Response<T> response;
    try {
      response = call.execute();
    } catch (JsonDataException e) {
      throw malformed(method, url, e);
    } catch (ResponseGuard.Failure e) {
      throw e.typed();
    } catch (IOException e) {
      if (e instanceof com.squareup.moshi.JsonEncodingException) {
        throw malformed(method, url, e);
      }
      throw ErrorMapper.toTransportException(e, method, url);
    } catch (RuntimeException e) {
      if (e instanceof FsOnboardException) {
        throw e;
      }
      throw malformed(method, url, e);
    }
    if (response.isSuccessful()) {
      return new HttpResult<>(response.code(), headers(response.headers()), response.body());
    }
    String contentType = response.headers().get("Content-Type");
    String body = errorBody(response.errorBody());
    throw ErrorMapper.toApiException(
        response.code(), method, url, contentType, body, response.headers().get("Retry-After"));
  }

  static Map<String, List<String>> headers(okhttp3.Headers headers) {
    return new LazyHeaderMap(headers);
  }

  /** Reads an error body, already cut to its limit and scrubbed by {@link ResponseGuard}. */
  static String errorBody(ResponseBody body) {
    if (body == null) {
      return null;
    }
    try (body) {
      return body.string();
    } catch (IOException e) {
      return null; // the status alone still produces a typed exception
    }
  }

  private static FsOnboardException malformed(String method, String url, Exception e) {
    // Never the parser's own message: it can quote values (a duplicated key's two secrets) or
    // suggest setLenient, which is no advice for a caller.
    return new FsOnboardException(
        "Malformed response body from "
            + method
            + " "
            + Redactor.url(url)
            + ": "
            + ErrorMapper.describeJsonFailure(e),
        null);
  }
}
