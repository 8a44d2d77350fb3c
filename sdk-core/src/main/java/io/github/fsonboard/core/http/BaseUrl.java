package io.github.fsonboard.core.http;

import io.github.fsonboard.core.error.ValidationException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A validated server base URL, e.g. {@code https://is.bank.example:9446}. Only absolute {@code
 * https} URLs are accepted, except {@code http} to a loopback host ({@code localhost}, {@code
 * 127.0.0.0/8}, {@code [::1]}) for local tests.
 *
 * <pre>{@code
 * BaseUrl is = BaseUrl.of("https://is.bank.example:9446");
 * URI token = is.resolve("/oauth2/token");
 * }</pre>
 *
 * @param uri the normalised URI, without a trailing slash, query or fragment
 */
public record BaseUrl(URI uri) {

  /** Validates the URI. */
  public BaseUrl {
    check(uri, "baseUrl");
  }

  /**
   * Parses and validates a base URL.
   *
   * @param url the URL text
   * @return the base URL
   * @throws ValidationException naming {@code baseUrl} when the URL is missing, relative, not https
   *     (outside loopback), or carries a query or fragment
   */
  public static BaseUrl of(String url) {
    return of(url, "baseUrl");
  }

  /**
   * Parses and validates a URL, naming {@code field} in any error.
   *
   * @param url the URL text
   * @param field the name to report in errors, e.g. {@code "tokenEndpoint"}
   * @return the base URL
   * @throws ValidationException naming {@code field} when the URL is unusable
   */
  public static BaseUrl of(String url, String field) {
    if (url == null || url.isBlank()) {
      throw new ValidationException(field, "is required");
    }
    URI uri;
    try {
      uri = new URI(url.trim());
    } catch (URISyntaxException e) {
      throw new ValidationException(field, "is not a valid URL: " + e.getReason());
    }
    check(uri, field);
    String path = uri.getPath() == null ? "" : uri.getPath();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    try {
      return new BaseUrl(
          new URI(
              uri.getScheme().toLowerCase(Locale.ROOT),
              null,
              uri.getHost(),
              uri.getPort(),
              path.isEmpty() ? null : path,
              null,
              null));
    } catch (URISyntaxException e) {
      throw new ValidationException(field, "is not a valid URL: " + e.getReason());
    }
  }

  /**
   * Resolves a path against this base URL, keeping the base's own path prefix.
   *
   * @param path a path such as {@code "/oauth2/token"} or {@code "oauth2/token"}
   * @return the absolute URI
   */
  public URI resolve(String path) {
    String base = uri.toString();
    if (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return URI.create(base + (path.startsWith("/") ? path : "/" + path));
  }

  @Override
  public String toString() {
    return uri.toString();
  }

  private static void check(URI uri, String field) {
    if (uri == null) {
      throw new ValidationException(field, "is required");
    }
    if (!uri.isAbsolute() || uri.getHost() == null) {
      throw new ValidationException(field, "must be an absolute URL with a host, got " + uri);
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new ValidationException(field, "must not carry a query or fragment");
    }
    if (uri.getRawUserInfo() != null) {
      throw new ValidationException(field, "must not carry credentials; configure them instead");
    }
    if (uri.getPort() == 0 || uri.getPort() > 65535) {
      // OkHttp would refuse it later with an IllegalArgumentException
      throw new ValidationException(field, "has an invalid port " + uri.getPort());
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("https")) {
      return;
    }
    if (scheme.equals("http") && isLoopback(uri.getHost())) {
      return;
    }
    throw new ValidationException(
        field, "must use https (http is allowed only for loopback hosts), got " + scheme);
  }

  private static boolean isLoopback(String host) {
    String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    if (h.equalsIgnoreCase("localhost")) {
      return true;
    }
    // Only literal addresses: never trigger a DNS lookup while validating.
    if (!h.matches("[0-9.]+|[0-9a-fA-F:]+")) {
      return false;
    }
    try {
      return InetAddress.getByName(h).isLoopbackAddress();
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }
}
