package io.github.fsonboard.core.oidc;

import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.internal.uri.UriCodec;
import io.github.fsonboard.core.oauth.OAuthTokenClient;
import io.github.fsonboard.core.oauth.PushedAuthorizationClient;
import io.github.fsonboard.core.oauth.TokenRequest;
import io.github.fsonboard.core.oauth.TokenResponse;
import io.github.fsonboard.core.pkce.AuthorizationCallback;
import io.github.fsonboard.core.pkce.AuthorizationRequest;
import io.github.fsonboard.core.pkce.CodeChallengeMethod;
import io.github.fsonboard.core.pkce.CodeVerifier;
import io.github.fsonboard.core.pkce.Nonce;
import io.github.fsonboard.core.pkce.State;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One run of the authorization code flow with PKCE (S256), {@code state} and {@code nonce}: build
 * it, send the user agent to {@link #authorizationUri()}, keep {@link #toMap()} (or {@link
 * #serialize()}) in the server-side web session, and when the user agent comes back restore it and
 * {@link #complete} the callback into validated tokens in one call.
 *
 * <pre>{@code
 * AuthorizationSession s = AuthorizationSession.builder(as.authorizationEndpoint())
 *     .clientId("tpp-app")
 *     .redirectUri(URI.create("https://tpp.example/callback"))
 *     .scope("openid accounts")
 *     .issuer(as.oidcConfiguration().issuer())   // RFC 9207 iss check of the callback
 *     .build();
 * httpSession.setAttribute("authz", s.serialize());
 * redirect(s.authorizationUri());
 * // ... the callback request:
 * AuthorizationResult r = AuthorizationSession.deserialize((String) httpSession.getAttribute("authz"))
 *     .complete(callbackUri, tokens, idTokenValidator);
 * }</pre>
 *
 * <p>The stored form holds the PKCE verifier: keep it on the server (a session store), never in a
 * URL or an unencrypted cookie, and use it once. {@link #toString()} shows no value. Immutable and
 * thread-safe.
 */
public final class AuthorizationSession {
  private static final String VERSION = "1";

  private final URI authorizationEndpoint;
  private final String clientId;
  private final URI redirectUri;
  private final String scope;
  private final State state;
  private final Nonce nonce;
  private final CodeVerifier verifier;
  private final String issuer;
  private final Duration maxAge;
  private final ResponseMode responseMode;

  private AuthorizationSession(
      URI authorizationEndpoint,
      String clientId,
      URI redirectUri,
      String scope,
      State state,
      Nonce nonce,
      CodeVerifier verifier,
      String issuer,
      Duration maxAge,
      ResponseMode responseMode) {
    this.authorizationEndpoint = authorizationEndpoint;
    this.clientId = clientId;
    this.redirectUri = redirectUri;
    this.scope = scope;
    this.state = state;
    this.nonce = nonce;
    this.verifier = verifier;
    this.issuer = issuer;
    this.maxAge = maxAge;
    this.responseMode = responseMode;
  }

  /**
   * Starts a session for an authorization endpoint; PKCE, state and nonce are generated fresh.
   *
   * @param authorizationEndpoint e.g. {@code IdentityServer.authorizationEndpoint()}
   * @return a builder
   */
  public static Builder builder(URI authorizationEndpoint) {
    return new Builder(authorizationEndpoint);
  }

  /**
   * The URL to send the user agent to: {@code response_type=code}, client, redirect, scope, state,
   * nonce, S256 challenge, and {@code max_age} and {@code response_mode} when set.
   *
   * @return the URL
   */
  public URI authorizationUri() {
    return request().toUri();
  }

  /**
   * Pushes this session's request (RFC 9126, signed into a request object when the client signs)
   * and returns the URL to send the user agent to: the authorization endpoint with {@code
   * client_id} and the one-time {@code request_uri}. FAPI 2's way in one call.
   *
   * @param par the pushed authorization request client, authenticating as this session's client
   * @return the URL; send the user agent there before the {@code request_uri} expires
   * @throws ValidationException naming {@code client_id} when {@code par} authenticates another
   *     client
   * @throws io.github.fsonboard.core.error.ApiException with OAuth's {@code error} when the server
   *     refuses the push
   */
  public URI authorizationUri(PushedAuthorizationClient par) {
    Validation.requireNonNull(par, "par");
    return par.push(request()).authorizationUri();
  }

  /**
   * The authorization request this session sends, e.g. to push it (RFC 9126) or sign it (RFC 9101).
   *
   * @return the request
   */
  public AuthorizationRequest request() {
    AuthorizationRequest.Builder b =
        AuthorizationRequest.builder(authorizationEndpoint)
            .clientId(clientId)
            .redirectUri(redirectUri)
            .state(state)
            .nonce(nonce)
            .codeChallenge(verifier.challenge(CodeChallengeMethod.S256));
    if (scope != null) {
      b.scope(scope);
    }
    if (maxAge != null) {
      b.parameter("max_age", Long.toString(maxAge.toSeconds()));
    }
    if (responseMode.value() != null) {
      b.parameter("response_mode", responseMode.value());
    }
    return b.build();
  }

  /**
   * Completes the flow from the callback URL: with {@link ResponseMode#JWT} first validates the
   * {@code response} JWT (signature by the issuer's keys, {@code iss}, {@code aud} this client,
   * {@code exp}: {@code idTokens} holds them) and reads the parameters from it alone; checks {@code
   * error}, {@code state} and (when an issuer was set) the RFC 9207 {@code iss} parameter,
   * exchanges the code with the PKCE verifier, and for an {@code openid} scope validates the ID
   * token (nonce, {@code max_age}, {@code at_hash}, {@code c_hash} and the rest of OpenID Connect
   * Core §3.1.3.7).
   *
   * @param callback the redirect URI the user agent came back to, with its query
   * @param tokens the token client (bound to the server's token endpoint and client authentication)
   * @param idTokens the ID token validator; required when the scope holds {@code openid} or the
   *     response mode is {@link ResponseMode#JWT}
   * @return the tokens and the validated ID token
   * @throws ValidationException naming {@code state}, {@code iss}, {@code code}, {@code response}
   *     or {@code id_token} when the callback or the response is wrong
   * @throws io.github.fsonboard.core.pkce.AuthorizationDeniedException when the server returned an
   *     {@code error}
   * @throws io.github.fsonboard.core.cert.InvalidJwtException when the ID token, or the JWT
   *     authorization response, is refused (the reason names which and why)
   * @throws io.github.fsonboard.core.error.ApiException when the token endpoint refuses the code
   */
  public AuthorizationResult complete(
      URI callback, OAuthTokenClient tokens, IdTokenValidator idTokens) {
    Validation.requireNonNull(callback, "callback");
    Validation.requireNonNull(tokens, "tokens");
    boolean oidc = isOpenId();
    if (oidc && idTokens == null) {
      throw new ValidationException("idTokens", "is required for an openid scope");
    }
    if (responseMode == ResponseMode.JWT && idTokens == null) {
      throw new ValidationException(
          "idTokens", "is required for the JWT response mode (it holds the issuer's keys)");
    }
    AuthorizationCallback cb = AuthorizationCallback.parse(callback);
    if (responseMode == ResponseMode.JWT) {
      cb = cb.jwtResponse(idTokens.issuerJwtValidator());
    }
    String code = issuer == null ? cb.code(state) : cb.code(state, issuer);
    TokenResponse response =
        tokens.request(TokenRequest.authorizationCode(code, redirectUri, verifier.asSecret()));
    if (!oidc) {
      return new AuthorizationResult(response, null);
    }
    if (response.idToken() == null) {
      throw new ValidationException("id_token", "is missing from the token response");
    }
    IdTokenExpectations expected =
        IdTokenExpectations.nonce(nonce)
            .withMaxAge(maxAge)
            .withAccessToken(response.accessToken())
            .withCode(Secret.of(code));
    return new AuthorizationResult(response, idTokens.validate(response.idToken(), expected));
  }

  private boolean isOpenId() {
    return scope != null && Arrays.asList(scope.split(" ")).contains("openid");
  }

  /**
   * The session as string pairs, for a web session that stores maps. Holds the PKCE verifier.
   *
   * @return the pairs; {@link #fromMap(Map)} restores them
   */
  public Map<String, String> toMap() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("v", VERSION);
    m.put("authorization_endpoint", authorizationEndpoint.toString());
    m.put("client_id", clientId);
    m.put("redirect_uri", redirectUri.toString());
    putIfSet(m, "scope", scope);
    m.put("state", state.value());
    m.put("nonce", nonce.value());
    m.put("code_verifier", verifier.asSecret().reveal());
    putIfSet(m, "issuer", issuer);
    putIfSet(m, "max_age", maxAge == null ? null : Long.toString(maxAge.toSeconds()));
    putIfSet(m, "response_mode", responseMode.value());
    return m;
  }

  /**
   * Restores a session from {@link #toMap()}.
   *
   * @param map the stored pairs
   * @return the session
   * @throws ValidationException naming every missing or malformed member
   */
  public static AuthorizationSession fromMap(Map<String, String> map) {
    Validation.requireNonNull(map, "session");
    Validation v = new Validation();
    v.require(VERSION.equals(map.get("v")), "session.v", "is not a stored session of version 1");
    for (String k :
        new String[] {
          "authorization_endpoint", "client_id", "redirect_uri", "state", "nonce", "code_verifier"
        }) {
      v.require(map.get(k) != null, "session." + k, "is missing");
    }
    v.throwIfInvalid();
    Builder b =
        builder(uri(map.get("authorization_endpoint"), "authorization_endpoint"))
            .clientId(map.get("client_id"))
            .redirectUri(uri(map.get("redirect_uri"), "redirect_uri"))
            .scope(map.get("scope"))
            .issuer(map.get("issuer"));
    if (map.get("max_age") != null) {
      try {
        b.maxAge(Duration.ofSeconds(Long.parseLong(map.get("max_age"))));
      } catch (NumberFormatException e) {
        throw new ValidationException("session.max_age", "is not a number of seconds");
      }
    }
    if (map.get("response_mode") != null) {
      b.responseMode(responseMode(map.get("response_mode")));
    }
    b.state = State.of(map.get("state"));
    b.nonce = Nonce.of(map.get("nonce"));
    b.verifier = CodeVerifier.of(map.get("code_verifier"));
    return b.build();
  }

  /**
   * The session as one string ({@code name=value} pairs joined by {@code &}, RFC 3986
   * percent-encoded), for a web session that stores strings. Holds the PKCE verifier.
   *
   * @return the string; {@link #deserialize(String)} restores it
   */
  public String serialize() {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, String> e : toMap().entrySet()) {
      if (sb.length() > 0) {
        sb.append('&');
      }
      sb.append(UriCodec.encode(e.getKey())).append('=').append(UriCodec.encode(e.getValue()));
    }
    return sb.toString();
  }

  /**
   * Restores a session from {@link #serialize()}.
   *
   * @param stored the string
   * @return the session
   * @throws ValidationException naming {@code session} when it is not one (a bad escape, or a
   *     member repeated), or the bad member
   */
  public static AuthorizationSession deserialize(String stored) {
    Validation.requireNonBlank(stored, "session");
    if (stored.length() > 8 * 1024) {
      throw new ValidationException("session", "is longer than a stored session can be");
    }
    return fromMap(UriCodec.parseQuery(stored, "session"));
  }

  /**
   * Returns the state sent.
   *
   * @return the state
   */
  public State state() {
    return state;
  }

  /**
   * Returns the nonce sent.
   *
   * @return the nonce
   */
  public Nonce nonce() {
    return nonce;
  }

  /**
   * Returns the redirect URI sent.
   *
   * @return the URI
   */
  public URI redirectUri() {
    return redirectUri;
  }

  /** Names the client and endpoint only: state, nonce and verifier guard the session. */
  @Override
  public String toString() {
    return "AuthorizationSession[client=" + clientId + ", endpoint=" + authorizationEndpoint + "]";
  }

  private static void putIfSet(Map<String, String> m, String k, String v) {
    if (v != null) {
      m.put(k, v);
    }
  }

  private static ResponseMode responseMode(String value) {
    for (ResponseMode mode : ResponseMode.values()) {
      if (value.equals(mode.value())) {
        return mode;
      }
    }
    throw new ValidationException("session.response_mode", "is not a response mode this SDK sends");
  }

  private static URI uri(String s, String field) {
    try {
      return new URI(s);
    } catch (java.net.URISyntaxException e) {
      throw new ValidationException("session." + field, "is not a URI");
    }
  }

  /** Configures an {@link AuthorizationSession}. Not thread-safe. */
  public static final class Builder {
    private final URI authorizationEndpoint;
    private String clientId;
    private URI redirectUri;
    private String scope;
    private String issuer;
    private Duration maxAge;
    private ResponseMode responseMode = ResponseMode.DEFAULT;
    private State state = State.generate();
    private Nonce nonce = Nonce.generate();
    private CodeVerifier verifier = CodeVerifier.generate();

    private Builder(URI authorizationEndpoint) {
      this.authorizationEndpoint = authorizationEndpoint;
    }

    /**
     * Sets the client id.
     *
     * @param clientId the {@code client_id}
     * @return this builder
     */
    public Builder clientId(String clientId) {
      this.clientId = clientId;
      return this;
    }

    /**
     * Sets the redirect URI, sent in both the authorization and the token request.
     *
     * @param redirectUri the registered redirect URI
     * @return this builder
     */
    public Builder redirectUri(URI redirectUri) {
      this.redirectUri = redirectUri;
      return this;
    }

    /**
     * Sets the space-separated scope; with {@code openid} the ID token is validated.
     *
     * @param scope e.g. {@code openid accounts}
     * @return this builder
     */
    public Builder scope(String scope) {
      this.scope = scope;
      return this;
    }

    /**
     * Requires the callback's RFC 9207 {@code iss} parameter to be this issuer (mix-up defence).
     * Set it for a server that sends {@code iss} (its metadata says {@code
     * authorization_response_iss_parameter_supported}); leave it unset for one that does not.
     *
     * @param issuer the issuer identifier, or null for no check
     * @return this builder
     */
    public Builder issuer(String issuer) {
      this.issuer = issuer;
      return this;
    }

    /**
     * Sends {@code max_age}: the ID token must then say the user signed in no longer ago.
     *
     * @param maxAge the most time since the user's sign-in, or null
     * @return this builder
     */
    public Builder maxAge(Duration maxAge) {
      this.maxAge = maxAge;
      return this;
    }

    /**
     * Sets how the server returns the authorization response; {@link ResponseMode#JWT} (JARM) is
     * what FAPI 1 Advanced wants with {@code response_type=code}.
     *
     * @param responseMode the mode; default {@link ResponseMode#DEFAULT}
     * @return this builder
     */
    public Builder responseMode(ResponseMode responseMode) {
      this.responseMode = responseMode;
      return this;
    }

    /**
     * Builds the session.
     *
     * @return the session
     * @throws ValidationException naming every missing or bad value
     */
    public AuthorizationSession build() {
      Validation v = new Validation();
      v.require(authorizationEndpoint != null, "authorizationEndpoint", "is required");
      v.require(clientId != null && !clientId.isBlank(), "clientId", "is required");
      v.require(
          redirectUri != null && redirectUri.isAbsolute(),
          "redirectUri",
          "is required and must be absolute");
      v.require(
          maxAge == null || !maxAge.isNegative(), "maxAge", "must not be negative when given");
      v.require(issuer == null || !issuer.isBlank(), "issuer", "must not be blank when given");
      v.require(responseMode != null, "responseMode", "is required");
      v.throwIfInvalid();
      AuthorizationSession s =
          new AuthorizationSession(
              authorizationEndpoint,
              clientId,
              redirectUri,
              scope,
              state,
              nonce,
              verifier,
              issuer,
              maxAge,
              responseMode);
      s.request(); // the request's own checks (endpoint scheme, scope) now, not at redirect time
      return s;
    }
  }
}
