package io.github.fsonboard.core.oauth;

import io.github.fsonboard.core.auth.Authentication;
import io.github.fsonboard.core.auth.CachingTokenProvider;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.auth.TokenProvider;
import io.github.fsonboard.core.error.FsOnboardException;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.http.BaseUrl;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.internal.http.HttpEngine;
import io.github.fsonboard.core.internal.http.HttpResult;
import io.github.fsonboard.core.internal.http.RawCall;
import io.github.fsonboard.core.internal.http.RetrySafe;
import io.github.fsonboard.core.internal.json.JsonNumbers;
import io.github.fsonboard.core.internal.oauth.ClientAuthenticator;
import io.github.fsonboard.core.observe.SdkListener;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Talks to an OAuth 2.0 token endpoint: form-encoded requests, client authentication by HTTP Basic,
 * form body, {@code private_key_jwt} or none, and every grant of {@link TokenRequest}. Calls go
 * through the same transport (proxy, TLS trust, mTLS, retries, logging) as the rest of the SDK.
 * Errors come back as {@link io.github.fsonboard.core.error.ApiException}s whose payload carries
 * OAuth's {@code error} and {@code error_description}.
 *
 * <pre>{@code
 * OAuthTokenClient tokens = OAuthTokenClient.builder()
 *     .tokenEndpoint("https://is.bank.example:9446/oauth2/token")
 *     .clientAuthentication(ClientAuthentication.clientSecretBasic(consumerKey, consumerSecret))
 *     .httpConfig(HttpConfig.builder().trust(Trust.pem(caPem)).build())
 *     .build();
 * TokenResponse t = tokens.request(TokenRequest.clientCredentials("accounts"));
 * TokenProvider cached = tokens.tokenProvider(TokenRequest.clientCredentials("accounts"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class OAuthTokenClient {

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

  private OAuthTokenClient(Builder b, HttpEngine engine) {
    this.tokenEndpoint = b.tokenEndpoint;
    this.tokenUrl = HttpUrl.get(b.tokenEndpoint.toString());
    this.clientAuthentication = b.clientAuthentication;
    this.http = engine.client(Authentication.none());
    this.clock = b.clock;
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
    FormBody.Builder form = new FormBody.Builder().add("grant_type", request.grantType());
    request.parameters().forEach((k, v) -> form.add(k, reveal(v)));
    Request.Builder http =
        RawCall.tokenResponse(
            new Request.Builder().url(tokenUrl).header("Accept", "application/json"));
    ClientAuthenticator.apply(clientAuthentication, tokenEndpoint.toString(), clock, form, http);
    if (request.isRepeatable()) {
      http.header(RetrySafe.HEADER, "true");
    }
    Instant sentAt = clock.instant();
    HttpResult<String> result = RawCall.execute(this.http, http.post(form.build()).build());
    return parse(result.body(), sentAt);
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

  /** Builds an {@link OAuthTokenClient}. */
  public static final class Builder {
    private URI tokenEndpoint;
    private ClientAuthentication clientAuthentication;
    private HttpTransport transport;
    private HttpConfig httpConfig;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Sets the token endpoint.
     *
     * @param url an absolute https URL (http only for loopback)
     * @return this builder
     */
    public Builder tokenEndpoint(String url) {
      this.tokenEndpoint = BaseUrl.of(url, "tokenEndpoint").uri();
      return this;
    }

    /**
     * Sets the token endpoint.
     *
     * @param uri an absolute https URI (http only for loopback)
     * @return this builder
     */
    public Builder tokenEndpoint(URI uri) {
      return tokenEndpoint(uri == null ? null : uri.toString());
    }

    /**
     * Sets how the client authenticates.
     *
     * @param clientAuthentication the client authentication
     * @return this builder
     */
    public Builder clientAuthentication(ClientAuthentication clientAuthentication) {
      this.clientAuthentication = clientAuthentication;
      return this;
    }

    /**
     * Shares an existing transport (pool, TLS, proxy, retry).
     *
     * @param transport the transport
     * @return this builder
     */
    public Builder transport(HttpTransport transport) {
      this.transport = transport;
      return this;
    }

    /**
     * Builds a private transport from these settings (ignored when a transport is given).
     *
     * @param httpConfig the settings
     * @return this builder
     */
    public Builder httpConfig(HttpConfig httpConfig) {
      this.httpConfig = httpConfig;
      return this;
    }

    /**
     * Sets the clock used to compute expiry (for tests).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Validation.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws ValidationException when the endpoint or client authentication is missing
     */
    public OAuthTokenClient build() {
      if (tokenEndpoint == null) {
        throw new ValidationException("tokenEndpoint", "is required");
      }
      if (clientAuthentication == null) {
        throw new ValidationException("clientAuthentication", "is required");
      }
      HttpConfig config =
          transport != null
              ? transport.config()
              : httpConfig == null ? HttpConfig.defaults() : httpConfig;
      ClientAuthenticator.requireTransportFor(clientAuthentication, config);
      HttpEngine engine = transport != null ? HttpEngine.of(transport) : HttpEngine.create(config);
      return new OAuthTokenClient(this, engine);
    }
  }
}
