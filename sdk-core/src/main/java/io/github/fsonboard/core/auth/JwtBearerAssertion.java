package io.github.fsonboard.core.auth;

import com.nimbusds.jwt.JWTClaimsSet;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.internal.jose.Jws;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds and signs a JWT for the RFC 7523 jwt-bearer grant or for {@code private_key_jwt} client
 * authentication. WSO2 IS requires {@code iss} to be a registered identity provider, {@code aud} to
 * be that provider's token endpoint alias and {@code iat} within a 30-minute window.
 *
 * <pre>{@code
 * Secret assertion = JwtBearerAssertion.builder()
 *     .issuer("tpp-idp").subject("tpp-user").audience("https://is.example/oauth2/token")
 *     .lifetime(Duration.ofMinutes(5))
 *     .sign(SigningKey.fromPem(Secret.of(pem), "kid-1"));
 * TokenResponse t = tokens.request(TokenRequest.jwtBearer(assertion));
 * }</pre>
 */
public final class JwtBearerAssertion {
  private String issuer;
  private String subject;
  private List<String> audience = List.of();
  private Duration lifetime = Duration.ofMinutes(5);
  private String jwtId = UUID.randomUUID().toString();
  private Map<String, Object> claims = Map.of();
  private Clock clock = Clock.systemUTC();

  private JwtBearerAssertion() {}

  /**
   * Starts a builder; {@code jti} defaults to a random UUID and the lifetime to 5 minutes.
   *
   * @return a builder
   */
  public static JwtBearerAssertion builder() {
    return new JwtBearerAssertion();
  }

  /**
   * Sets {@code iss}.
   *
   * @param issuer the issuer
   * @return this builder
   */
  public JwtBearerAssertion issuer(String issuer) {
    this.issuer = issuer;
    return this;
  }

  /**
   * Sets {@code sub}.
   *
   * @param subject the subject
   * @return this builder
   */
  public JwtBearerAssertion subject(String subject) {
    this.subject = subject;
    return this;
  }

  /**
   * Sets {@code aud}.
   *
   * @param audience one or more audiences (the token endpoint, typically)
   * @return this builder
   */
  public JwtBearerAssertion audience(String... audience) {
    this.audience = List.of(audience);
    return this;
  }

  /**
   * Sets the lifetime ({@code exp - iat}).
   *
   * @param lifetime positive, at most one hour
   * @return this builder
   */
  public JwtBearerAssertion lifetime(Duration lifetime) {
    this.lifetime = lifetime;
    return this;
  }

  /**
   * Sets {@code jti}.
   *
   * @param jwtId the unique id
   * @return this builder
   */
  public JwtBearerAssertion jwtId(String jwtId) {
    this.jwtId = jwtId;
    return this;
  }

  /**
   * Adds custom claims.
   *
   * @param claims extra claims (JSON-compatible values)
   * @return this builder
   */
  public JwtBearerAssertion claims(Map<String, Object> claims) {
    this.claims = Map.copyOf(claims);
    return this;
  }

  /**
   * Sets the clock (for tests).
   *
   * @param clock the clock
   * @return this builder
   */
  public JwtBearerAssertion clock(Clock clock) {
    this.clock = clock;
    return this;
  }

  /**
   * Signs the assertion.
   *
   * @param key the signing key (its algorithm and {@code kid} go in the header)
   * @return the compact JWT
   * @throws ValidationException naming every missing claim or unusable key
   */
  public Secret sign(SigningKey key) {
    Validation v = new Validation();
    v.require(issuer != null && !issuer.isBlank(), "iss", "is required");
    v.require(subject != null && !subject.isBlank(), "sub", "is required");
    v.require(!audience.isEmpty(), "aud", "is required");
    v.require(
        lifetime != null
            && !lifetime.isNegative()
            && !lifetime.isZero()
            && lifetime.compareTo(Duration.ofHours(1)) <= 0,
        "exp",
        "lifetime must be positive and at most one hour");
    v.require(key != null, "signingKey", "is required");
    v.throwIfInvalid();
    Instant now = clock.instant();
    JWTClaimsSet.Builder c =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .subject(subject)
            .audience(audience)
            .issueTime(Date.from(now))
            .notBeforeTime(Date.from(now))
            .expirationTime(Date.from(now.plus(lifetime)))
            .jwtID(jwtId);
    claims.forEach(c::claim);
    return Secret.of(Jws.sign(c.build(), key.privateKey(), key.keyId(), key.algorithm(), null));
  }
}
