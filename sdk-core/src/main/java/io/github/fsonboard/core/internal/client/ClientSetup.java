package io.github.fsonboard.core.internal.client;

import io.github.fsonboard.core.http.BaseUrl;
import io.github.fsonboard.core.internal.builder.BuilderProblems;
import java.net.URI;

/**
 * What a top-level client's builder records while it is being configured: the {@link
 * BuilderProblems} every builder uses, plus parsing of the base and endpoint URLs a client needs,
 * so that {@code build()} reports every bad value at once instead of the first one a setter met.
 *
 * <p>A URL that does not parse is remembered as a problem of its field (and {@code null} is kept),
 * and setting the field again replaces the problem, so the last value set wins exactly as it does
 * for good values.
 *
 * <p>One instance per builder; not thread-safe (builders are not).
 */
public final class ClientSetup extends BuilderProblems {
  /** Starts an empty record. */
  public ClientSetup() {}

  /**
   * Parses a base URL set on the builder.
   *
   * @param field the builder setting, used in the message
   * @param text the URL as given; {@code null} is recorded as missing
   * @return the URL, or {@code null} when it is unusable (the problem is recorded)
   */
  public BaseUrl baseUrl(String field, String text) {
    return parsed(field, () -> BaseUrl.of(text, field));
  }

  /**
   * Parses an absolute endpoint URL (same rules as a base URL: https, a host, no query, no
   * credentials).
   *
   * @param field the builder setting
   * @param text the URL as given
   * @return the URL, or {@code null} when it is unusable (the problem is recorded)
   */
  public URI endpoint(String field, String text) {
    BaseUrl url = baseUrl(field, text);
    return url == null ? null : url.uri();
  }
}
