package io.github.fsonboard.core.oauth;

import io.github.fsonboard.core.auth.Authentication;
import io.github.fsonboard.core.auth.CachingTokenProvider;
import io.github.fsonboard.core.auth.ClientAuthentication;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.auth.TokenProvider;
import io.github.fsonboard.core.error.ApiException;
import io.github.fsonboard.core.error.FsOnboardException;
import io.github.fsonboard.core.error.OAuthError;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.internal.client.ClientTransport;
import io.github.fsonboard.core.internal.http.HttpEngine;
import io.github.fsonboard.core.internal.http.RawCall;
import io.github.fsonboard.core.internal.http.RetrySafe;
import io.github.fsonboard.core.internal.json.JsonNumbers;
import io.github.fsonboard.core.internal.oauth.ClientAuthenticator;
import io.github.fsonboard.core.observe.SdkListener;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Talks to an OAuth 2.0 token endpoint: form-encoded requests, client authentication by HTTP Basic,
 * form body, {@code private_key_jwt} or none, and every grant of {@link TokenRequest}. Calls go
 * through the same transport (proxy, TLS trust, mTLS, retries, logging) as the rest of the SDK.
 * Errors come back as {@link io.github.fsonboard.core.error.ApiException}s whose payload carries
 * OAuth's {@code error} and {@code error_description}.
 *
 * <pre>{@code
 * try (OAuthTokenClient tokens = OAuthTokenClient.builder()
 *     .tokenEndpoint("https://is.bank.example:9446/oauth2/token")
 *     .clientAuthentication(ClientAuthentication.clientSecretBasic(consumerKey, consumerSecret))
 *     .httpConfig(HttpConfig.builder().trust(Trust.pem(caPem)).build())
 *     .build()) {
 *   TokenResponse t = tokens.request(TokenRequest.clientCredentials("accounts"));
 *   TokenProvider cached = tokens.tokenProvider(TokenRequest.clientCredentials("accounts"));
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe. {@link #close()} releases the connection pool when the client built
 * its own transport (from {@link Builder#httpConfig}); a transport passed in stays open. Token
 * providers made by {@link #tokenProvider} call through this client, so close it after them.
 */
public final class OAuthTokenClient implements AutoCloseable {

  /** The members {@link TokenResponse} has accessors for; the rest go to its additional map. */
  private static final Set<String> STANDARD_MEMBERS =
      Set.of("access_token", "token_type", "expires_in", "refresh_token", "id_token", "scope");

  private final URI tokenEndpoint;
  // Parsed once: OkHttp would otherwise parse and canonicalize the URL text on every request.
  private final HttpUrl tokenUrl;
  private final ClientAuthentication clientAuthentication;
  private final OkHttpClient http;
  private final Clock clock;
  private final SdkListener listener;
  private final ClientTransport transport;
  private final DpopKey dpop;
  // RFC 9449 §8.2: the server's latest DPoP-Nonce goes into the next proof.
  private final AtomicReference<String> dpopNonce = new AtomicReference<>();

  private OAuthTokenClient(Builder b, ClientTransport transport) {
    HttpEngine engine = HttpEngine.of(transport.transport());
    this.transport = transport;
    this.tokenEndpoint = b.setup.endpoint();
    this.tokenUrl = HttpUrl.get(tokenEndpoint.toString());
    this.clientAuthentication = b.setup.clientAuthentication();
    this.dpop = b.dpop;
    OkHttpClient base = engine.client(Authentication.none());
    this.http =
        dpop == null ? base : base.newBuilder().addInterceptor(new DpopNonceKeeper()).build();
    this.clock = b.setup.clock();
    this.listener = engine.config().listener();
  }

  /**
   * Starts a builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the token endpoint.
   *
   * @return the endpoint URI
   */
  public URI tokenEndpoint() {
    return tokenEndpoint;
  }

  /**
   * Returns the client authentication.
   *
   * @return the client authentication
   */
  public ClientAuthentication clientAuthentication() {
    return clientAuthentication;
  }

  /**
   * Sends a token request.
   *
   * @param request the grant and its parameters
   * @return the token response
   * @throws io.github.fsonboard.core.error.ApiException with OAuth's {@code error} when the server
   *     refuses (e.g. {@code invalid_grant} for a wrong PKCE verifier)
   * @throws io.github.fsonboard.core.error.TransportException when the server cannot be reached
   */
  public TokenResponse request(TokenRequest request) {
    Validation.requireNonNull(request, "request");
    String nonce = dpopNonce.get();
    Instant sentAt = clock.instant();
    try {
      return parse(RawCall.execute(this.http, build(request, nonce)).body(), sentAt);
    } catch (ApiException e) {
      // RFC 9449 §8: the server refused the proof for want of its nonce and did not act on the
      // request, so it is sent once more (fresh assertion, fresh proof) with the nonce it named.
      String fresh = dpopNonce.get();
      if (dpop == null
          || e.oauthError().orElse(null) != OAuthError.USE_DPOP_NONCE
          || fresh == null
          || fresh.equals(nonce)) {
        throw e;
      }
      sentAt = clock.instant();
      return parse(RawCall.execute(this.http, build(request, fresh)).body(), sentAt);
    }
  }

  private Request build(TokenRequest request, String nonce) {
    FormBody.Builder form = new FormBody.Builder().add("grant_type", request.grantType());
    request.parameters().forEach((k, v) -> form.add(k, reveal(v)));
    Request.Builder http =
        RawCall.tokenResponse(
            new Request.Builder().url(tokenUrl).header("Accept", "application/json"));
    ClientAuthenticator.apply(clientAuthentication, tokenEndpoint.toString(), clock, form, http);
    if (request.isRepeatable()) {
      http.header(RetrySafe.HEADER, "true");
    }
    if (dpop != null) {
      http.header("DPoP", dpop.proof("POST", tokenEndpoint, nonce, null));
    }
    return http.post(form.build()).build();
  }

  /**
   * Shortcut for {@code request(TokenRequest.clientCredentials(scopes))}.
   *
   * @param scopes the requested scopes
   * @return the token response
   */
  public TokenResponse clientCredentials(String... scopes) {
    return request(TokenRequest.clientCredentials(scopes));
  }

  /**
   * A caching, single-flight {@link TokenProvider} that sends {@code request} whenever it needs a
   * new token. Use it with grants that can be repeated (client credentials, password).
   *
   * @param request the grant to repeat
   * @return the provider
   */
  public TokenProvider tokenProvider(TokenRequest request) {
    if (!request.isRepeatable()) {
      throw new ValidationException(
          "grant_type", request.grantType() + " cannot be repeated by a token provider");
    }
    return CachingTokenProvider.builder(() -> request(request).toAccessToken())
        .clock(clock)
        .listener(listener)
        .build();
  }

  /** The transport and whether this client owns it (for the close tests). */
  ClientTransport ownership() {
    return transport;
  }

  /** Releases the connection pool when this client built its own transport. */
  @Override
  public void close() {
    transport.close();
  }

  private static String reveal(Object value) {
    return value instanceof Secret s ? s.reveal() : value.toString();
  }

  private static TokenResponse parse(String body, Instant sentAt) {
    Map<String, Object> json = RawCall.jsonObject(body, "Token response");
    Object accessToken = json.get("access_token");
    if (!(accessToken instanceof String at) || at.isEmpty()) {
      throw new FsOnboardException("Token response carries no access_token");
    }
    Map<String, Object> additional = new HashMap<>();
    json.forEach(
        (k, v) -> {
          if (!STANDARD_MEMBERS.contains(k) && v != null) {
            additional.put(k, v);
          }
        });
    return new TokenResponse(
        Secret.of(at),
        json.get("token_type") instanceof String t ? t : "Bearer",
        seconds(json.get("expires_in")),
        json.get("refresh_token") instanceof String r ? Secret.of(r) : null,
        json.get("id_token") instanceof String i ? Secret.of(i) : null,
        json.get("scope") instanceof String s && !s.isBlank() ? scopes(s) : Set.of(),
        sentAt,
        additional);
  }

  /** RFC 6749 §3.3: space-delimited; split by hand, as a regular expression costs every call. */
  private static Set<String> scopes(String text) {
    Set<String> out = new LinkedHashSet<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && isSpace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !isSpace(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        out.add(text.substring(start, i));
      }
    }
    return out;
  }

  /** The characters of the regular expression class {@code \s}. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  private static final long MAX_EXPIRES_IN = 10L * 366 * 24 * 3600;

  private static Duration seconds(Object value) {
    try {
      long s;
      Long exact = JsonNumbers.asLong(value);
      if (exact != null) {
        s = exact;
      } else if (value instanceof Number n) {
        // A fraction or a number beyond a long: the cast truncates and saturates, never wraps.
        s = (long) n.doubleValue();
      } else if (value instanceof String text && !text.isBlank()) {
        s = Long.parseLong(text.trim());
      } else {
        return null;
      }
      if (s < 0) {
        throw new FsOnboardException("Token response has a negative expires_in: " + s);
      }
      // WSO2 answers Long.MAX_VALUE / 1000 for a token that never expires (identity-inbound-
      // auth-oauth TokenResponseTypeHandler.issue); a hostile 9.2e18 would overflow every Instant
      // computed from it. Either way: ten years is "never".
      return Duration.ofSeconds(Math.min(s, MAX_EXPIRES_IN));
    } catch (NumberFormatException e) {
      throw new FsOnboardException("Token response has a non-numeric expires_in");
    }
  }

  /** RFC 9449 §8.2: keeps the server's latest {@code DPoP-Nonce} for the next proof. */
  private final class DpopNonceKeeper implements Interceptor {
    private static final int MAX_NONCE_LENGTH = 512;

    @Override
    public Response intercept(Chain chain) throws IOException {
      Response response = chain.proceed(chain.request());
      String nonce = response.header("DPoP-Nonce");
      if (nonce != null && !nonce.isEmpty() && nonce.length() <= MAX_NONCE_LENGTH) {
        dpopNonce.set(nonce);
      }
      return response;
    }
  }

  /** Builds an {@link OAuthTokenClient}. */
  public static final class Builder {
    private final OAuthClientSetup setup = new OAuthClientSetup("tokenEndpoint");
    private DpopKey dpop;

    private Builder() {}

    /**
     * Sends a DPoP proof (RFC 9449) with every token request, so the tokens are bound to this key
     * ({@code token_type} {@code DPoP}); a {@code use_dpop_nonce} refusal is answered once with the
     * server's nonce.
     *
     * @param dpop the client's DPoP key, or null for none
     * @return this builder
     */
    public Builder dpop(DpopKey dpop) {
      this.dpop = dpop;
      return this;
    }

    /**
     * Sets the token endpoint.
     *
     * @param url an absolute https URL (http only for loopback)
     * @return this builder
     */
    public Builder tokenEndpoint(String url) {
      setup.endpoint(url);
      return this;
    }

    /**
     * Sets the token endpoint.
     *
     * @param uri an absolute https URI (http only for loopback)
     * @return this builder
     */
    public Builder tokenEndpoint(URI uri) {
      setup.endpoint(uri);
      return this;
    }

    /**
     * Sets how the client authenticates.
     *
     * @param clientAuthentication the client authentication
     * @return this builder
     */
    public Builder clientAuthentication(ClientAuthentication clientAuthentication) {
      setup.clientAuthentication(clientAuthentication);
      return this;
    }

    /**
     * Shares an existing transport (pool, TLS, proxy, retry).
     *
     * @param transport the transport
     * @return this builder
     */
    public Builder transport(HttpTransport transport) {
      setup.transport(transport);
      return this;
    }

    /**
     * Builds a private transport from these settings (ignored when a transport is given).
     *
     * @param httpConfig the settings
     * @return this builder
     */
    public Builder httpConfig(HttpConfig httpConfig) {
      setup.httpConfig(httpConfig);
      return this;
    }

    /**
     * Sets the clock used to compute expiry (for tests).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      setup.clock(clock);
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws ValidationException naming every missing or unusable setting at once
     */
    public OAuthTokenClient build() {
      setup.check().throwIfInvalid();
      return new OAuthTokenClient(this, setup.openTransport());
    }
  }
}
