package io.github.fsonboard.core.internal.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.GzipSource;
import okio.Okio;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One DEBUG line per attempt (method, redacted URL, status, duration, attempt) on logger {@code
 * io.github.fsonboard.http}; at TRACE also headers and bodies on {@code
 * io.github.fsonboard.http.wire}, always passed through {@link Redactor}. Installed as a network
 * interceptor so it sees exactly what goes on the wire.
 *
 * <p>Every wire entry is one line: headers are separated by {@code " | "} and line breaks in a body
 * are written as {@code \n}, so that log shippers and grep see one record per request or response
 * instead of bare continuation lines.
 */
final class LoggingInterceptor implements Interceptor {
  static final Logger LOG = LoggerFactory.getLogger("io.github.fsonboard.http");
  static final Logger WIRE = LoggerFactory.getLogger("io.github.fsonboard.http.wire");
  private static final long MAX_LOGGED_BODY = 16 * 1024;

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!LOG.isDebugEnabled() && !WIRE.isTraceEnabled()) {
      return chain.proceed(request); // nothing to log: stay off the hot path
    }
    Attempt attempt = request.tag(Attempt.class);
    int n = attempt == null ? 1 : attempt.number();
    String url = Redactor.url(request.url().toString());
    if (WIRE.isTraceEnabled()) {
      WIRE.trace(
          "--> {} {} (attempt {}){}{}",
          request.method(),
          url,
          n,
          headers(request.headers()),
          bodyPart(body(request.body())));
    }
    long start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      LOG.debug(
          "{} {} failed: {} ({} ms, attempt {})",
          request.method(),
          url,
          e.getClass().getSimpleName(),
          millisSince(start),
          n);
      throw e;
    }
    LOG.debug(
        "{} {} -> {} ({} ms, attempt {})",
        request.method(),
        url,
        response.code(),
        millisSince(start),
        n);
    if (WIRE.isTraceEnabled()) {
      WIRE.trace(
          "<-- {} {} {}{}{}",
          response.code(),
          request.method(),
          url,
          headers(response.headers()),
          bodyPart(RequestSecrets.of(request).scrub(responseBody(response))));
    }
    return response;
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static String headers(Headers headers) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      sb.append(" | ")
          .append(name)
          .append(": ")
          .append(
              Redactor.isSecretHeader(name)
                  ? Redactor.MASK
                  : oneLine(Redactor.text(headers.value(i))));
    }
    return sb.toString();
  }

  private static String bodyPart(String body) {
    return body.isEmpty() ? "" : " | body: " + oneLine(body);
  }

  /** Line breaks and tabs as escapes (after redaction, which may match across lines). */
  static String oneLine(String text) {
    return text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
  }

  private static String body(RequestBody body) throws IOException {
    if (body == null) {
      return "";
    }
    MediaType type = body.contentType();
    if (body.isOneShot() || body.isDuplex() || (type != null && !isText(type))) {
      return "(" + body.contentLength() + "-byte body)";
    }
    Buffer buffer = new Buffer();
    body.writeTo(buffer);
    long size = buffer.size();
    String text = buffer.readString(Math.min(size, MAX_LOGGED_BODY), StandardCharsets.UTF_8);
    return Redactor.text(text) + (size > MAX_LOGGED_BODY ? "…(" + size + " bytes)" : "");
  }

  /**
   * The response body as text, redacted. A network interceptor sees the body before OkHttp's
   * transparent gunzip, so a gzip body is inflated here: logging the compressed bytes would be
   * unreadable and would slip past the redactor (deflate keeps literal runs of the plain text).
   */
  private static String responseBody(Response response) {
    ResponseBody body = response.body();
    if (body == null) {
      return "";
    }
    MediaType type = body.contentType();
    String encoding = response.header("Content-Encoding");
    boolean gzip = "gzip".equalsIgnoreCase(encoding);
    if ((type != null && !isText(type))
        || (encoding != null && !gzip && !"identity".equalsIgnoreCase(encoding))) {
      return "(" + (type == null ? "" : type + " ") + "body not logged)";
    }
    Buffer out = new Buffer();
    boolean complete = false;
    try {
      BufferedSource peeked = body.source().peek();
      BufferedSource source = gzip ? Okio.buffer(new GzipSource(peeked)) : peeked;
      while (out.size() < MAX_LOGGED_BODY) {
        if (source.read(out, MAX_LOGGED_BODY - out.size()) == -1) {
          complete = true;
          break;
        }
      }
    } catch (IOException e) {
      return "(body unreadable: " + e.getClass().getSimpleName() + ")";
    }
    String text = out.readString(StandardCharsets.UTF_8);
    return Redactor.text(text) + (complete ? "" : "…(truncated)");
  }

  private static boolean isText(MediaType type) {
    String sub = type.subtype();
    return type.type().equals("text")
        || sub.contains("json")
        || sub.contains("x-www-form-urlencoded")
        || sub.contains("form-data")
        || sub.contains("xml");
  }
}
