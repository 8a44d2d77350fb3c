package io.github.fsonboard.core.oauth;

import io.github.fsonboard.core.auth.Authentication;
import io.github.fsonboard.core.auth.ClientAuthentication;
import io.github.fsonboard.core.auth.SigningKey;
import io.github.fsonboard.core.error.FsOnboardException;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.internal.builder.BuilderProblems;
import io.github.fsonboard.core.internal.client.ClientTransport;
import io.github.fsonboard.core.internal.http.HttpEngine;
import io.github.fsonboard.core.internal.http.HttpResult;
import io.github.fsonboard.core.internal.http.RawCall;
import io.github.fsonboard.core.internal.jose.Jws;
import io.github.fsonboard.core.internal.json.JsonNumbers;
import io.github.fsonboard.core.internal.oauth.ClientAuthenticator;
import io.github.fsonboard.core.pkce.AuthorizationRequest;
import io.github.fsonboard.core.pkce.RequestObject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Pushes authorization requests (RFC 9126, PAR) to the server's {@code
 * pushed_authorization_request_endpoint} with client authentication, and returns the {@code
 * request_uri} to send the user agent with. FAPI 2 requires PAR; with {@link
 * Builder#signRequestObjects(SigningKey, String)} every push carries a signed request object (RFC
 * 9101) as FAPI 1 Advanced and some FAPI 2 servers want.
 *
 * <pre>{@code
 * try (PushedAuthorizationClient par = PushedAuthorizationClient.builder()
 *     .endpoint(as.pushedAuthorizationRequestEndpoint())
 *     .clientAuthentication(ClientAuthentication.privateKeyJwt(clientId, signingKey))
 *     .signRequestObjects(signingKey, as.issuer())
 *     .transport(transport)
 *     .build()) {
 *   redirect(par.push(session.request()).authorizationUri());
 * }
 * }</pre>
 *
 * <p>A push is sent once, never retried: each one creates a server-side record and spends a client
 * assertion. A refusal is an {@link io.github.fsonboard.core.error.ApiException} with OAuth's
 * {@code error} ({@code invalid_request}, {@code invalid_client}, {@code invalid_request_object},
 * ...); the response is read within the token response limit. WSO2 IS answers 201 with {@code
 * request_uri} and {@code expires_in}, 401 {@code invalid_client} for failed client authentication
 * and 400 for the rest (identity-inbound-auth-oauth {@code OAuth2ParEndpoint.par}).
 *
 * <p>A {@code private_key_jwt} assertion names the PAR endpoint as {@code aud} (RFC 9126 §2), or
 * the audience its {@link ClientAuthentication#privateKeyJwt(String, SigningKey, URI)} names (the
 * issuer, for FAPI 2 servers such as Keycloak).
 *
 * <p>Immutable and thread-safe. {@link #close()} releases the connection pool when the client built
 * its own transport (from {@link Builder#httpConfig}); a transport passed in stays open.
 */
public final class PushedAuthorizationClient implements AutoCloseable {
  /** Longest {@code request_uri} accepted: it goes into a URL. */
  static final int MAX_REQUEST_URI_LENGTH = 2048;

  /** Longest {@code expires_in} believed: RFC 9126 §2.2 suggests seconds to a few minutes. */
  static final Duration MAX_EXPIRES_IN = Duration.ofHours(1);

  private final URI endpoint;
  private final HttpUrl url;
  private final ClientAuthentication clientAuthentication;
  private final SigningKey requestObjectKey;
  private final String requestObjectAudience;
  private final OkHttpClient http;
  private final Clock clock;
  private final ClientTransport transport;

  private PushedAuthorizationClient(Builder b, ClientTransport transport) {
    HttpEngine engine = HttpEngine.of(transport.transport());
    this.transport = transport;
    this.endpoint = b.setup.endpoint();
    this.url = HttpUrl.get(endpoint.toString());
    this.clientAuthentication = b.setup.clientAuthentication();
    this.requestObjectKey = b.requestObjectKey;
    this.requestObjectAudience = b.requestObjectAudience;
    this.http = engine.client(Authentication.none());
    this.clock = b.setup.clock();
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
   * Returns the pushed authorization request endpoint.
   *
   * @return the endpoint
   */
  public URI endpoint() {
    return endpoint;
  }

  /**
   * Pushes an authorization request: signed into a request object when the client was built with
   * {@link Builder#signRequestObjects(SigningKey, String)}, as plain form parameters otherwise.
   *
   * @param request the authorization request (its client id must be the authenticating client's)
   * @return the {@code request_uri}, its expiry and the authorization URL
   * @throws ValidationException naming {@code client_id} when the request is another client's
   * @throws io.github.fsonboard.core.error.ApiException with OAuth's {@code error} when the server
   *     refuses the push
   * @throws FsOnboardException when the answer carries no usable {@code request_uri} or {@code
   *     expires_in}
   */
  public PushedAuthorization push(AuthorizationRequest request) {
    Validation.requireNonNull(request, "request");
    if (requestObjectKey != null) {
      return push(RequestObject.sign(request, requestObjectKey, requestObjectAudience));
    }
    requireSameClient(request);
    FormBody.Builder form = new FormBody.Builder();
    for (Map.Entry<String, String> p : request.parameters().entrySet()) {
      if (!p.getKey().equals("client_id")) {
        form.add(p.getKey(), p.getValue());
      }
    }
    return send(request, form);
  }

  /**
   * Pushes a signed request object (RFC 9126 §3): the form carries {@code request} and the client's
   * authentication only; the server reads every parameter from the object.
   *
   * @param requestObject the signed request object
   * @return the {@code request_uri}, its expiry and the authorization URL
   * @throws ValidationException naming {@code client_id} when the request is another client's
   * @throws io.github.fsonboard.core.error.ApiException with OAuth's {@code error} (e.g. {@code
   *     invalid_request_object}) when the server refuses the push
   */
  public PushedAuthorization push(RequestObject requestObject) {
    Validation.requireNonNull(requestObject, "requestObject");
    requireSameClient(requestObject.request());
    return send(
        requestObject.request(), new FormBody.Builder().add("request", requestObject.jwt()));
  }

  private void requireSameClient(AuthorizationRequest request) {
    if (!request.clientId().equals(clientAuthentication.clientId())) {
      throw new ValidationException(
          "client_id", "of the request differs from the client authentication's client id");
    }
  }

  private PushedAuthorization send(AuthorizationRequest request, FormBody.Builder form) {
    Request.Builder http =
        RawCall.tokenResponse(new Request.Builder().url(url).header("Accept", "application/json"));
    if (clientAuthentication instanceof ClientAuthentication.ClientSecretBasic) {
      // client_id is an authorization parameter too (RFC 9126 §2.1); the other methods add it.
      form.add("client_id", clientAuthentication.clientId());
    }
    ClientAuthenticator.apply(clientAuthentication, endpoint.toString(), clock, form, http);
    Instant sentAt = clock.instant();
    HttpResult<String> result = RawCall.execute(this.http, http.post(form.build()).build());
    Map<String, Object> json = RawCall.jsonObject(result.body(), "Pushed authorization response");
    String requestUri = requestUri(json.get("request_uri"));
    Duration expiresIn = expiresIn(json.get("expires_in"));
    return new PushedAuthorization(
        requestUri, expiresIn, sentAt.plus(expiresIn), request.toUriByReference(requestUri));
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

  private static String requestUri(Object value) {
    if (!(value instanceof String s) || s.isBlank()) {
      throw new FsOnboardException("Pushed authorization response carries no request_uri");
    }
    if (s.length() > MAX_REQUEST_URI_LENGTH) {
      throw new FsOnboardException(
          "Pushed authorization response has a request_uri longer than "
              + MAX_REQUEST_URI_LENGTH
              + " characters");
    }
    for (int i = 0; i < s.length(); i++) {
      if (Character.isISOControl(s.charAt(i)) || Character.isWhitespace(s.charAt(i))) {
        throw new FsOnboardException(
            "Pushed authorization response has a request_uri with control or space characters");
      }
    }
    return s;
  }

  private static Duration expiresIn(Object value) {
    Long seconds = JsonNumbers.asLong(value);
    if (seconds == null || seconds <= 0) {
      throw new FsOnboardException(
          "Pushed authorization response carries no positive whole-second expires_in");
    }
    return Duration.ofSeconds(Math.min(seconds, MAX_EXPIRES_IN.toSeconds()));
  }

  /** Builds a {@link PushedAuthorizationClient}. Not thread-safe. */
  public static final class Builder {
    private final OAuthClientSetup setup = new OAuthClientSetup("endpoint");
    private SigningKey requestObjectKey;
    private String requestObjectAudience;

    private Builder() {}

    /**
     * Sets the pushed authorization request endpoint.
     *
     * @param url an absolute https URL (http only for loopback)
     * @return this builder
     */
    public Builder endpoint(String url) {
      setup.endpoint(url);
      return this;
    }

    /**
     * Sets the pushed authorization request endpoint.
     *
     * @param uri e.g. the discovered {@code pushed_authorization_request_endpoint}
     * @return this builder
     */
    public Builder endpoint(URI uri) {
      setup.endpoint(uri);
      return this;
    }

    /**
     * Sets how the client authenticates: the same as at the token endpoint.
     *
     * @param clientAuthentication the client authentication
     * @return this builder
     */
    public Builder clientAuthentication(ClientAuthentication clientAuthentication) {
      setup.clientAuthentication(clientAuthentication);
      return this;
    }

    /**
     * Signs every pushed request into a request object (RFC 9101) with this key.
     *
     * @param key the client's {@code PS256} or {@code ES256} key
     * @param audience the request object's {@code aud}: the server's issuer identifier
     * @return this builder
     */
    public Builder signRequestObjects(SigningKey key, String audience) {
      this.requestObjectKey = key;
      this.requestObjectAudience = audience;
      return this;
    }

    /**
     * Shares an existing transport (pool, TLS, mutual TLS, proxy).
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
     * Sets the clock for assertions, request objects and expiry (for tests).
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
    public PushedAuthorizationClient build() {
      BuilderProblems.Check check = setup.check();
      if (requestObjectKey != null || requestObjectAudience != null) {
        check.require(
            requestObjectKey != null, "signingKey", "is required to sign request objects");
        check.require(
            requestObjectAudience != null && !requestObjectAudience.isBlank(),
            "aud",
            "is required to sign request objects (the issuer)");
        check.apply(
            rules ->
                Jws.requireFapiAlgorithm(
                    requestObjectKey == null ? null : requestObjectKey.algorithm(), rules));
      }
      check.throwIfInvalid();
      return new PushedAuthorizationClient(this, setup.openTransport());
    }
  }
}
