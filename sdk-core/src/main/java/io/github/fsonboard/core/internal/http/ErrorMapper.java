package io.github.fsonboard.core.internal.http;

import com.squareup.moshi.JsonReader;
import io.github.fsonboard.core.error.ApiException;
import io.github.fsonboard.core.error.ErrorDetail;
import io.github.fsonboard.core.error.ErrorPayload;
import io.github.fsonboard.core.error.RateLimitException;
import io.github.fsonboard.core.error.TransportException;
import io.github.fsonboard.core.internal.json.JsonNumbers;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLException;
import okio.Buffer;

/** Turns error responses and I/O failures into the SDK's exceptions. */
public final class ErrorMapper {
  private static final int MAX_RAW_BODY = 4 * 1024;

  /** Points a newcomer at the one setting that fixes an untrusted server certificate. */
  static final String UNTRUSTED_HINT =
      ". The server's certificate is not trusted: set HttpConfig.builder().trust(...) to the CA"
          + " that signed it, e.g. Trust.pem(Path.of(\"server-ca.pem\"))";

  private ErrorMapper() {}

  /**
   * Builds the exception for an error response.
   *
   * @param status the HTTP status
   * @param method the HTTP method
   * @param url the request URL (will be redacted)
   * @param contentType the response content type, or null
   * @param body the response body text, or null
   * @param retryAfter the {@code Retry-After} header, or null
   * @return the matching {@link ApiException} subtype
   */
  public static ApiException toApiException(
      int status, String method, String url, String contentType, String body, String retryAfter) {
    ErrorPayload payload = parse(contentType, body);
    String safeUrl = Redactor.url(url);
    if (status == 429) {
      Duration hint = RetryAfter.parse(retryAfter);
      return new RateLimitException(status, method, safeUrl, payload, hint);
    }
    return ApiException.of(status, method, safeUrl, payload);
  }

  /**
   * Wraps an I/O failure.
   *
   * @param e the failure
   * @param method the HTTP method
   * @param url the request URL (will be redacted)
   * @return the transport exception
   */
  public static TransportException toTransportException(IOException e, String method, String url) {
    TransportException.Kind kind;
    if (e instanceof SSLException) {
      kind = TransportException.Kind.TLS;
    } else if (isInterruption(e)) {
      kind = TransportException.Kind.INTERRUPTED;
    } else if (e instanceof InterruptedIOException) {
      kind = TransportException.Kind.TIMEOUT; // SocketTimeoutException and OkHttp's call timeout
    } else if (e instanceof ConnectException
        || e instanceof NoRouteToHostException
        || e instanceof UnknownHostException) {
      kind = TransportException.Kind.CONNECT;
    } else {
      kind = TransportException.Kind.IO;
    }
    String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    String hint = kind == TransportException.Kind.TLS && isUntrusted(e) ? UNTRUSTED_HINT : "";
    return new TransportException(
        kind,
        kind
            + " failure on "
            + method
            + " "
            + Redactor.url(url)
            + ": "
            + Redactor.text(detail)
            + hint,
        e);
  }

  /**
   * Tells a certificate the client does not trust (JSSE's PKIX validation failed) from other TLS
   * failures such as a protocol mismatch or a refused client certificate.
   */
  private static boolean isUntrusted(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof CertPathBuilderException
          || t instanceof CertPathValidatorException
          || t instanceof CertificateException) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells an interrupted caller from a timeout: both surface as {@link InterruptedIOException}, but
   * only an interruption leaves the thread's interrupt status set (Okio and the retry backoff keep
   * it).
   *
   * @param e the failure, on the calling thread
   * @return true when the calling thread was interrupted
   */
  public static boolean isInterruption(IOException e) {
    return e instanceof InterruptedIOException
        && !(e instanceof SocketTimeoutException)
        && Thread.currentThread().isInterrupted();
  }

  /**
   * Parses an error body in any of the WSO2, OAuth 2.0 or SCIM shapes.
   *
   * @param contentType the content type, or null
   * @param body the body text, or null
   * @return the payload; fields the body lacks are null
   */
  public static ErrorPayload parse(String contentType, String body) {
    if (body == null || body.isBlank()) {
      return ErrorPayload.empty(contentType);
    }
    String raw =
        Redactor.text(body.length() > MAX_RAW_BODY ? body.substring(0, MAX_RAW_BODY) : body);
    Map<?, ?> json = readObject(body);
    if (json == null) {
      return new ErrorPayload(
          null, null, null, null, List.of(), null, null, null, null, null, null, contentType, raw);
    }
    List<ErrorDetail> details = new ArrayList<>();
    String oauthError = null;
    Object error = json.get("error");
    if (error instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof Map<?, ?> m) {
          details.add(
              new ErrorDetail(
                  str(m.get("code")), str(m.get("message")), str(m.get("description"))));
        }
      }
    } else {
      oauthError = str(error);
    }
    return new ErrorPayload(
        str(json.get("code")),
        str(json.get("message")),
        str(json.get("description")),
        str(json.get("moreInfo")),
        details,
        oauthError,
        str(json.get("error_description")),
        str(json.get("status")),
        str(json.get("scimType")),
        str(json.get("detail")),
        str(json.get("traceId")),
        contentType,
        raw);
  }

  /**
   * Says why a body is not the JSON expected, without the parser's message (which can quote values
   * or suggest {@code setLenient}).
   *
   * @param e the parser's failure
   * @return a short description that holds no body content
   */
  public static String describeJsonFailure(Exception e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    int at = m.indexOf(" at path ");
    String path = at < 0 ? "" : m.substring(at + 9).split("[:\\s]", 2)[0];
    path =
        path.isEmpty()
            ? ""
            : " at " + Redactor.text(path.substring(0, Math.min(80, path.length())));
    if (m.startsWith("Map key")) {
      return "a key appears twice" + path;
    }
    if (e instanceof com.squareup.moshi.JsonEncodingException || m.contains("setLenient")) {
      return "not well-formed JSON" + path;
    }
    if (e instanceof com.squareup.moshi.JsonDataException) {
      return "unexpected JSON shape" + path;
    }
    return "unreadable body (" + e.getClass().getSimpleName() + ")";
  }

  private static Map<?, ?> readObject(String body) {
    String trimmed = body.trim();
    if (!trimmed.startsWith("{")) {
      return null;
    }
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(trimmed))) {
      reader.setLenient(true);
      Object value = MoshiFactory.readValue(reader);
      return value instanceof Map<?, ?> m ? m : null;
    } catch (IOException | RuntimeException e) {
      return null; // not JSON after all: the raw body still tells the story
    }
  }

  private static String str(Object o) {
    if (o == null) {
      return null;
    }
    if (o instanceof Map<?, ?> || o instanceof List<?>) {
      return null;
    }
    return Redactor.text(JsonNumbers.text(o));
  }
}
