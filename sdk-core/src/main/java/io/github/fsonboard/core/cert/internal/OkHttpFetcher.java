package io.github.fsonboard.core.cert.internal;

import io.github.fsonboard.core.cert.HttpFetcher;
import io.github.fsonboard.core.error.TransportException;
import io.github.fsonboard.core.internal.http.ErrorMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;

/**
 * {@link HttpFetcher} on OkHttp. One shared client; per-request timeouts come from {@link
 * OkHttpClient#newBuilder()}, which shares the connection pool. Redirects are not followed: a JWKS,
 * OCSP or CRL URL that redirects is a configuration problem worth seeing.
 */
public final class OkHttpFetcher implements HttpFetcher {
  private static final OkHttpFetcher SHARED =
      new OkHttpFetcher(
          new OkHttpClient.Builder().followRedirects(false).followSslRedirects(false).build());

  private final OkHttpClient client;

  public OkHttpFetcher(OkHttpClient client) {
    this.client = client;
  }

  public static OkHttpFetcher shared() {
    return SHARED;
  }

  @Override
  public HttpFetcher.Response fetch(HttpFetcher.Request request) {
    String scheme = request.uri().getScheme();
    if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
      throw new TransportException(
          TransportException.Kind.CONNECT, "unsupported URL scheme " + scheme, null);
    }
    long millis = request.timeout().toMillis();
    OkHttpClient c =
        client
            .newBuilder()
            .connectTimeout(millis, TimeUnit.MILLISECONDS)
            .readTimeout(millis, TimeUnit.MILLISECONDS)
            .callTimeout(millis * 2, TimeUnit.MILLISECONDS)
            .build();
    okhttp3.Request.Builder rb = new okhttp3.Request.Builder().url(request.uri().toString());
    if (request.accept() != null) {
      rb.header("Accept", request.accept());
    }
    byte[] body = request.body();
    if (body != null) {
      MediaType type =
          request.contentType() == null ? null : MediaType.parse(request.contentType());
      rb.method(request.method(), RequestBody.create(body, type));
    } else {
      rb.method(request.method(), null);
    }
    String what = request.method() + " " + request.uri();
    try (okhttp3.Response response = c.newCall(rb.build()).execute()) {
      ResponseBody rbody = response.body();
      byte[] bytes =
          rbody == null ? new byte[0] : readLimited(rbody, request.maxResponseBytes(), what);
      String contentType = response.header("Content-Type");
      return new HttpFetcher.Response(response.code(), contentType, bytes);
    } catch (InterruptedIOException e) {
      if (ErrorMapper.isInterruption(e)) {
        throw new TransportException(TransportException.Kind.INTERRUPTED, what + " interrupted", e);
      }
      throw new TransportException(TransportException.Kind.TIMEOUT, what + " timed out", e);
    } catch (ConnectException | UnknownHostException e) {
      throw new TransportException(TransportException.Kind.CONNECT, what + " failed to connect", e);
    } catch (SSLException e) {
      throw new TransportException(TransportException.Kind.TLS, what + " TLS failure", e);
    } catch (IOException e) {
      throw new TransportException(TransportException.Kind.IO, what + " failed", e);
    } catch (IllegalArgumentException e) {
      throw new TransportException(
          TransportException.Kind.CONNECT, what + " is not a valid URL", e);
    }
  }

  private static byte[] readLimited(ResponseBody body, int max, String what) throws IOException {
    long declared = body.contentLength();
    if (declared > max) {
      throw new TransportException(
          TransportException.Kind.IO, what + " response exceeds " + max + " bytes", null);
    }
    try (InputStream in = body.byteStream()) {
      byte[] bytes = in.readNBytes(max + 1);
      if (bytes.length > max) {
        throw new TransportException(
            TransportException.Kind.IO, what + " response exceeds " + max + " bytes", null);
      }
      return bytes;
    }
  }
}
