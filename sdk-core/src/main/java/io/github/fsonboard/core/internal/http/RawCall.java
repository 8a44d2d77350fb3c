package io.github.fsonboard.core.internal.http;

import com.squareup.moshi.JsonReader;
import io.github.fsonboard.core.error.FsOnboardException;
import java.io.IOException;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;

/** Executes a hand-built OkHttp request (form posts, discovery) with the SDK's error mapping. */
public final class RawCall {
  private RawCall() {}

  /**
   * Executes the request and returns the body text of a 2xx response.
   *
   * @param client the client (from {@link HttpEngine#client})
   * @param request the request
   * @return status, headers and body text (empty string when none)
   */
  public static HttpResult<String> execute(OkHttpClient client, Request request) {
    String method = request.method();
    String url = request.url().toString();
    try (Response response = client.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        // An error page can be huge (or endless): read a bounded prefix, never fail on its size.
        String body = Calls.errorBody(response.body());
        throw ErrorMapper.toApiException(
            response.code(),
            method,
            url,
            response.header("Content-Type"),
            body,
            response.header("Retry-After"));
      }
      String body = read(response.body());
      return new HttpResult<>(response.code(), Calls.headers(response.headers()), body);
    } catch (ResponseGuard.Failure e) {
      throw e.typed();
    } catch (IOException e) {
      throw ErrorMapper.toTransportException(e, method, url);
    }
  }

  /**
   * Marks a request as a token request: its 2xx body is held to the token limit of {@link
   * io.github.fsonboard.core.http.ResponseLimits} and must be JSON.
   *
   * @param request the request being built
   * @return the same builder
   */
  public static Request.Builder tokenResponse(Request.Builder request) {
    return request.tag(ResponseGuard.BodyLimit.class, ResponseGuard.Kind.TOKEN);
  }

  /**
   * Marks a request as a JWK set fetch: its 2xx body is held to the JWKS limit of {@link
   * io.github.fsonboard.core.http.ResponseLimits} and must be JSON.
   *
   * @param request the request being built
   * @return the same builder
   */
  public static Request.Builder jwksResponse(Request.Builder request) {
    return request.tag(ResponseGuard.BodyLimit.class, ResponseGuard.Kind.JWKS);
  }

  /**
   * Parses a JSON object body.
   *
   * @param body the text
   * @param what what the body is, for the error message
   * @return the object's members
   * @throws FsOnboardException when the body is not a JSON object
   */
  public static Map<String, Object> jsonObject(String body, String what) {
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(body))) {
      Object value = MoshiFactory.readValue(reader);
      if (value instanceof Map<?, ?> map) {
        @SuppressWarnings("unchecked")
        Map<String, Object> members = (Map<String, Object>) map;
        return members;
      }
    } catch (IOException | RuntimeException e) {
      // Not the parser's message, nor the exception as cause: a duplicated key's message quotes
      // both values, which in a token response are secrets.
      throw new FsOnboardException(
          what + " is not valid JSON: " + ErrorMapper.describeJsonFailure(e));
    }
    throw new FsOnboardException(what + " is not a JSON object");
  }

  private static String read(ResponseBody body) throws IOException {
    if (body == null) {
      return "";
    }
    return body.string(); // bounded by ResponseGuard
  }
}
