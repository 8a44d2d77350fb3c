package io.github.fsonboard.core.http;

import io.github.fsonboard.core.internal.http.HttpEngine;
import java.util.Objects;

/**
 * The HTTP machinery of one or more SDK clients: one connection pool, built from an {@link
 * HttpConfig}. Clients create their own by default; pass one explicitly to share a pool, e.g.
 * between the Identity Server and API Manager clients of one deployment.
 *
 * <pre>{@code
 * try (HttpTransport http = HttpTransport.create(HttpConfig.builder().trust(trust).build())) {
 *   IdentityServer is = IdentityServer.builder().baseUrl(isUrl).transport(http).build();
 *   ...
 * }
 * }</pre>
 *
 * <p>Thread-safe. {@link #close()} releases pooled connections and threads; it is optional for
 * short-lived programs.
 */
public final class HttpTransport implements AutoCloseable {
  static {
    // Lets the SDK's internal packages reach the engine without a public accessor.
    HttpEngine.registerAccess(t -> t.engine);
  }

  private final HttpEngine engine;

  private HttpTransport(HttpEngine engine) {
    this.engine = engine;
  }

  /**
   * Builds a transport.
   *
   * @param config the transport settings
   * @return the transport
   */
  public static HttpTransport create(HttpConfig config) {
    return new HttpTransport(HttpEngine.create(Objects.requireNonNull(config, "config")));
  }

  /**
   * Returns the settings.
   *
   * @return the configuration
   */
  public HttpConfig config() {
    return engine.config();
  }

  @Override
  public void close() {
    engine.close();
  }

  @Override
  public String toString() {
    return "HttpTransport[" + engine.config() + "]";
  }
}
