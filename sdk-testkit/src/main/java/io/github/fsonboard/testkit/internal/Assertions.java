package io.github.fsonboard.testkit.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * JWT assertions at the IS token endpoint: {@code private_key_jwt} client authentication (client
 * keys from the client's {@code jwks_uri}; IS's DCR has no inline {@code jwks}) and the {@code
 * urn:ietf:params:oauth:grant-type:jwt-bearer} grant (issuer keys configured on the emulator). Both
 * check audience, expiry and {@code jti} replay; the grant also enforces WSO2's 30-minute {@code
 * iat} window.
 */
final class Assertions {
  private static final Duration IAT_WINDOW = Duration.ofMinutes(30);

  private Assertions() {}

  private static SignedJWT parse(String jwt) {
    try {
      return jwt == null ? null : SignedJWT.parse(jwt);
    } catch (ParseException e) {
      return null;
    }
  }

  private static JWSVerifier verifier(PublicKey key) throws JOSEException {
    if (key instanceof RSAPublicKey rsa) {
      return new RSASSAVerifier(rsa);
    }
    if (key instanceof ECPublicKey ec) {
      return new ECDSAVerifier(ec);
    }
    throw new JOSEException("Unsupported key type " + key.getAlgorithm());
  }

  private static String commonChecks(Context ctx, JWTClaimsSet claims, String otherAudience) {
    Instant now = ctx.store.clock.instant();
    if (claims.getExpirationTime() == null
        || !claims.getExpirationTime().toInstant().isAfter(now)) {
      return "JSON Web Token is expired";
    }
    List<String> aud = claims.getAudience();
    String tokenEndpoint = ctx.isBase + "/oauth2/token";
    if (aud == null
        || !aud.contains(tokenEndpoint)
            && (otherAudience == null || !aud.contains(otherAudience))) {
      return "None of the audience values matched the tokenEndpoint Alias " + tokenEndpoint;
    }
    String jti = claims.getJWTID();
    if (jti != null && !ctx.store.usedAssertionIds.add(claims.getIssuer() + "\n" + jti)) {
      return "JWT Token with jti: " + jti + " has been replayed";
    }
    return null;
  }

  /**
   * Authenticates a client by a signed client assertion.
   *
   * @param ctx the context
   * @param assertion the client_assertion
   * @return the client, or null when authentication fails
   */
  static Store.Client authenticateWithAssertion(Context ctx, String assertion) {
    return authenticateWithAssertion(ctx, assertion, null);
  }

  /**
   * Authenticates a client by a signed client assertion whose {@code aud} may also be the endpoint
   * called: identity-oauth-addons {@code JWTValidator.isValidAssertion} accepts the token endpoint
   * alias and, for a pushed authorization request, the PAR endpoint.
   *
   * @param ctx the context
   * @param assertion the client_assertion
   * @param endpoint another accepted audience, or null
   * @return the client, or null when authentication fails
   */
  static Store.Client authenticateWithAssertion(Context ctx, String assertion, String endpoint) {
    SignedJWT jwt = parse(assertion);
    if (jwt == null) {
      return null;
    }
    try {
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      Store.Client client = ctx.store.clients.get(claims.getIssuer());
      if (client == null
          || !"is".equals(client.realm)
          || !claims.getIssuer().equals(claims.getSubject())) {
        return null;
      }
      boolean verified = signedByClient(ctx, client, jwt);
      return verified && commonChecks(ctx, claims, endpoint) == null ? client : null;
    } catch (ParseException e) {
      return null;
    }
  }

  /**
   * Whether one of the client's keys (matching the {@code kid} when the JWT names one) verifies the
   * JWT: for client assertions and request objects alike.
   *
   * @param ctx the context
   * @param client the client
   * @param jwt the signed JWT
   * @return whether it verifies
   */
  static boolean signedByClient(Context ctx, Store.Client client, SignedJWT jwt) {
    for (JWK key : clientKeys(ctx, client)) {
      try {
        PublicKey pub =
            key instanceof RSAKey rsa
                ? rsa.toRSAPublicKey()
                : key instanceof ECKey ec ? ec.toECPublicKey() : null;
        if (pub != null
            && (jwt.getHeader().getKeyID() == null
                || jwt.getHeader().getKeyID().equals(key.getKeyID()))
            && jwt.verify(verifier(pub))) {
          return true;
        }
      } catch (JOSEException | IllegalStateException e) {
        // a key of another type or size than the JWT's algorithm: try the next
      }
    }
    return false;
  }

  /**
   * The client's public keys, from its {@code jwks_uri}.
   *
   * @param ctx the context
   * @param client the client
   * @return the keys; empty when none can be read
   */
  static List<JWK> clientKeys(Context ctx, Store.Client client) {
    try {
      Object uri = client.metadata.get("jwks_uri");
      Map<String, Object> local = uri instanceof String u ? ctx.localJwks.apply(u) : null;
      if (local != null) {
        return JWKSet.parse(local).getKeys();
      }
      if (uri instanceof String s && !s.isBlank()) {
        HttpResponse<String> r =
            HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .build()
                .send(
                    HttpRequest.newBuilder(URI.create(s)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
        return JWKSet.parse(r.body()).getKeys();
      }
    } catch (ParseException | IOException | IllegalArgumentException e) {
      return new ArrayList<>();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return new ArrayList<>();
  }

  /**
   * Checks a jwt-bearer grant assertion.
   *
   * @param ctx the context
   * @param assertion the assertion parameter
   * @return an error description, or null when valid
   */
  static String checkJwtBearerGrant(Context ctx, String assertion) {
    SignedJWT jwt = parse(assertion);
    if (jwt == null) {
      return "Error while parsing the JWT.";
    }
    try {
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      PublicKey key =
          claims.getIssuer() == null
              ? null
              : ctx.settings.jwtBearerIssuers().get(claims.getIssuer());
      if (key == null) {
        return "No Registered IDP found for the JWT with issuer name : " + claims.getIssuer();
      }
      if (!jwt.verify(verifier(key))) {
        return "Signature or Message Authentication invalid.";
      }
      if (claims.getSubject() == null || claims.getSubject().isBlank()) {
        return "Mandatory field sub is empty in the given JSON Web Token.";
      }
      if (claims.getIssueTime() != null
          && claims
              .getIssueTime()
              .toInstant()
              .isBefore(ctx.store.clock.instant().minus(IAT_WINDOW))) {
        return "JSON Web Token is issued before the allowed time.";
      }
      return commonChecks(ctx, claims, null);
    } catch (ParseException | JOSEException e) {
      return "Error while validating the JWT.";
    }
  }

  /**
   * The subject of a (valid) assertion.
   *
   * @param assertion the assertion
   * @return its sub claim
   */
  static String subject(String assertion) {
    try {
      return SignedJWT.parse(assertion).getJWTClaimsSet().getSubject();
    } catch (ParseException e) {
      return null;
    }
  }
}
