package io.github.fsonboard.core.internal.client;

import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.HttpTransport;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The transport a top-level client calls through, and whether the client owns it.
 *
 * <p>A transport the caller passed in is shared (other clients may use it) and is never closed
 * here; a transport built from the client's {@link HttpConfig} belongs to the client and is closed
 * with it. {@link #close()} is idempotent and thread-safe.
 */
public final class ClientTransport implements AutoCloseable {
  private final HttpTransport transport;
  private final boolean owned;
  private final AtomicBoolean closed = new AtomicBoolean();

  private ClientTransport(HttpTransport transport, boolean owned) {
    this.transport = transport;
    this.owned = owned;
  }

  /**
   * Picks the transport of a client: the shared one when given (the config is then ignored, as the
   * builders document), else a private one from the config (or the safe defaults).
   *
   * @param shared the caller's transport, or {@code null}
   * @param config settings for a private transport, or {@code null} for {@link
   *     HttpConfig#defaults()}
   * @return the transport and its ownership
   */
  public static ClientTransport of(HttpTransport shared, HttpConfig config) {
    if (shared != null) {
      return new ClientTransport(shared, false);
    }
    return new ClientTransport(
        HttpTransport.create(config == null ? HttpConfig.defaults() : config), true);
  }

  /**
   * The transport to call through.
   *
   * @return the transport
   */
  public HttpTransport transport() {
    return transport;
  }

  /**
   * Whether {@link #close()} releases the transport.
   *
   * @return true when the client built it
   */
  public boolean owned() {
    return owned;
  }

  /** Closes the transport when the client built it; a shared transport stays open. */
  @Override
  public void close() {
    if (owned && closed.compareAndSet(false, true)) {
      transport.close();
    }
  }
}
