package io.github.fsonboard.core.internal.http;

import io.github.fsonboard.core.error.FsOnboardException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Checks a URL a server handed out before credentials are sent to it (a {@code
 * registration_client_uri}, a discovered endpoint): it must be https (plain http only where the
 * user's own URL is http on loopback, as in tests) and on the origin the user configured. A server,
 * or anyone able to alter its answer, must not be able to point the SDK's credentials elsewhere.
 */
public final class ServerUrls {
  private ServerUrls() {}

  /**
   * Returns {@code supplied} when it is on {@code configured}'s origin.
   *
   * @param supplied the URL the server gave
   * @param configured the URL the user configured
   * @param field what the URL is, e.g. {@code registration_client_uri}
   * @return {@code supplied}
   * @throws FsOnboardException when the URL is on another origin or downgrades to http
   */
  public static URI requireSameOrigin(URI supplied, URI configured, String field) {
    return requireTrusted(supplied, configured, List.of(), field);
  }

  /**
   * Returns {@code supplied} when it is on {@code configured}'s origin or one of {@code trusted}
   * ({@link io.github.fsonboard.core.http.HttpConfig#trustedOrigins()}).
   *
   * @param supplied the URL the server gave
   * @param configured the URL the user configured
   * @param trusted further origins the user allowed
   * @param field what the URL is, e.g. {@code registration_client_uri}
   * @return {@code supplied}
   * @throws FsOnboardException when the URL is on no allowed origin
   */
  public static URI requireTrusted(URI supplied, URI configured, List<URI> trusted, String field) {
    if (supplied == null || !supplied.isAbsolute() || supplied.getHost() == null) {
      throw new FsOnboardException("The server's " + field + " is not an absolute URL");
    }
    if (!sameOrigin(supplied, configured)
        && trusted.stream().noneMatch(t -> sameOrigin(supplied, t))) {
      throw new FsOnboardException(
          "The server's "
              + field
              + " "
              + Redactor.url(supplied.toString())
              + " is not on "
              + origin(configured)
              + " (nor on HttpConfig.trustedOrigins): no credentials are sent to it");
    }
    return supplied;
  }

  /**
   * Tells whether two URLs share scheme, host and port.
   *
   * @param a one URL
   * @param b the other
   * @return true on the same origin
   */
  public static boolean sameOrigin(URI a, URI b) {
    return a.getScheme() != null
        && b.getScheme() != null
        && a.getHost() != null
        && b.getHost() != null
        && a.getScheme().equalsIgnoreCase(b.getScheme())
        && a.getHost().equalsIgnoreCase(b.getHost())
        && port(a) == port(b)
        && a.getRawUserInfo() == null;
  }

  private static String origin(URI u) {
    return u.getScheme().toLowerCase(Locale.ROOT) + "://" + u.getHost() + ":" + port(u);
  }

  private static int port(URI u) {
    if (u.getPort() >= 0) {
      return u.getPort();
    }
    return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
  }
}
