package io.github.fsonboard.core.http;

import io.github.fsonboard.core.error.TransportException;
import io.github.fsonboard.core.internal.http.TransportFetcher;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * The small HTTP client the certificate code uses to fetch JWKS documents, OCSP responses and CRLs.
 * {@link #on(HttpTransport)} runs them on an SDK transport (proxy, custom trust, mTLS, timeouts,
 * retries for GETs, wire log, redaction, and the JWKS/CRL/OCSP limits of its {@link
 * ResponseLimits}); {@link #defaults()} is the same on a transport with default settings.
 *
 * <pre>{@code
 * HttpFetcher fetcher = HttpFetcher.on(transport); // the transport of the IS and APIM clients
 * JwksSource jwks = JwksSource.builder(uri).httpFetcher(fetcher).build();
 * }</pre>
 *
 * <p>Implementations must honour the timeouts and stop reading after {@link
 * Request#maxResponseBytes()}, and must not follow redirects.
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
   * The byte limits callers apply to what this fetcher reads: {@link Request#maxResponseBytes()} is
   * set from {@link ResponseLimits#jwks()}, {@link ResponseLimits#crl()} or {@link
   * ResponseLimits#ocsp()}.
   *
   * @return the limits; {@link ResponseLimits#defaults()} unless the fetcher has its own
   */
  default ResponseLimits limits() {
    return ResponseLimits.defaults();
  }

  /**
   * A fetcher on an SDK transport, so these fetches share its proxy, trust, client certificate,
   * timeouts, retries, logging and response limits.
   *
   * @param transport the transport; the caller keeps owning it
   * @return the fetcher
   */
  static HttpFetcher on(HttpTransport transport) {
    return TransportFetcher.on(transport);
  }

  /**
   * A fetcher on a shared transport with default settings: no proxy, JDK default trust with the
   * SDK's key strength floor, no redirects, default limits.
   *
   * @return a shared instance
   */
  static HttpFetcher defaults() {
    return TransportFetcher.shared();
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
