package io.github.fsonboard.core.pkce;

import com.nimbusds.jwt.JWTClaimsSet;
import io.github.fsonboard.core.auth.SigningKey;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.internal.jose.Jws;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A signed request object (RFC 9101, JAR): every parameter of an {@link AuthorizationRequest} —
 * PKCE challenge, state, nonce, redirect URI, scope, response type and the extras — in a JWT signed
 * with the client's key, so the authorization server can tell they were not changed on the way.
 * FAPI 1 Advanced requires one; FAPI 2 pushes it (or the plain parameters) by PAR.
 *
 * <pre>{@code
 * RequestObject ro = RequestObject.sign(session.request(), signingKey, as.issuer());
 * redirect(ro.toUri());                      // front channel: client_id + request
 * // or push it: par.push(ro).authorizationUri()
 * }</pre>
 *
 * <p>Claims: {@code iss} the client id, {@code aud} the server's issuer identifier (WSO2 IS 7
 * compares it with its token endpoint alias, which is its issuer: identity-inbound-auth-oauth
 * {@code RequestObjectValidatorImpl.isValidAudience}), {@code iat}, {@code nbf}, {@code exp} (at
 * most 60 minutes after {@code nbf}, as FAPI 1 Advanced §5.2.2-13 and WSO2's {@code
 * RequestObjectValidatorImpl.isValidNbfExp} require), a random {@code jti}, then the authorization
 * parameters. The header carries {@code typ: oauth-authz-req+jwt} (RFC 9101 §10.8) and the key's
 * {@code kid}. Only {@code PS256} and {@code ES256} sign (FAPI 1 Advanced §8.6, FAPI 2 §5.4):
 * {@code RS256} is refused.
 *
 * <p>Immutable and thread-safe. Not a credential (it travels in a URL), but {@link #toString()}
 * shows only the client and {@code jti}.
 */
public final class RequestObject {
  /**
   * The lifetime a request object gets unless told otherwise: ten minutes, because WSO2 IS adds its
   * 300 s timestamp skew to the current time before comparing with {@code exp} and so refuses an
   * object that expires within five minutes (identity-inbound-auth-oauth {@code
   * RequestObjectValidatorImpl.checkExpirationTime}).
   */
  public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(10);

  /** The longest lifetime allowed: FAPI 1 Advanced §5.2.2-13 ({@code exp - nbf <= 60 min}). */
  public static final Duration MAX_LIFETIME = Duration.ofMinutes(60);

  /** The JWT {@code typ} of a request object (RFC 9101 §10.8). */
  public static final String TYPE = "oauth-authz-req+jwt";

  private static final Set<String> REGISTERED = Set.of("iss", "aud", "iat", "nbf", "exp", "jti");

  private final AuthorizationRequest request;
  private final String jwt;
  private final String jwtId;
  private final Instant expiresAt;

  private RequestObject(AuthorizationRequest request, String jwt, String jwtId, Instant expiresAt) {
    this.request = request;
    this.jwt = jwt;
    this.jwtId = jwtId;
    this.expiresAt = expiresAt;
  }

  /**
   * Signs a request with the defaults: {@link #DEFAULT_LIFETIME}, a random {@code jti}.
   *
   * @param request the authorization request
   * @param key the client's {@code PS256} or {@code ES256} key
   * @param audience the authorization server's issuer identifier
   * @return the request object
   * @throws ValidationException naming every missing value, or {@code signingKey.algorithm} for
   *     {@code RS256}
   */
  public static RequestObject sign(AuthorizationRequest request, SigningKey key, String audience) {
    return builder(request).audience(audience).sign(key);
  }

  /**
   * Starts a request object for an authorization request.
   *
   * @param request the authorization request
   * @return a builder
   */
  public static Builder builder(AuthorizationRequest request) {
    return new Builder(request);
  }

  /**
   * Returns the authorization request signed.
   *
   * @return the request
   */
  public AuthorizationRequest request() {
    return request;
  }

  /**
   * Returns the compact JWT, the value of the {@code request} parameter.
   *
   * @return the JWT
   */
  public String jwt() {
    return jwt;
  }

  /**
   * Returns the {@code jti}: servers refuse a request object seen before.
   *
   * @return the JWT id
   */
  public String jwtId() {
    return jwtId;
  }

  /**
   * Returns the {@code exp}.
   *
   * @return when the server stops accepting it
   */
  public Instant expiresAt() {
    return expiresAt;
  }

  /**
   * Builds the front-channel authorization URL: {@code client_id} and {@code request} (RFC 9101
   * §5), with {@code response_type} and {@code scope} repeated outside as OpenID Connect Core §6.1
   * asks. WSO2 IS needs that scope: it reads a request object only when the query's scope holds
   * {@code openid} (identity-inbound-auth-oauth {@code AuthzUtil.populateOauthParameters}).
   *
   * @return the URL to send the user agent to
   */
  public URI toUri() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("client_id", request.clientId());
    params.put("response_type", request.responseType());
    if (request.scope() != null) {
      params.put("scope", request.scope());
    }
    params.put("request", jwt);
    return AuthorizationRequest.withQuery(request.authorizationEndpoint(), params);
  }

  @Override
  public String toString() {
    return "RequestObject[client=" + request.clientId() + ", jti=" + jwtId + "]";
  }

  /** Configures and signs a {@link RequestObject}. Not thread-safe. */
  public static final class Builder {
    private final AuthorizationRequest request;
    private String audience;
    private String issuer;
    private Duration lifetime = DEFAULT_LIFETIME;
    private String jwtId;
    private Clock clock = Clock.systemUTC();
    private final Map<String, Object> claims = new LinkedHashMap<>();

    private Builder(AuthorizationRequest request) {
      this.request = request;
    }

    /**
     * Sets {@code aud}: the authorization server's issuer identifier.
     *
     * @param audience e.g. {@code IdentityServer.issuer()}
     * @return this builder
     */
    public Builder audience(String audience) {
      this.audience = audience;
      return this;
    }

    /**
     * Sets {@code iss}; the client id unless changed (RFC 9101 §4, WSO2 {@code
     * RequestObjectValidatorImpl.isValidIssuer} wants the client id).
     *
     * @param issuer the issuer
     * @return this builder
     */
    public Builder issuer(String issuer) {
      this.issuer = issuer;
      return this;
    }

    /**
     * Sets the lifetime ({@code exp - nbf}).
     *
     * @param lifetime positive, at most {@link #MAX_LIFETIME}
     * @return this builder
     */
    public Builder lifetime(Duration lifetime) {
      this.lifetime = lifetime;
      return this;
    }

    /**
     * Sets {@code jti}; a random UUID unless changed.
     *
     * @param jwtId the unique id
     * @return this builder
     */
    public Builder jwtId(String jwtId) {
      this.jwtId = jwtId;
      return this;
    }

    /**
     * Adds a claim whose value is JSON rather than a string, e.g. OpenID Connect {@code claims} or
     * RFC 9396 {@code authorization_details} as maps and lists.
     *
     * @param name the claim name; not a registered claim nor an authorization parameter
     * @param value a JSON-compatible value (string, number, boolean, map, list)
     * @return this builder
     */
    public Builder claim(String name, Object value) {
      claims.put(name, value);
      return this;
    }

    /**
     * Sets the clock for {@code iat}, {@code nbf} and {@code exp} (for tests).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = clock; // checked by sign() with every other setting
      return this;
    }

    /**
     * Signs the request object.
     *
     * @param key the client's signing key: {@code PS256} (RSA) or {@code ES256} (P-256)
     * @return the request object
     * @throws ValidationException naming every problem: {@code request}, {@code aud}, {@code exp},
     *     {@code jti}, {@code clock}, {@code claims.<name>}, {@code signingKey}, {@code
     *     signingKey.algorithm}
     */
    public RequestObject sign(SigningKey key) {
      Validation v = new Validation();
      v.require(request != null, "request", "is required");
      v.require(audience != null && !audience.isBlank(), "aud", "is required (the issuer)");
      v.require(issuer == null || !issuer.isBlank(), "iss", "must not be blank when given");
      v.require(
          lifetime != null
              && !lifetime.isNegative()
              && !lifetime.isZero()
              && lifetime.compareTo(MAX_LIFETIME) <= 0,
          "exp",
          "lifetime must be positive and at most 60 minutes");
      v.require(jwtId == null || !jwtId.isBlank(), "jti", "must not be blank when given");
      v.require(clock != null, "clock", "is required");
      v.require(key != null, "signingKey", "is required");
      Jws.requireFapiAlgorithm(key == null ? null : key.algorithm(), v);
      for (Map.Entry<String, Object> c : claims.entrySet()) {
        String name = c.getKey();
        if (name == null || name.isBlank()) {
          v.add("claims", "a claim name is blank");
        } else if (REGISTERED.contains(name)
            || (request != null && request.parameters().containsKey(name))) {
          v.add("claims." + name, "is set from the request or by the builder");
        } else if (c.getValue() == null) {
          v.add("claims." + name, "value is null");
        }
      }
      v.throwIfInvalid();
      Instant now = clock.instant();
      Instant exp = now.plus(lifetime);
      String jti = jwtId != null ? jwtId : UUID.randomUUID().toString();
      JWTClaimsSet.Builder c =
          new JWTClaimsSet.Builder()
              .issuer(issuer != null ? issuer : request.clientId())
              .audience(audience)
              .issueTime(Date.from(now))
              .notBeforeTime(Date.from(now))
              .expirationTime(Date.from(exp))
              .jwtID(jti);
      request.parameters().forEach((name, value) -> c.claim(name, claimValue(name, value)));
      claims.forEach(c::claim);
      String jwt = Jws.sign(c.build(), key.privateKey(), key.keyId(), key.algorithm(), TYPE);
      return new RequestObject(request, jwt, jti, exp);
    }

    /** OpenID Connect Core §6.1: max_age is a JSON number inside a request object. */
    private static Object claimValue(String name, String value) {
      if ("max_age".equals(name)) {
        try {
          return Long.parseLong(value);
        } catch (NumberFormatException e) {
          return value;
        }
      }
      return value;
    }
  }
}
