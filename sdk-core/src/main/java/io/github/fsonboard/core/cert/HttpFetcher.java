package io.github.fsonboard.core.cert;

import io.github.fsonboard.core.cert.internal.OkHttpFetcher;
import io.github.fsonboard.core.error.TransportException;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * The small HTTP client the certificate code uses to fetch JWKS documents, OCSP responses and CRLs.
 * {@link #defaults()} is a plain OkHttp client; the SDK's shared transport (proxy, custom trust,
 * mTLS) can be plugged in by implementing this interface.
 *
 * <p>Implementations must honour the timeouts and stop reading after {@link
 * Request#maxResponseBytes()}, and must not follow redirects to other schemes.
 */
@FunctionalInterface
public interface HttpFetcher {
  /**
   * Performs one request.
   *
   * @param request what to send
   * @return the response, whatever its status
   * @throws TransportException on connect, timeout or I/O failure, or when the body exceeds the
   *     limit
   */
  Response fetch(Request request);

  /**
   * A plain OkHttp-based fetcher: no proxy, JDK default trust, no redirects across schemes.
   *
   * @return a shared instance
   */
  static HttpFetcher defaults() {
    return OkHttpFetcher.shared();
  }

  /**
   * One HTTP request.
   *
   * @param method {@code GET} or {@code POST}
   * @param uri the absolute http(s) URI
   * @param contentType the body's media type, or null for GET
   * @param body the body, or null for GET
   * @param accept the {@code Accept} header value, or null
   * @param timeout connect and read timeout
   * @param maxResponseBytes the most body bytes to read
   */
  record Request(
      String method,
      URI uri,
      String contentType,
      byte[] body,
      String accept,
      Duration timeout,
      int maxResponseBytes) {
    /**
     * Validates the components.
     *
     * @param method the {@code method} component
     * @param uri the {@code uri} component
     * @param contentType the {@code contentType} component
     * @param body the {@code body} component
     * @param accept the {@code accept} component
     * @param timeout the {@code timeout} component
     * @param maxResponseBytes the {@code maxResponseBytes} component
     */
    public Request {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(uri, "uri");
      Objects.requireNonNull(timeout, "timeout");
      body = body == null ? null : body.clone();
    }

    /**
     * Returns a copy of the body.
     *
     * @return the body, or null
     */
    @Override
    public byte[] body() {
      return body == null ? null : body.clone();
    }
  }

  /**
   * One HTTP response.
   *
   * @param status the HTTP status code
   * @param contentType the {@code Content-Type}, or null
   * @param body the body bytes, never null
   */
  record Response(int status, String contentType, byte[] body) {
    /**
     * Copies the body.
     *
     * @param status the {@code status} component
     * @param contentType the {@code contentType} component
     * @param body the {@code body} component
     */
    public Response {
      body = body == null ? new byte[0] : body.clone();
    }

    /**
     * Returns a copy of the body.
     *
     * @return the body
     */
    @Override
    public byte[] body() {
      return body.clone();
    }
  }
}
