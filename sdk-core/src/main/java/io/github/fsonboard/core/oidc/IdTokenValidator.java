package io.github.fsonboard.core.oidc;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.cert.InvalidJwtException;
import io.github.fsonboard.core.cert.JwksSource;
import io.github.fsonboard.core.cert.JwtValidator;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.error.ValidationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Set;

/**
 * Validates an ID token as OpenID Connect Core 1.0 §3.1.3.7 (and §3.3.2.11 for {@code c_hash})
 * asks. The signature, algorithm (asymmetric only), {@code iss}, {@code aud} containing the client,
 * {@code exp} and {@code iat} with clock skew are checked by {@link JwtValidator} on the issuer's
 * {@link JwksSource}; this class adds what is specific to ID tokens:
 *
 * <ul>
 *   <li>{@code sub}, {@code exp} and {@code iat} are required;
 *   <li>with several audiences, {@code azp} is required; when present it must be the client;
 *   <li>{@code nonce} must match the one sent (constant-time), and must be present when one was;
 *   <li>with {@code max_age}, {@code auth_time} is required and no older than it (plus skew);
 *   <li>{@code at_hash} / {@code c_hash}: when the access token or code is given, the hash must be
 *       the left half of its digest under the token's algorithm's hash; {@code at_hash} is required
 *       when an access token is given, as the token endpoint returns both together in FAPI flows.
 * </ul>
 *
 * <p>Failures are {@link InvalidJwtException}s whose message names the claim, never the token.
 * Immutable and thread-safe.
 */
public final class IdTokenValidator {
  private final JwtValidator jwt;
  private final String clientId;
  private final Clock clock;
  private final Duration skew;

  private IdTokenValidator(Builder b, JwtValidator jwt) {
    this.clientId = b.clientId;
    this.clock = b.clock;
    this.skew = b.skew;
    this.jwt = jwt;
  }

  /**
   * Starts a validator for ID tokens signed with keys of {@code jwks}.
   *
   * @param jwks the issuer's keys (e.g. {@code JwksSource.builder(jwksUri).httpFetcher(...)})
   * @return a builder
   */
  public static Builder builder(JwksSource jwks) {
    return new Builder(jwks);
  }

  /**
   * Validates an ID token.
   *
   * @param idToken the compact JWS from the token response
   * @param expected what the client sent and received with it
   * @return the validated claims
   * @throws InvalidJwtException naming the failed check
   * @throws io.github.fsonboard.core.error.TransportException when the JWKS cannot be fetched
   */
  public IdToken validate(Secret idToken, IdTokenExpectations expected) {
    Validation.requireNonNull(idToken, "idToken");
    Validation.requireNonNull(expected, "expected");
    String token = idToken.reveal();
    JWTClaimsSet claims = jwt.validate(token);
    JWSHeader header;
    try {
      header = SignedJWT.parse(token).getHeader();
    } catch (ParseException e) {
      throw new InvalidJwtException("ID token is not a well-formed JWT");
    }
    Instant exp = instant(claims.getExpirationTime());
    Instant iat = instant(claims.getIssueTime());
    String sub = claims.getSubject();
    require(sub != null && !sub.isBlank(), "ID token has no sub claim");
    require(iat != null, "ID token has no iat claim");
    checkAuthorizedParty(claims);
    checkNonce(claims, expected);
    Instant authTime = authTime(claims);
    if (expected.maxAge() != null) {
      require(authTime != null, "ID token has no auth_time although max_age was sent");
      require(
          !clock.instant().minus(skew).isAfter(authTime.plus(expected.maxAge())),
          "ID token auth_time " + authTime + " is older than max_age " + expected.maxAge());
    }
    checkHash(claims, "at_hash", expected.accessToken(), header.getAlgorithm(), true);
    checkHash(claims, "c_hash", expected.code(), header.getAlgorithm(), false);
    return new IdToken(claims.getIssuer(), sub, claims.getAudience(), exp, iat, authTime, claims);
  }

  /**
   * The issuer's signature, {@code iss}, {@code aud} (this client) and {@code exp} checks alone:
   * what a JWT-secured authorization response (JARM) must also pass.
   */
  JwtValidator issuerJwtValidator() {
    return jwt;
  }

  private void checkAuthorizedParty(JWTClaimsSet claims) {
    String azp;
    try {
      azp = claims.getStringClaim("azp");
    } catch (ParseException e) {
      throw new InvalidJwtException("ID token azp is not a string");
    }
    List<String> aud = claims.getAudience();
    require(aud.size() < 2 || azp != null, "ID token has several audiences and no azp claim");
    require(azp == null || azp.equals(clientId), "ID token azp is not this client");
  }

  private static void checkNonce(JWTClaimsSet claims, IdTokenExpectations expected) {
    if (expected.nonce() == null) {
      return;
    }
    Object nonce = claims.getClaim("nonce");
    require(nonce != null, "ID token has no nonce although one was sent");
    require(
        nonce instanceof String s && expected.nonce().matches(s),
        "ID token nonce does not match the one sent (replayed or another session's token)");
  }

  private static Instant authTime(JWTClaimsSet claims) {
    Object v = claims.getClaim("auth_time");
    if (v == null) {
      return null;
    }
    if (v instanceof Date d) {
      return d.toInstant();
    }
    if (v instanceof Number n) {
      return Instant.ofEpochSecond(n.longValue());
    }
    throw new InvalidJwtException("ID token auth_time is not a number");
  }

  private static void checkHash(
      JWTClaimsSet claims, String name, Secret value, JWSAlgorithm alg, boolean required) {
    if (value == null) {
      return;
    }
    Object claim = claims.getClaim(name);
    if (claim == null) {
      require(!required, "ID token has no " + name + " claim for the access token");
      return;
    }
    byte[] expected = leftHalfHash(value.reveal(), alg).getBytes(StandardCharsets.US_ASCII);
    require(
        claim instanceof String s
            && MessageDigest.isEqual(expected, s.getBytes(StandardCharsets.US_ASCII)),
        "ID token " + name + " does not match");
  }

  /** OIDC Core §3.1.3.6: base64url of the left-most half of the hash the JWS alg uses. */
  static String leftHalfHash(String value, JWSAlgorithm alg) {
    String name = alg.getName();
    String digest =
        name.endsWith("384")
            ? "SHA-384"
            : name.endsWith("512") || name.startsWith("Ed") ? "SHA-512" : "SHA-256";
    try {
      byte[] hash =
          MessageDigest.getInstance(digest).digest(value.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(Arrays.copyOf(hash, hash.length / 2));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(digest + " is part of every JDK", e);
    }
  }

  private static Instant instant(Date d) {
    return d == null ? null : d.toInstant();
  }

  private static void require(boolean ok, String reason) {
    if (!ok) {
      throw new InvalidJwtException(reason);
    }
  }

  @Override
  public String toString() {
    return "IdTokenValidator[client=" + clientId + "]";
  }

  /**
   * Configures an {@link IdTokenValidator}. The settings it shares with {@link JwtValidator} are
   * handed to that builder, which checks them. Not thread-safe.
   */
  public static final class Builder {
    private final JwksSource jwks;
    private String issuer;
    private String clientId;
    private Set<JWSAlgorithm> algorithms;
    private boolean algorithmsSet; // unset: the general validator's default; set null: refused
    private Clock clock = Clock.systemUTC();
    private Duration skew = Duration.ofSeconds(60);

    private Builder(JwksSource jwks) {
      this.jwks = jwks;
    }

    /**
     * Sets the issuer the token's {@code iss} must equal exactly (the discovery document's).
     *
     * @param issuer the issuer identifier
     * @return this builder
     */
    public Builder issuer(String issuer) {
      this.issuer = issuer;
      return this;
    }

    /**
     * Sets this client's id, which {@code aud} must contain and {@code azp} must equal.
     *
     * @param clientId the client id
     * @return this builder
     */
    public Builder clientId(String clientId) {
      this.clientId = clientId;
      return this;
    }

    /**
     * Restricts the signing algorithms, e.g. to {@code PS256} and {@code ES256} for FAPI.
     *
     * @param algorithms asymmetric JWS algorithms; default RS/PS/ES 256–512
     * @return this builder
     */
    public Builder allowedAlgorithms(Set<JWSAlgorithm> algorithms) {
      this.algorithms = algorithms;
      this.algorithmsSet = true;
      return this;
    }

    /**
     * Sets the clock (for tests).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * Sets the tolerated clock difference for {@code exp}, {@code iat} and {@code auth_time}.
     *
     * @param skew 0 to 10 minutes; default 60 seconds
     * @return this builder
     */
    public Builder clockSkew(Duration skew) {
      this.skew = skew;
      return this;
    }

    /**
     * Builds the validator.
     *
     * @return the validator
     * @throws io.github.fsonboard.core.error.ValidationException naming every missing or bad value
     */
    public IdTokenValidator build() {
      Validation v = new Validation();
      v.require(issuer != null && !issuer.isBlank(), "issuer", "is required");
      v.require(clientId != null && !clientId.isBlank(), "clientId", "is required");
      // jwks, algorithms, clock and skew: checked by the general validator, in its words
      JwtValidator.Builder general =
          JwtValidator.builder(jwks)
              .issuer(issuer)
              .clock(clock)
              .clockSkew(skew)
              .requireExpiry(true);
      if (v.isValid()) {
        general.audience(clientId);
      }
      if (algorithmsSet) {
        general.allowedAlgorithms(algorithms);
      }
      JwtValidator jwt = null;
      try {
        jwt = general.build();
      } catch (ValidationException e) {
        v.addAll(e);
      }
      v.throwIfInvalid();
      return new IdTokenValidator(this, jwt);
    }
  }
}
