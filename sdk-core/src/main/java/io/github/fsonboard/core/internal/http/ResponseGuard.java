package io.github.fsonboard.core.internal.http;

import io.github.fsonboard.core.error.UnexpectedResponseException;
import io.github.fsonboard.core.http.ResponseLimits;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;
import retrofit2.Invocation;

/**
 * The one bounded path every response body of an {@link HttpEngine} client goes through. Installed
 * as the innermost application interceptor, so it sees the body after OkHttp undid gzip (a gzip
 * bomb counts at its inflated size) and the request with its credentials:
 *
 * <ul>
 *   <li>an error body is cut to {@link ResponseLimits#errorBody()} bytes and scrubbed of the
 *       secrets this request sent, before Retrofit, the error mapper or a retry sees it;
 *   <li>a 2xx body fails with {@link UnexpectedResponseException} once it passes its kind's limit;
 *   <li>a 2xx body that should be JSON but starts like an HTML page fails at once, typed, with
 *       status, content type and a short excerpt.
 * </ul>
 */
final class ResponseGuard implements Interceptor {
  /**
   * Tag on a request whose 2xx body has its own limit, under this one tag class so that a call
   * costs one tag look-up.
   */
  sealed interface BodyLimit permits Kind, Limit {}

  /** A body kind with its own limit in {@link ResponseLimits}; such a body must be JSON. */
  enum Kind implements BodyLimit {
    /** A token endpoint's answer: JSON, {@link ResponseLimits#token()}. */
    TOKEN,
    /** A JWK set read as JSON: {@link ResponseLimits#jwks()}. */
    JWKS
  }

  /**
   * A byte limit the caller set itself, from {@link ResponseLimits} (a JWKS, CRL or OCSP fetch by
   * the certificate code). The body is handed over as bytes, unsniffed.
   */
  record Limit(long bytes) implements BodyLimit {}

  private static final int EXCERPT = 200;
  private static final int JSON_SNIFF = 512;

  /**
   * Content types parsed once: OkHttp parses the header with a regular expression on every {@code
   * contentType()} call. At most about {@link #MEDIA_TYPES_MAX} distinct values are kept, so a
   * server cannot grow it; others are parsed each time.
   */
  static final Map<String, MediaType> MEDIA_TYPES = new ConcurrentHashMap<>();

  static final int MEDIA_TYPES_MAX = 64;

  /** Per service method, computed once: reading a generic return type copies arrays per call. */
  private static final Map<Method, Boolean> RETURNS_BODY = new ConcurrentHashMap<>();

  private final ResponseLimits limits;

  ResponseGuard(ResponseLimits limits) {
    this.limits = limits;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Response response = FollowUpBlocker.restore(chain.proceed(request));
    ResponseBody body = response.body();
    if (body == null) {
      return response;
    }
    if (!response.isSuccessful()) {
      return withBoundedErrorBody(request, response, body);
    }
    BodyLimit tagged = request.tag(BodyLimit.class);
    long limit = limit(tagged);
    String contentType = response.header("Content-Type");
    if (body.contentLength() > limit) {
      body.close();
      throw tooLarge(request, response.code(), contentType, limit);
    }
    // Either way the body is replaced once, by one that carries its content type parsed (see
    // mediaType): Retrofit and ResponseBody.string() each ask for it.
    MediaType type = mediaType(contentType);
    ResponseBody replaced =
        framedWithin(response, body)
            ? new Typed(body, type) // the common case: no counting wrapper
            : new Limited(
                body, type, limit, () -> tooLarge(request, response.code(), contentType, limit));
    Response guarded = response.newBuilder().body(replaced).build();
    if (expectsJson(request, tagged)) {
      try {
        checkLooksLikeJson(request, response.code(), contentType, guarded.body().source());
      } catch (RuntimeException | IOException e) {
        guarded.close();
        throw e;
      }
    }
    return guarded;
  }

  /**
   * Whether HTTP/1 framing already ends the body within its limit (checked above): OkHttp reads a
   * body with a {@code Content-Length} through a fixed-length source that stops after exactly that
   * many bytes, so counting them again would be the same check twice. A chunked, close-delimited or
   * transparently gunzipped body reports -1 and is counted; HTTP/2 does not hold a stream to its
   * {@code Content-Length}, so it is counted too.
   */
  private static boolean framedWithin(Response response, ResponseBody body) {
    Protocol protocol = response.protocol();
    return body.contentLength() >= 0
        && (protocol == Protocol.HTTP_1_1 || protocol == Protocol.HTTP_1_0);
  }

  /**
   * The parsed {@code Content-Type}, as {@code ResponseBody.contentType()} would return it.
   *
   * @param header the header value, or null
   * @return the media type, or null when absent or not a media type
   */
  static MediaType mediaType(String header) {
    if (header == null) {
      return null;
    }
    MediaType known = MEDIA_TYPES.get(header);
    if (known != null) {
      return known;
    }
    MediaType parsed = MediaType.parse(header);
    if (parsed != null && MEDIA_TYPES.size() < MEDIA_TYPES_MAX) {
      MEDIA_TYPES.put(header, parsed);
    }
    return parsed;
  }

  private Response withBoundedErrorBody(Request request, Response response, ResponseBody body)
      throws IOException {
    String text;
    try (body) {
      BufferedSource source = body.source();
      source.request(limits.errorBody());
      Buffer buffer = source.getBuffer();
      text = buffer.readUtf8(Math.min(buffer.size(), limits.errorBody()));
    } catch (IOException e) {
      text = ""; // the status alone still gives a typed exception
    }
    String clean = RequestSecrets.of(request).scrub(text);
    MediaType type = mediaType(response.header("Content-Type"));
    return response
        .newBuilder()
        .body(ResponseBody.create(clean.getBytes(StandardCharsets.UTF_8), type))
        .build();
  }

  private long limit(BodyLimit tagged) {
    if (tagged instanceof Limit own) {
      return own.bytes();
    }
    if (tagged == Kind.TOKEN) {
      return limits.token();
    }
    return tagged == Kind.JWKS ? limits.jwks() : limits.apiBody();
  }

  /** A Retrofit call declared {@code Call<Void>} reads no body; every other SDK body is JSON. */
  private static boolean expectsJson(Request request, BodyLimit tagged) {
    if (tagged != null) {
      return tagged instanceof Kind;
    }
    Invocation invocation = request.tag(Invocation.class);
    if (invocation == null) {
      return false;
    }
    return RETURNS_BODY.computeIfAbsent(invocation.method(), ResponseGuard::returnsBody);
  }

  private static boolean returnsBody(Method method) {
    Type returned = method.getGenericReturnType();
    return !(returned instanceof ParameterizedType p
        && p.getActualTypeArguments().length == 1
        && p.getActualTypeArguments()[0] == Void.class);
  }

  private static void checkLooksLikeJson(
      Request request, int status, String contentType, BufferedSource source) throws IOException {
    for (long i = 0; i < JSON_SNIFF && source.request(i + 1); i++) {
      byte b = source.getBuffer().getByte(i);
      if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
        continue;
      }
      if ("{[\"-0123456789tfn".indexOf(b) >= 0) {
        return;
      }
      source.request(EXCERPT);
      Buffer buffer = source.getBuffer();
      String excerpt = excerpt(request, buffer.clone().readUtf8(Math.min(buffer.size(), EXCERPT)));
      throw new UnexpectedResponseException(
          request.method()
              + " "
              + Redactor.url(request.url().toString())
              + " answered "
              + status
              + " with a body that is not JSON (Content-Type: "
              + (contentType == null ? "none" : Redactor.text(contentType))
              + "): "
              + excerpt,
          status,
          contentType,
          excerpt);
    }
  }

  private static String excerpt(Request request, String raw) {
    StringBuilder sb = new StringBuilder(raw.length());
    raw.codePoints().forEach(c -> sb.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
    return RequestSecrets.of(request).scrub(Redactor.text(sb.toString().strip()));
  }

  private static UnexpectedResponseException tooLarge(
      Request request, int status, String contentType, long limit) {
    return new UnexpectedResponseException(
        request.method()
            + " "
            + Redactor.url(request.url().toString())
            + " answered "
            + status
            + " with a body larger than "
            + limit
            + " bytes (raise HttpConfig.responseLimits if this is expected)",
        status,
        contentType,
        "");
  }

  /**
   * Carries a typed failure through OkHttp's and Retrofit's {@code IOException} channel; {@link
   * Calls} and {@link RawCall} unwrap it.
   */
  static final class Failure extends IOException {
    private static final long serialVersionUID = 1L;

    Failure(UnexpectedResponseException typed) {
      super(typed.getMessage(), typed);
    }

    UnexpectedResponseException typed() {
      return (UnexpectedResponseException) getCause();
    }
  }

  /** A body handed on with its content type parsed once (HTTP/1 framing already bounds it). */
  private static class Typed extends ResponseBody {
    private final ResponseBody delegate;
    private final MediaType type;

    Typed(ResponseBody delegate, MediaType type) {
      this.delegate = delegate;
      this.type = type;
    }

    @Override
    public MediaType contentType() {
      return type;
    }

    @Override
    public long contentLength() {
      return delegate.contentLength();
    }

    @Override
    public BufferedSource source() {
      return delegate.source();
    }

    @Override
    public void close() {
      delegate.close();
    }
  }

  /** A body that fails once more than its limit has been read. */
  private static final class Limited extends Typed {
    private final BufferedSource source;

    Limited(
        ResponseBody delegate,
        MediaType type,
        long limit,
        java.util.function.Supplier<UnexpectedResponseException> failure) {
      super(delegate, type);
      this.source =
          Okio.buffer(
              new ForwardingSource(delegate.source()) {
                private long total;

                @Override
                public long read(Buffer sink, long byteCount) throws IOException {
                  long n = super.read(sink, byteCount);
                  if (n > 0) {
                    total += n;
                    if (total > limit) {
                      throw new Failure(failure.get());
                    }
                  }
                  return n;
                }
              });
    }

    @Override
    public BufferedSource source() {
      return source;
    }
  }
}
