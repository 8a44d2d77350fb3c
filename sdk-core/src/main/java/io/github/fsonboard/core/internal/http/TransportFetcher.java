package io.github.fsonboard.core.internal.http;

import io.github.fsonboard.core.auth.Authentication;
import io.github.fsonboard.core.error.TransportException;
import io.github.fsonboard.core.error.UnexpectedResponseException;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.HttpFetcher;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.http.ResponseLimits;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;

/**
 * {@link HttpFetcher} on an {@link HttpTransport}: JWKS, OCSP and CRL fetches get the transport's
 * proxy, trust, client certificate, retries (GETs only), wire log and redaction, and their bodies
 * go through {@link ResponseGuard} like every other SDK response. Redirects are not followed.
 */
public final class TransportFetcher implements HttpFetcher {
  private final OkHttpClient client;
  private final ResponseLimits limits;

  private TransportFetcher(HttpEngine engine) {
    this.client = engine.client(Authentication.none());
    this.limits = engine.config().responseLimits();
  }

  /**
   * A fetcher on a transport.
   *
   * @param transport the transport
   * @return the fetcher
   */
  public static HttpFetcher on(HttpTransport transport) {
    return new TransportFetcher(HttpEngine.of(transport));
  }

  /**
   * The fetcher for a user who configured nothing: a transport with {@link HttpConfig} defaults,
   * created on first use and shared.
   *
   * @return the shared fetcher
   */
  public static HttpFetcher shared() {
    return Shared.INSTANCE;
  }

  @Override
  public ResponseLimits limits() {
    return limits;
  }

  @Override
  public HttpFetcher.Response fetch(HttpFetcher.Request request) {
    String method = request.method();
    String url = request.uri().toString();
    String scheme = request.uri().getScheme();
    if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
      throw new TransportException(
          TransportException.Kind.CONNECT, "unsupported URL scheme " + scheme, null);
    }
    okhttp3.Request.Builder rb;
    try {
      rb = new okhttp3.Request.Builder().url(url);
    } catch (IllegalArgumentException e) {
      throw new TransportException(
          TransportException.Kind.CONNECT,
          method + " " + Redactor.url(url) + " is not a valid URL",
          e);
    }
    if (request.accept() != null) {
      rb.header("Accept", request.accept());
    }
    byte[] body = request.body();
    MediaType type = request.contentType() == null ? null : MediaType.parse(request.contentType());
    rb.method(method, body == null ? null : RequestBody.create(body, type));
    rb.tag(ResponseGuard.BodyLimit.class, new ResponseGuard.Limit(request.maxResponseBytes()));
    Call call = client.newCall(rb.build());
    // The request's timeout bounds connect and read; the whole call, retries included, gets twice.
    long whole = request.timeout().toMillis() * 2;
    long configured = client.callTimeoutMillis();
    call.timeout()
        .timeout(configured > 0 ? Math.min(whole, configured) : whole, TimeUnit.MILLISECONDS);
    try (okhttp3.Response response = call.execute()) {
      ResponseBody rbody = response.body();
      byte[] bytes = rbody == null ? new byte[0] : rbody.bytes();
      return new HttpFetcher.Response(response.code(), response.header("Content-Type"), bytes);
    } catch (ResponseGuard.Failure e) {
      throw tooLarge(e.typed());
    } catch (UnexpectedResponseException e) {
      throw tooLarge(e); // a declared Content-Length over the limit fails before any read
    } catch (IOException e) {
      throw ErrorMapper.toTransportException(e, method, url);
    }
  }

  /** This interface's contract: a body over the limit is a transport failure. */
  private static TransportException tooLarge(UnexpectedResponseException e) {
    return new TransportException(TransportException.Kind.IO, e.getMessage(), e);
  }

  @Override
  public String toString() {
    return "HttpFetcher[transport]";
  }

  /** Created on first use, so a program that never fetches builds no transport. */
  private static final class Shared {
    static final HttpFetcher INSTANCE = on(HttpTransport.create(HttpConfig.builder().build()));
  }
}
