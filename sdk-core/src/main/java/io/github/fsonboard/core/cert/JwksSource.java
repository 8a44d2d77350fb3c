package io.github.fsonboard.core.cert;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.SecurityContext;
import io.github.fsonboard.core.error.TransportException;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.http.HttpFetcher;
import java.io.Closeable;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A JWKS, fetched from a URL and cached with nimbus-jose-jwt's {@link JWKSourceBuilder}: time to
 * live with refresh-ahead, a single-flight refresh when an unknown {@code kid} is asked for,
 * rate-limited to one refresh per {@code minRefreshInterval}, and outage tolerance that keeps
 * serving the last good set when a refresh fails. Fetches run on the {@link HttpFetcher} (by
 * default {@link HttpFetcher#defaults()}; {@link HttpFetcher#on} for a configured transport), have
 * a timeout and the fetcher's {@link io.github.fsonboard.core.http.ResponseLimits#jwks()} size
 * limit, and the document must pass {@link Jwks#parse(String, long)} (no private keys, no duplicate
 * kids).
 *
 * <pre>{@code
 * try (JwksSource jwks = JwksSource.builder(URI.create("https://is.example.com/oauth2/jwks"))
 *     .cacheTtl(Duration.ofMinutes(5))
 *     .build()) {
 *   Optional<JWK> key = jwks.keyById("abc");
 * }
 * }</pre>
 *
 * <p>Thread-safe. Close it to stop the background refresh thread.
 */
public final class JwksSource implements Closeable {
  private final JWKSource<SecurityContext> source;
  private final String description;

  private JwksSource(JWKSource<SecurityContext> source, String description) {
    this.source = source;
    this.description = description;
  }

  /**
   * Wraps a fixed key set, e.g. one configured by hand or parsed with {@link Jwks#parse}.
   *
   * @param jwks the keys
   * @return a source that never fetches
   */
  public static JwksSource of(JWKSet jwks) {
    Validation.requireNonNull(jwks, "jwks");
    return new JwksSource(new ImmutableJWKSet<>(jwks), "fixed JWKS");
  }

  /**
   * Starts a source for a JWKS URL.
   *
   * @param jwksUri e.g. {@code https://is.example.com/oauth2/jwks}
   * @return a builder
   */
  public static Builder builder(URI jwksUri) {
    return new Builder(jwksUri);
  }

  /**
   * Returns every key currently known, fetching when the cache is empty or expired.
   *
   * @return the keys
   * @throws TransportException when no set could be fetched and none is cached
   */
  public JWKSet keySet() {
    return new JWKSet(select(new JWKMatcher.Builder().build()));
  }

  /**
   * Finds a key by {@code kid}. An unknown {@code kid} triggers one (rate-limited) refresh, so a
   * key the owner just published is found.
   *
   * @param kid the key id
   * @return the key, empty when the owner does not publish it
   * @throws TransportException when no set could be fetched and none is cached
   */
  public Optional<JWK> keyById(String kid) {
    Validation.requireNonBlank(kid, "kid");
    try {
      return source.get(new JWKSelector(new JWKMatcher.Builder().keyID(kid).build()), null).stream()
          .findFirst();
    } catch (RateLimitReachedException e) {
      // The cached set lacks the kid and a refresh ran moments ago: the owner does not publish it.
      return Optional.empty();
    } catch (KeySourceException e) {
      throw unavailable(description, e);
    }
  }

  /**
   * Lists the keys for a use and an algorithm, e.g. the signature keys a client may check a token
   * with. A key that does not state its {@code use} or {@code alg} matches any value (RFC 7517
   * §4.2, §4.4: both are optional).
   *
   * @param use {@code sig} or {@code enc}, or null for any
   * @param algorithm e.g. {@code PS256}, or null for any
   * @return the keys in document order, fetching when the cache is empty or expired
   * @throws TransportException when no set could be fetched and none is cached
   */
  public List<JWK> keys(String use, String algorithm) {
    return keySet().getKeys().stream()
        .filter(k -> use == null || k.getKeyUse() == null || use.equals(k.getKeyUse().identifier()))
        .filter(
            k ->
                algorithm == null
                    || k.getAlgorithm() == null
                    || algorithm.equals(k.getAlgorithm().getName()))
        .toList();
  }

  /**
   * Returns the underlying Nimbus source, for use with Nimbus processors.
   *
   * @return the source
   */
  public JWKSource<SecurityContext> asJwkSource() {
    return source;
  }

  private List<JWK> select(JWKMatcher matcher) {
    try {
      return source.get(new JWKSelector(matcher), null);
    } catch (KeySourceException e) {
      throw unavailable(description, e);
    }
  }

  /**
   * A failed fetch as a {@link TransportException} of the kind the transport reported (an untrusted
   * certificate stays {@link TransportException.Kind#TLS}, a timeout {@link
   * TransportException.Kind#TIMEOUT}); HTTP errors and bad documents are {@link
   * TransportException.Kind#IO}.
   *
   * @param what e.g. {@code JWKS at https://...}
   * @param e Nimbus's failure, whose causes hold the transport's
   * @return the exception to throw
   */
  static TransportException unavailable(String what, Exception e) {
    TransportException.Kind kind = TransportException.Kind.IO;
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof TransportException te) {
        kind = te.kind();
        break;
      }
    }
    return new TransportException(kind, what + " unavailable: " + e.getMessage(), e);
  }

  /** Stops background refreshes. */
  @Override
  public void close() {
    if (source instanceof Closeable c) {
      try {
        c.close();
      } catch (IOException e) {
        // nothing held that matters after close
      }
    }
  }

  @Override
  public String toString() {
    return "JwksSource[" + description + "]";
  }

  /** Configures a {@link JwksSource}. Defaults follow Nimbus, with longer HTTP timeouts. */
  public static final class Builder {
    private final URI uri;
    private Duration timeout = Duration.ofSeconds(5);
    private Duration cacheTtl = Duration.ofMinutes(5);
    private Duration refreshTimeout = Duration.ofSeconds(15);
    private Duration refreshAhead = Duration.ofSeconds(30);
    private Duration minRefreshInterval = Duration.ofSeconds(30);
    private Duration outageTolerance = Duration.ofHours(1);
    private HttpFetcher fetcher = HttpFetcher.defaults();

    private Builder(URI uri) {
      this.uri = uri;
    }

    /**
     * Sets the connect and read timeout of each fetch.
     *
     * @param timeout default 5 s
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    /**
     * Sets how long a fetched set is used before it is fetched again.
     *
     * @param cacheTtl default 5 min
     * @return this builder
     */
    public Builder cacheTtl(Duration cacheTtl) {
      this.cacheTtl = cacheTtl;
      return this;
    }

    /**
     * Sets how long callers wait for a refresh another thread started (single flight).
     *
     * @param refreshTimeout default 15 s
     * @return this builder
     */
    public Builder refreshTimeout(Duration refreshTimeout) {
      this.refreshTimeout = refreshTimeout;
      return this;
    }

    /**
     * Sets how long before expiry a refresh starts in the background.
     *
     * @param refreshAhead default 30 s
     * @return this builder
     */
    public Builder refreshAhead(Duration refreshAhead) {
      this.refreshAhead = refreshAhead;
      return this;
    }

    /**
     * Sets the shortest interval between two fetches, including those caused by unknown kids.
     *
     * @param minRefreshInterval default 30 s
     * @return this builder
     */
    public Builder minRefreshInterval(Duration minRefreshInterval) {
      this.minRefreshInterval = minRefreshInterval;
      return this;
    }

    /**
     * Sets how long the last good set is served while the URL keeps failing.
     *
     * @param outageTolerance default 1 h
     * @return this builder
     */
    public Builder outageTolerance(Duration outageTolerance) {
      this.outageTolerance = outageTolerance;
      return this;
    }

    /**
     * Sets the HTTP client, e.g. {@link HttpFetcher#on} the SDK's shared transport; its {@link
     * HttpFetcher#limits()} bound the document.
     *
     * @param fetcher default {@link HttpFetcher#defaults()}
     * @return this builder
     */
    public Builder httpFetcher(HttpFetcher fetcher) {
      this.fetcher = fetcher;
      return this;
    }

    /**
     * Validates the settings and builds the source. Nothing is fetched yet.
     *
     * @return the source
     * @throws ValidationException naming each bad setting
     */
    public JwksSource build() {
      Validation v = new Validation();
      v.require(
          uri != null
              && uri.getHost() != null
              && ("https".equalsIgnoreCase(uri.getScheme())
                  || "http".equalsIgnoreCase(uri.getScheme())),
          "jwksUri",
          "must be an absolute http(s) URI");
      v.require(positive(timeout), "timeout", "must be positive");
      v.require(positive(refreshTimeout), "refreshTimeout", "must be positive");
      v.require(positive(refreshAhead), "refreshAhead", "must be positive");
      v.require(positive(minRefreshInterval), "minRefreshInterval", "must be positive");
      v.require(positive(outageTolerance), "outageTolerance", "must be positive");
      v.require(
          positive(cacheTtl)
              && positive(refreshTimeout)
              && positive(refreshAhead)
              && positive(minRefreshInterval)
              && cacheTtl.compareTo(refreshTimeout.plus(refreshAhead)) > 0
              && cacheTtl.compareTo(minRefreshInterval) > 0,
          "cacheTtl",
          "must exceed refreshTimeout + refreshAhead and minRefreshInterval");
      v.require(fetcher != null, "httpFetcher", "is required");
      v.throwIfInvalid();
      try {
        JWKSource<SecurityContext> source =
            JWKSourceBuilder.<SecurityContext>create(
                    uri.toURL(), new LimitedResourceRetriever(fetcher, timeout))
                .cache(cacheTtl.toMillis(), refreshTimeout.toMillis())
                .refreshAheadCache(
                    refreshAhead.toMillis(), null, refreshExecutor(), true, null, false)
                .rateLimited(minRefreshInterval.toMillis())
                .outageTolerant(outageTolerance.toMillis())
                .retrying(false)
                .build();
        return new JwksSource(source, "JWKS at " + uri);
      } catch (MalformedURLException | IllegalArgumentException e) {
        throw new ValidationException("jwksUri", "is not a valid URL");
      }
    }

    /**
     * One daemon thread that exits when idle, so a source the caller forgets to close never keeps
     * the JVM alive (Nimbus's default executor does).
     */
    private static ExecutorService refreshExecutor() {
      ThreadPoolExecutor executor =
          new ThreadPoolExecutor(
              1,
              1,
              30,
              TimeUnit.SECONDS,
              new LinkedBlockingQueue<>(),
              r -> {
                Thread t = new Thread(r, "fsonboard-jwks-refresh");
                t.setDaemon(true);
                return t;
              });
      executor.allowCoreThreadTimeOut(true);
      return executor;
    }

    private static boolean positive(Duration d) {
      return d != null && !d.isNegative() && !d.isZero();
    }
  }
}
