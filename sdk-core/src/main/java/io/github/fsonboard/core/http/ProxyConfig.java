package io.github.fsonboard.core.http;

import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.error.ValidationException;

/**
 * An HTTP proxy (CONNECT for https targets), optionally with Basic proxy credentials.
 *
 * <pre>{@code
 * ProxyConfig.http("proxy.bank.example", 3128).withCredentials("svc", Secret.of(pw));
 * }</pre>
 *
 * @param host the proxy host
 * @param port the proxy port
 * @param username the proxy user, or null for none
 * @param password the proxy password, or null for none
 */
public record ProxyConfig(String host, int port, String username, Secret password) {

  /** Validates the components. */
  public ProxyConfig {
    if (host == null || host.isBlank()) {
      throw new ValidationException("proxy.host", "is required");
    }
    if (host.contains("/") || host.chars().anyMatch(Character::isWhitespace)) {
      throw new ValidationException("proxy.host", "must be a host name or address, not a URL");
    }
    if (port < 1 || port > 65535) {
      throw new ValidationException("proxy.port", "must be 1..65535, got " + port);
    }
    if ((username == null) != (password == null)) {
      throw new ValidationException("proxy.username", "and proxy.password must be given together");
    }
    if (username != null && username.isBlank()) {
      throw new ValidationException("proxy.username", "must not be blank");
    }
  }

  /**
   * A proxy without credentials.
   *
   * @param host the proxy host
   * @param port the proxy port
   * @return the proxy configuration
   */
  public static ProxyConfig http(String host, int port) {
    return new ProxyConfig(host, port, null, null);
  }

  /**
   * Returns a copy with Basic proxy credentials.
   *
   * @param username the proxy user
   * @param password the proxy password
   * @return the proxy configuration
   */
  public ProxyConfig withCredentials(String username, Secret password) {
    return new ProxyConfig(host, port, username, password);
  }

  /**
   * Tells whether credentials are set.
   *
   * @return true when the proxy needs authentication
   */
  public boolean hasCredentials() {
    return username != null;
  }
}
