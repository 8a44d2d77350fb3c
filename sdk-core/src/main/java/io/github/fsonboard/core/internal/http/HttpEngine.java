package io.github.fsonboard.core.internal.http;

import io.github.fsonboard.core.auth.Authentication;
import io.github.fsonboard.core.error.FsOnboardException;
import io.github.fsonboard.core.http.BaseUrl;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.http.ProxyConfig;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.Credentials;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * The OkHttp client behind one {@link io.github.fsonboard.core.http.HttpTransport}: timeouts, TLS
 * trust and client certificate, proxy, retry and logging. Clients derived for a base URL or an
 * authentication share its connection pool and dispatcher.
 */
public final class HttpEngine {
  private static volatile Function<HttpTransport, HttpEngine> access;

  private final HttpConfig config;
  private final OkHttpClient client;

  private HttpEngine(HttpConfig config, OkHttpClient client) {
    this.config = config;
    this.client = client;
  }

  /**
   * Called once by {@link HttpTransport}'s class initializer. A second registration is refused:
   * anything else registering would be handed every transport's engine (its credentials' path).
   *
   * @param accessor reads a transport's engine
   * @throws FsOnboardException when an accessor is already registered
   */
  public static synchronized void registerAccess(Function<HttpTransport, HttpEngine> accessor) {
    if (access != null) {
      throw new FsOnboardException("The transport accessor is already registered");
    }
    access = java.util.Objects.requireNonNull(accessor, "accessor");
  }

  /**
   * Returns the engine behind a public transport.
   *
   * @param transport the transport (its class is initialised, so the accessor is registered)
   * @return the engine
   */
  public static HttpEngine of(HttpTransport transport) {
    return access.apply(java.util.Objects.requireNonNull(transport, "transport"));
  }

  /**
   * Builds the engine.
   *
   * @param config the transport settings
   * @return the engine
   */
  public static HttpEngine create(HttpConfig config) {
    return create(config, RetryInterceptor.Sleeper.REAL);
  }

  static HttpEngine create(HttpConfig config, RetryInterceptor.Sleeper sleeper) {
    OkHttpClient.Builder b =
        new OkHttpClient.Builder()
            .connectTimeout(config.connectTimeout())
            .readTimeout(config.readTimeout())
            .writeTimeout(config.writeTimeout())
            .callTimeout(config.callTimeout())
            // OkHttp would otherwise silently resend a POST on a broken pooled connection.
            .retryOnConnectionFailure(false)
            .followRedirects(false)
            .addInterceptor(new RetryInterceptor(config.retryPolicy(), sleeper, config.listener()))
            // Runs once per attempt; client(authentication) swaps it for one that also adds
            // credentials (one request copy for both headers).
            .addInterceptor(new AuthInterceptor(config.userAgent(), Authentication.None.INSTANCE))
            // Innermost: bounds and scrubs every body before anything above reads it.
            .addInterceptor(new ResponseGuard(config.responseLimits()))
            // Outermost network interceptor: hides Retry-After from OkHttp's own 503 follow-up.
            .addNetworkInterceptor(new FollowUpBlocker())
            .addNetworkInterceptor(new LoggingInterceptor());
    b.sslSocketFactory(sslSocketFactory(config), trustManager(config));
    ProxyConfig proxy = config.proxy();
    if (proxy != null) {
      b.proxy(new Proxy(Proxy.Type.HTTP, new InetSocketAddress(proxy.host(), proxy.port())));
      if (proxy.hasCredentials()) {
        b.proxyAuthenticator(
            (route, response) -> {
              if (response.request().header("Proxy-Authorization") != null) {
                return null; // the proxy refused these credentials: don't loop
              }
              return response
                  .request()
                  .newBuilder()
                  .header(
                      "Proxy-Authorization",
                      Credentials.basic(proxy.username(), proxy.password().reveal()))
                  .build();
            });
      }
    }
    return new HttpEngine(config, b.build());
  }

  /**
   * Returns the settings this engine was built with.
   *
   * @return the configuration
   */
  public HttpConfig config() {
    return config;
  }

  /**
   * Returns an OkHttp client that authenticates every request as given. Shares this engine's pool.
   *
   * @param authentication how to authenticate
   * @return the client
   */
  public OkHttpClient client(Authentication authentication) {
    if (authentication == null || authentication instanceof Authentication.None) {
      return client;
    }
    OkHttpClient.Builder b = client.newBuilder();
    List<Interceptor> interceptors = b.interceptors();
    for (int i = 0; i < interceptors.size(); i++) {
      if (interceptors.get(i) instanceof AuthInterceptor) {
        interceptors.set(i, new AuthInterceptor(config.userAgent(), authentication));
      }
    }
    return b.build();
  }

  /**
   * Creates a Retrofit service for a base URL.
   *
   * @param baseUrl the server, with any path prefix (e.g. {@code /api/am/admin/v4})
   * @param authentication how to authenticate
   * @param api the Retrofit interface
   * @param <T> the interface type
   * @return the service
   */
  public <T> T service(BaseUrl baseUrl, Authentication authentication, Class<T> api) {
    return service(baseUrl, authentication, Map.of(), api);
  }

  /**
   * Creates a Retrofit service whose every request also carries fixed headers, e.g. WSO2's {@code
   * X-WSO2-Tenant} on anonymous reads of a tenant's catalogue.
   *
   * @param baseUrl the server, with any path prefix
   * @param authentication how to authenticate
   * @param headers header names and values set on every request
   * @param api the Retrofit interface
   * @param <T> the interface type
   * @return the service
   */
  public <T> T service(
      BaseUrl baseUrl, Authentication authentication, Map<String, String> headers, Class<T> api) {
    String url = baseUrl.uri().toString();
    OkHttpClient c = client(authentication);
    if (!headers.isEmpty()) {
      Map<String, String> fixed = Map.copyOf(headers);
      c =
          c.newBuilder()
              .addInterceptor(
                  chain -> {
                    Request.Builder b = chain.request().newBuilder();
                    fixed.forEach(b::header);
                    return chain.proceed(b.build());
                  })
              .build();
    }
    Retrofit retrofit =
        new Retrofit.Builder()
            .baseUrl(url.endsWith("/") ? url : url + "/")
            .client(c)
            .addConverterFactory(PathIds.converterFactory())
            .addConverterFactory(new NullOnEmptyConverterFactory())
            .addConverterFactory(MoshiConverterFactory.create(MoshiFactory.moshi()))
            .build();
    return retrofit.create(api);
  }

  /** Releases the pool's connections and the dispatcher's threads. */
  public void close() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }

  /**
   * Whether {@link #close()} has run (for tests of who closes a transport).
   *
   * @return true once closed
   */
  public boolean isClosed() {
    return client.dispatcher().executorService().isShutdown();
  }

  private static X509TrustManager trustManager(HttpConfig config) {
    if (config.trust().customSslContext() != null) {
      return config.trust().trustManager(); // the caller's context decides trust
    }
    return new StrengthTrustManager(config.trust().trustManager(), config.serverKeyStrength());
  }

  private static SSLSocketFactory sslSocketFactory(HttpConfig config) {
    if (config.trust().customSslContext() != null) {
      return config.trust().customSslContext().getSocketFactory();
    }
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(
          config.clientCertificate() == null ? null : config.clientCertificate().keyManagers(),
          new javax.net.ssl.TrustManager[] {trustManager(config)},
          null);
      return context.getSocketFactory();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("TLS is not available in this JVM", e);
    }
  }
}
