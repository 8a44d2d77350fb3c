package io.github.fsonboard.core.cert;

import com.nimbusds.jose.util.Resource;
import com.nimbusds.jose.util.ResourceRetriever;
import io.github.fsonboard.core.error.FsOnboardException;
import io.github.fsonboard.core.http.HttpFetcher;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Nimbus {@link ResourceRetriever} over {@link HttpFetcher}, with a timeout and the fetcher's JWKS
 * limit ({@link io.github.fsonboard.core.http.ResponseLimits#jwks()}). The document is checked with
 * {@link Jwks#parse(String, long)} here, so a bad document counts as a failed fetch: Nimbus's
 * outage tolerance then keeps serving the previous good set.
 */
final class LimitedResourceRetriever implements ResourceRetriever {
  private final HttpFetcher fetcher;
  private final Duration timeout;
  private final long maxBytes;

  public LimitedResourceRetriever(HttpFetcher fetcher, Duration timeout) {
    this.fetcher = fetcher;
    this.timeout = timeout;
    this.maxBytes = fetcher.limits().jwks();
  }

  @Override
  public Resource retrieveResource(URL url) throws IOException {
    try {
      HttpFetcher.Response response =
          fetcher.fetch(
              new HttpFetcher.Request(
                  "GET",
                  url.toURI(),
                  null,
                  null,
                  "application/jwk-set+json, application/json",
                  timeout,
                  (int) maxBytes));
      if (response.status() != 200) {
        throw new IOException("JWKS fetch answered HTTP " + response.status());
      }
      String content = new String(response.body(), StandardCharsets.UTF_8);
      Jwks.parse(content, maxBytes);
      return new Resource(content, response.contentType());
    } catch (URISyntaxException e) {
      throw new IOException("JWKS URL is not a valid URI", e);
    } catch (FsOnboardException e) {
      throw new IOException(e.getMessage(), e);
    }
  }
}
