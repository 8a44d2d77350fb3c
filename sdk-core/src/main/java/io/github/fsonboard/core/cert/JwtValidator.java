package io.github.fsonboard.core.cert;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.internal.jose.LastMemberWinsJwt;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Validates signed JWTs (ID tokens, JWT access tokens, SSAs, request objects) against a JWKS:
 * signature, allowed algorithms, issuer, audience, and {@code exp}/{@code nbf}/{@code iat} with
 * clock skew. Unsigned ({@code alg: none}) and HMAC tokens are always refused, so a public key can
 * never be used as an HMAC secret (algorithm confusion).
 *
 * <pre>{@code
 * JwtValidator validator = JwtValidator.builder(
 *         JwksSource.builder(URI.create("https://is.example.com/oauth2/jwks")).build())
 *     .issuer("https://is.example.com/oauth2/token")
 *     .audience("my-client")
 *     .build();
 * JWTClaimsSet claims = validator.validate(idToken); // throws InvalidJwtException
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class JwtValidator {
  /** Longest token accepted, in characters. */
  public static final int MAX_LENGTH = 64 * 1024;

  private static final Set<JWSAlgorithm> ASYMMETRIC =
      Set.of(
          JWSAlgorithm.RS256,
          JWSAlgorithm.RS384,
          JWSAlgorithm.RS512,
          JWSAlgorithm.PS256,
          JWSAlgorithm.PS384,
          JWSAlgorithm.PS512,
          JWSAlgorithm.ES256,
          JWSAlgorithm.ES384,
          JWSAlgorithm.ES512,
          JWSAlgorithm.EdDSA,
          JWSAlgorithm.Ed25519);

  private static final Set<JOSEObjectType> DEFAULT_TYPES = defaultTypes();

  private final DefaultJWTProcessor<SecurityContext> processor;
  private final String issuer;
  private final Set<String> audiences;
  private final Clock clock;
  private final Duration skew;
  private final boolean requireExpiry;

  private JwtValidator(Builder b) {
    this.issuer = b.issuer;
    this.audiences = Set.copyOf(b.audiences);
    this.clock = b.clock;
    this.skew = b.skew;
    this.requireExpiry = b.requireExpiry;
    this.processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(
        new JWSVerificationKeySelector<>(Set.copyOf(b.algorithms), b.jwks.asJwkSource()));
    processor.setJWTClaimsSetVerifier((claims, context) -> verifyClaims(claims));
    processor.setJWSTypeVerifier(
        new DefaultJOSEObjectTypeVerifier<>(new java.util.HashSet<>(b.types)));
  }

  /**
   * Starts a validator for tokens signed with keys from {@code jwks}.
   *
   * @param jwks where the verification keys come from
   * @return a builder
   */
  public static Builder builder(JwksSource jwks) {
    return new Builder(jwks);
  }

  /**
   * Validates a compact-serialized signed JWT.
   *
   * @param token the JWT
   * @return its verified claims
   * @throws InvalidJwtException when the token is refused, with the reason
   * @throws io.github.fsonboard.core.error.TransportException when the JWKS cannot be fetched
   */
  public JWTClaimsSet validate(String token) {
    if (token == null || token.isBlank()) {
      throw new InvalidJwtException("is empty");
    }
    if (token.length() > MAX_LENGTH) {
      throw new InvalidJwtException("is longer than " + MAX_LENGTH + " characters");
    }
    JWT jwt;
    try {
      jwt = JWTParser.parse(token);
    } catch (ParseException | RuntimeException e) {
      throw new InvalidJwtException("is not a well-formed JWT");
    }
    if (jwt instanceof PlainJWT) {
      throw new InvalidJwtException("is unsigned (alg none)");
    }
    if (!(jwt instanceof SignedJWT signed)) {
      throw new InvalidJwtException("is encrypted; only signed JWTs are accepted");
    }
    SignedJWT read;
    try {
      // RFC 7519 §4: a repeated claim name reads as its last value (Keycloak's JARM repeats iss).
      read = LastMemberWinsJwt.of(signed);
    } catch (ParseException e) {
      throw new InvalidJwtException("is not a well-formed JWT");
    }
    try {
      return processor.process(read, null);
    } catch (BadJOSEException e) {
      throw new InvalidJwtException(e.getMessage());
    } catch (RateLimitReachedException e) {
      throw new InvalidJwtException("no JWKS key matches the token (refresh rate-limited)");
    } catch (JOSEException e) {
      if (e.getCause() instanceof com.nimbusds.jose.KeySourceException
          || e instanceof com.nimbusds.jose.KeySourceException) {
        throw JwksSource.unavailable("JWKS", e);
      }
      throw new InvalidJwtException("signature could not be verified: " + e.getMessage());
    } catch (RuntimeException e) {
      // Nimbus may throw runtime exceptions on hostile key or header values.
      throw new InvalidJwtException("could not be processed");
    }
  }

  private static Set<JOSEObjectType> defaultTypes() {
    Set<JOSEObjectType> types = new java.util.HashSet<>();
    types.add(null);
    types.add(JOSEObjectType.JWT);
    types.add(new JOSEObjectType("at+jwt"));
    types.add(new JOSEObjectType("application/at+jwt"));
    return java.util.Collections.unmodifiableSet(types);
  }

  private void verifyClaims(JWTClaimsSet claims) throws BadJWTException {
    Instant now = clock.instant();
    Date exp = claims.getExpirationTime();
    if (exp == null && requireExpiry) {
      throw new BadJWTException("has no exp claim");
    }
    if (exp != null && now.minus(skew).isAfter(exp.toInstant())) {
      throw new BadJWTException("expired at " + exp.toInstant());
    }
    Date nbf = claims.getNotBeforeTime();
    if (nbf != null && now.plus(skew).isBefore(nbf.toInstant())) {
      throw new BadJWTException("not valid before " + nbf.toInstant());
    }
    Date iat = claims.getIssueTime();
    if (iat != null && now.plus(skew).isBefore(iat.toInstant())) {
      throw new BadJWTException("issued in the future (" + iat.toInstant() + ")");
    }
    if (issuer != null && !issuer.equals(claims.getIssuer())) {
      throw new BadJWTException("issuer is not " + issuer);
    }
    if (!audiences.isEmpty()) {
      List<String> aud = claims.getAudience();
      if (aud == null || aud.stream().noneMatch(audiences::contains)) {
        throw new BadJWTException("audience does not include " + audiences);
      }
    }
  }

  /** Configures a {@link JwtValidator}. Not thread-safe. */
  public static final class Builder {
    private final JwksSource jwks;
    private String issuer;
    private final Set<String> audiences = new LinkedHashSet<>();
    private Set<JWSAlgorithm> algorithms =
        Set.of(
            JWSAlgorithm.RS256,
            JWSAlgorithm.PS256,
            JWSAlgorithm.ES256,
            JWSAlgorithm.PS384,
            JWSAlgorithm.ES384,
            JWSAlgorithm.RS384,
            JWSAlgorithm.PS512,
            JWSAlgorithm.RS512,
            JWSAlgorithm.ES512);
    private Clock clock = Clock.systemUTC();
    private Duration skew = Duration.ofSeconds(60);
    private boolean requireExpiry = true;
    private Set<JOSEObjectType> types = DEFAULT_TYPES;

    private Builder(JwksSource jwks) {
      this.jwks = jwks;
    }

    /**
     * Requires this exact {@code iss}.
     *
     * @param issuer the issuer; null to accept any
     * @return this builder
     */
    public Builder issuer(String issuer) {
      this.issuer = issuer;
      return this;
    }

    /**
     * Adds an accepted audience; the token's {@code aud} must contain at least one.
     *
     * @param audience e.g. the client id
     * @return this builder
     */
    public Builder audience(String audience) {
      this.audiences.add(audience);
      return this;
    }

    /**
     * Sets the accepted signature algorithms. Only asymmetric ones are allowed.
     *
     * @param algorithms default RS/PS/ES 256–512
     * @return this builder
     */
    public Builder allowedAlgorithms(Set<JWSAlgorithm> algorithms) {
      this.algorithms = algorithms;
      return this;
    }

    /**
     * Sets the clock.
     *
     * @param clock default the system UTC clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * Sets the tolerated clock difference for {@code exp}, {@code nbf} and {@code iat}.
     *
     * @param skew 0 to 10 minutes; default 60 s
     * @return this builder
     */
    public Builder clockSkew(Duration skew) {
      this.skew = skew;
      return this;
    }

    /**
     * Sets whether a token without {@code exp} is refused.
     *
     * @param required default true
     * @return this builder
     */
    public Builder requireExpiry(boolean required) {
      this.requireExpiry = required;
      return this;
    }

    /**
     * Sets the accepted {@code typ} header values; {@code null} in the set accepts a missing {@code
     * typ}.
     *
     * @param types default: absent, {@code JWT}, {@code at+jwt}, {@code application/at+jwt}
     * @return this builder
     */
    public Builder allowedTypes(Set<JOSEObjectType> types) {
      this.types = types;
      return this;
    }

    /**
     * Validates the configuration and builds the validator.
     *
     * @return the validator
     * @throws io.github.fsonboard.core.error.ValidationException naming each bad setting
     */
    public JwtValidator build() {
      Validation v = new Validation();
      v.require(jwks != null, "jwks", "is required");
      v.require(
          algorithms != null && !algorithms.isEmpty() && ASYMMETRIC.containsAll(algorithms),
          "allowedAlgorithms",
          "must be a non-empty set of asymmetric JWS algorithms (no none, no HMAC)");
      v.require(!audiences.contains(null), "audience", "must not be null");
      v.require(types != null && !types.isEmpty(), "allowedTypes", "must not be empty");
      v.require(clock != null, "clock", "is required");
      v.require(
          skew != null && !skew.isNegative() && skew.compareTo(Duration.ofMinutes(10)) <= 0,
          "clockSkew",
          "must be between 0 and 10 minutes");
      v.throwIfInvalid();
      return new JwtValidator(this);
    }
  }
}
