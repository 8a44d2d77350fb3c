package io.github.fsonboard.core.pkce;

import io.github.fsonboard.core.error.Validation;
import java.net.URI;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * An OAuth 2.0 authorization request with PKCE (RFC 6749 §4.1.1, RFC 7636 §4.3), turned into the
 * URL the user agent is sent to by {@link #toUri()}.
 *
 * <pre>{@code
 * CodeVerifier verifier = CodeVerifier.generate();
 * State state = State.generate();
 * URI url = AuthorizationRequest.builder(URI.create("https://is.example.com/oauth2/authorize"))
 *     .clientId("my-client")
 *     .redirectUri(URI.create("https://tpp.example.com/callback"))
 *     .scope("openid accounts")
 *     .state(state)
 *     .nonce(Nonce.generate())
 *     .codeChallenge(verifier.challenge(CodeChallengeMethod.S256))
 *     .parameter("prompt", "login")
 *     .build()
 *     .toUri();
 * }</pre>
 *
 * @param authorizationEndpoint the server's authorization endpoint; https, or http on a loopback
 *     host; may carry its own query, which is kept
 * @param responseType the {@code response_type}, {@code code} by default
 * @param clientId the {@code client_id}
 * @param redirectUri the {@code redirect_uri}, or null to let the server use the registered one
 * @param scope the space-separated {@code scope}, or null
 * @param state the {@code state}
 * @param nonce the OpenID Connect {@code nonce}, or null
 * @param codeChallenge the PKCE challenge
 * @param extraParameters further parameters in insertion order; they cannot replace the ones above
 */
public record AuthorizationRequest(
    URI authorizationEndpoint,
    String responseType,
    String clientId,
    URI redirectUri,
    String scope,
    State state,
    Nonce nonce,
    CodeChallenge codeChallenge,
    Map<String, String> extraParameters) {

  private static final Set<String> RESERVED =
      Set.of(
          "response_type",
          "client_id",
          "redirect_uri",
          "scope",
          "state",
          "nonce",
          "code_challenge",
          "code_challenge_method");

  /**
   * Validates every component and reports all problems at once.
   *
   * @param authorizationEndpoint the {@code authorizationEndpoint} component
   * @param responseType the {@code responseType} component
   * @param clientId the {@code clientId} component
   * @param redirectUri the {@code redirectUri} component
   * @param scope the {@code scope} component
   * @param state the {@code state} component
   * @param nonce the {@code nonce} component
   * @param codeChallenge the {@code codeChallenge} component
   * @param extraParameters the {@code extraParameters} component
   * @throws io.github.fsonboard.core.error.ValidationException naming each offending field
   */
  public AuthorizationRequest {
    extraParameters =
        extraParameters == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(extraParameters));
    Validation v = new Validation();
    checkEndpoint(v, authorizationEndpoint);
    v.require(responseType != null && !responseType.isBlank(), "response_type", "is required");
    v.require(clientId != null && !clientId.isBlank(), "client_id", "is required");
    if (redirectUri != null) {
      v.require(redirectUri.isAbsolute(), "redirect_uri", "must be an absolute URI");
      v.require(redirectUri.getRawFragment() == null, "redirect_uri", "must not have a fragment");
    }
    v.require(scope == null || !scope.isBlank(), "scope", "must not be blank when given");
    v.require(state != null, "state", "is required (use State.generate())");
    v.require(codeChallenge != null, "code_challenge", "is required (PKCE)");
    for (Map.Entry<String, String> e : extraParameters.entrySet()) {
      String name = e.getKey();
      if (name == null || name.isEmpty()) {
        v.add("extraParameters", "a parameter name is empty");
      } else if (RESERVED.contains(name)) {
        v.add("extraParameters." + name, "is set by its own builder method");
      } else if (e.getValue() == null) {
        v.add("extraParameters." + name, "value is null");
      }
    }
    v.throwIfInvalid();
  }

  private static void checkEndpoint(Validation v, URI endpoint) {
    String field = "authorizationEndpoint";
    if (endpoint == null) {
      v.add(field, "is required");
      return;
    }
    String scheme = endpoint.getScheme();
    String host = endpoint.getHost();
    if (!endpoint.isAbsolute() || host == null) {
      v.add(field, "must be an absolute http(s) URI with a host");
    } else if ("http".equalsIgnoreCase(scheme)) {
      v.require(isLoopback(host), field, "must use https (http only on a loopback host)");
    } else {
      v.require("https".equalsIgnoreCase(scheme), field, "must use https");
    }
    if (endpoint.getRawFragment() != null) {
      v.add(field, "must not have a fragment");
    }
  }

  private static boolean isLoopback(String host) {
    return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
  }

  /**
   * Starts a request for an authorization endpoint.
   *
   * @param authorizationEndpoint e.g. {@code https://is.example.com/oauth2/authorize}
   * @return a builder with {@code response_type=code}
   */
  public static Builder builder(URI authorizationEndpoint) {
    return new Builder(authorizationEndpoint);
  }

  /**
   * Returns every authorization parameter in the order {@link #toUri()} sends them: {@code
   * response_type}, {@code client_id}, {@code redirect_uri}, {@code scope}, {@code state}, {@code
   * nonce}, {@code code_challenge}, {@code code_challenge_method}, then the extra parameters. A
   * request object (RFC 9101) and a pushed request (RFC 9126) carry exactly these.
   *
   * @return the parameters, unmodifiable
   */
  public Map<String, String> parameters() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("response_type", responseType);
    params.put("client_id", clientId);
    if (redirectUri != null) {
      params.put("redirect_uri", redirectUri.toString());
    }
    if (scope != null) {
      params.put("scope", scope);
    }
    params.put("state", state.value());
    if (nonce != null) {
      params.put("nonce", nonce.value());
    }
    params.put("code_challenge", codeChallenge.value());
    params.put("code_challenge_method", codeChallenge.method().value());
    params.putAll(extraParameters);
    return Collections.unmodifiableMap(params);
  }

  /**
   * Builds the authorization URL: the endpoint with every parameter percent-encoded per RFC 3986,
   * in a fixed order followed by the extra parameters.
   *
   * @return the URL to send the user agent to
   */
  public URI toUri() {
    return withQuery(authorizationEndpoint, parameters());
  }

  /**
   * Builds the authorization URL for this request pushed earlier (RFC 9126 §4): only {@code
   * client_id} and the {@code request_uri} the server returned; the server takes the rest from what
   * was pushed.
   *
   * @param requestUri the {@code request_uri} from the pushed authorization response
   * @return the URL to send the user agent to
   * @throws io.github.fsonboard.core.error.ValidationException naming {@code request_uri} when it
   *     is blank
   */
  public URI toUriByReference(String requestUri) {
    Validation.requireNonBlank(requestUri, "request_uri");
    Map<String, String> params = new LinkedHashMap<>();
    params.put("client_id", clientId);
    params.put("request_uri", requestUri);
    return withQuery(authorizationEndpoint, params);
  }

  /** The endpoint (keeping its own query) with the parameters appended, RFC 3986-encoded. */
  static URI withQuery(URI endpoint, Map<String, String> params) {
    StringBuilder query = new StringBuilder();
    String existing = endpoint.getRawQuery();
    if (existing != null && !existing.isEmpty()) {
      query.append(existing);
    }
    params.forEach(
        (name, value) -> {
          if (query.length() > 0) {
            query.append('&');
          }
          query.append(UriCodec.encode(name)).append('=').append(UriCodec.encode(value));
        });
    String base = endpoint.toString();
    int cut = base.indexOf('?');
    return URI.create((cut < 0 ? base : base.substring(0, cut)) + "?" + query);
  }

  /** Collects the parameters of an {@link AuthorizationRequest}. Not thread-safe. */
  public static final class Builder {
    private final URI authorizationEndpoint;
    private String responseType = "code";
    private String clientId;
    private URI redirectUri;
    private String scope;
    private State state;
    private Nonce nonce;
    private CodeChallenge codeChallenge;
    private final Map<String, String> extra = new LinkedHashMap<>();

    private Builder(URI authorizationEndpoint) {
      this.authorizationEndpoint = authorizationEndpoint;
    }

    /**
     * Sets {@code response_type}; {@code code} unless changed (e.g. {@code "code id_token"}).
     *
     * @param responseType the response type
     * @return this builder
     */
    public Builder responseType(String responseType) {
      this.responseType = responseType;
      return this;
    }

    /**
     * Sets {@code client_id}.
     *
     * @param clientId the OAuth client id
     * @return this builder
     */
    public Builder clientId(String clientId) {
      this.clientId = clientId;
      return this;
    }

    /**
     * Sets {@code redirect_uri}.
     *
     * @param redirectUri an absolute URI without fragment, as registered
     * @return this builder
     */
    public Builder redirectUri(URI redirectUri) {
      this.redirectUri = redirectUri;
      return this;
    }

    /**
     * Sets {@code scope} as one space-separated string.
     *
     * @param scope e.g. {@code "openid accounts"}
     * @return this builder
     */
    public Builder scope(String scope) {
      this.scope = scope;
      return this;
    }

    /**
     * Sets {@code scope} from separate values, joined with spaces.
     *
     * @param scopes the scope values
     * @return this builder
     */
    public Builder scopes(Collection<String> scopes) {
      this.scope = scopes == null || scopes.isEmpty() ? null : String.join(" ", scopes);
      return this;
    }

    /**
     * Sets {@code state}.
     *
     * @param state usually {@link State#generate()}
     * @return this builder
     */
    public Builder state(State state) {
      this.state = state;
      return this;
    }

    /**
     * Sets the OpenID Connect {@code nonce}.
     *
     * @param nonce usually {@link Nonce#generate()}
     * @return this builder
     */
    public Builder nonce(Nonce nonce) {
      this.nonce = nonce;
      return this;
    }

    /**
     * Sets {@code code_challenge} and {@code code_challenge_method}.
     *
     * @param codeChallenge from {@link CodeVerifier#challenge(CodeChallengeMethod)}
     * @return this builder
     */
    public Builder codeChallenge(CodeChallenge codeChallenge) {
      this.codeChallenge = codeChallenge;
      return this;
    }

    /**
     * Adds a further parameter such as {@code prompt}, {@code request} or {@code acr_values}.
     *
     * @param name the parameter name; not one of the standard names set by other methods
     * @param value the value, encoded by {@link AuthorizationRequest#toUri()}
     * @return this builder
     */
    public Builder parameter(String name, String value) {
      extra.put(name, value);
      return this;
    }

    /**
     * Validates and builds the request.
     *
     * @return the request
     * @throws io.github.fsonboard.core.error.ValidationException naming every offending field
     */
    public AuthorizationRequest build() {
      return new AuthorizationRequest(
          authorizationEndpoint,
          responseType,
          clientId,
          redirectUri,
          scope,
          state,
          nonce,
          codeChallenge,
          extra);
    }
  }
}
