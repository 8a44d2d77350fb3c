package io.github.fsonboard.testkit.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Issues and verifies the RS256 JWT access and ID tokens of both servers. */
public final class Tokens {
  private final Store store;
  private final RSAKey jwk;
  private final RSASSASigner signer;
  private final RSASSAVerifier verifier;
  private final Duration lifetime;

  /**
   * Creates the token service.
   *
   * @param store the store (tokens are recorded there)
   * @param keys the key material holding the signing key
   * @param lifetime access token lifetime
   */
  public Tokens(Store store, KeyMaterial keys, Duration lifetime) {
    this.store = store;
    this.lifetime = lifetime;
    try {
      byte[] der = keys.signingCertificate().getEncoded();
      byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(der);
      this.jwk =
          new RSAKey.Builder((RSAPublicKey) keys.signingKeys().getPublic())
              .privateKey((RSAPrivateKey) keys.signingKeys().getPrivate())
              .keyUse(KeyUse.SIGNATURE)
              .algorithm(JWSAlgorithm.RS256)
              .keyIDFromThumbprint()
              .x509CertSHA256Thumbprint(Base64URL.encode(sha256))
              .x509CertChain(List.of(Base64.encode(der)))
              .build();
      this.signer = new RSASSASigner(jwk);
      this.verifier = new RSASSAVerifier(jwk.toRSAPublicKey());
    } catch (JOSEException | NoSuchAlgorithmException | CertificateEncodingException e) {
      throw new IllegalStateException("Cannot set up token signing", e);
    }
  }

  /**
   * Returns the public JWKS document.
   *
   * @return the JWKS as a map
   */
  public Map<String, Object> jwks() {
    return new JWKSet(jwk.toPublicJWK()).toJSONObject(true);
  }

  /**
   * Returns the access-token lifetime.
   *
   * @return the lifetime
   */
  public Duration lifetime() {
    return lifetime;
  }

  /**
   * Issues and records an access token, bound to a certificate or DPoP key when a binding is given:
   * the JWT then carries {@code binding_type}, {@code binding_ref} and {@code cnf} as IS's
   * JWTTokenIssuer writes them.
   *
   * @param realm "apim" or "is"
   * @param issuer the iss claim
   * @param clientId the client
   * @param username the user or null
   * @param scopes granted scopes
   * @param grantType the grant used
   * @param withRefresh whether to pair a refresh token
   * @param binding the binding, or null for a bearer token
   * @return the record
   */
  public TokenRecord issue(
      String realm,
      String issuer,
      String clientId,
      String username,
      List<String> scopes,
      String grantType,
      boolean withRefresh,
      TokenBinding binding) {
    Instant now = store.clock.instant();
    Instant exp = now.plus(lifetime);
    String jti = UUID.randomUUID().toString();
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .subject(username != null ? username : clientId)
            .audience(clientId)
            .claim("azp", clientId)
            .claim("client_id", clientId)
            // No scope granted: no scope claim (JWTAccessTokenOAuthBuilder adds it only if any).
            .claim("scope", scopes.isEmpty() ? null : String.join(" ", scopes))
            .claim("aut", username != null ? "APPLICATION_USER" : "APPLICATION")
            .issueTime(Date.from(now))
            .notBeforeTime(Date.from(now))
            .expirationTime(Date.from(exp))
            .jwtID(jti);
    if (binding != null) {
      claims
          .claim("binding_type", binding.type())
          .claim("binding_ref", binding.reference())
          .claim("cnf", binding.cnf());
    }
    String refresh = withRefresh ? store.randomToken(24) : null;
    TokenRecord record =
        new TokenRecord(
            jti,
            realm,
            clientId,
            username,
            List.copyOf(scopes),
            now,
            exp,
            refresh,
            grantType,
            sign(claims.build(), "at+jwt"),
            binding);
    store.tokens.put(jti, record);
    if (refresh != null) {
      store.refreshTokens.put(refresh, jti);
    }
    store.issuedTokens++;
    return record;
  }

  /**
   * Signs an ID token.
   *
   * @param issuer iss
   * @param clientId aud
   * @param subject sub
   * @param nonce nonce or null
   * @return the serialised JWT
   */
  public String idToken(String issuer, String clientId, String subject, String nonce) {
    return idToken(issuer, clientId, subject, nonce, null, null);
  }

  /**
   * An ID token as the token endpoint issues it: with {@code at_hash} and {@code c_hash} of the
   * access token and code it answers (OpenIDConnectSystemClaimImpl.getAdditionalClaims for a token
   * request, RS256 so SHA-256's left half).
   *
   * @param issuer the iss
   * @param clientId the aud and azp
   * @param subject the sub
   * @param nonce the nonce, or null
   * @param accessToken the access token issued with it, or null
   * @param code the authorization code exchanged, or null
   * @return the signed ID token
   */
  public String idToken(
      String issuer,
      String clientId,
      String subject,
      String nonce,
      String accessToken,
      String code) {
    Instant now = store.clock.instant();
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .subject(subject)
            .audience(clientId)
            .claim("azp", clientId)
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(lifetime)))
            .jwtID(UUID.randomUUID().toString());
    if (nonce != null) {
      claims.claim("nonce", nonce);
    }
    if (accessToken != null) {
      claims.claim("at_hash", leftHalfSha256(accessToken));
    }
    if (code != null) {
      claims.claim("c_hash", leftHalfSha256(code));
    }
    return sign(claims.build(), "JWT");
  }

  /**
   * A JWT-secured authorization response (JARM) as IS 7 signs it: identity-inbound-auth-oauth
   * {@code JarmResponseModeProvider.getJWTClaimsSet} puts {@code iss} (the ID token issuer), {@code
   * aud} (the client), {@code exp}, then {@code code}, {@code state} and {@code scope} when
   * present, and {@code getJWTToken} signs it like an ID token. IS takes the lifetime from {@code
   * getJarmResponseJwtValidityPeriodInSeconds} (configurable); the emulator gives it five minutes.
   *
   * @param issuer the iss
   * @param clientId the aud
   * @param code the authorization code
   * @param state the state, or null
   * @param scope the scope, or null
   * @return the signed JWT
   */
  public String authorizationResponse(
      String issuer, String clientId, String code, String state, String scope) {
    JWTClaimsSet.Builder claims = jarmClaims(issuer, clientId).claim("code", code);
    if (state != null) {
      claims.claim("state", state);
    }
    if (scope != null) {
      claims.claim("scope", scope);
    }
    return sign(claims.build(), "JWT");
  }

  /**
   * A JWT-secured authorization error response as IS 7 signs it: {@code
   * JarmResponseModeProvider.getErrorJWTClaimsSet} puts {@code iss}, {@code aud}, {@code error},
   * {@code error_description}, {@code exp}, and {@code state} only when it is not blank; it is
   * signed like the success response.
   *
   * @param issuer the iss
   * @param clientId the aud
   * @param error the OAuth error code
   * @param description the error description, or null
   * @param state the state, or null
   * @return the signed JWT
   */
  public String authorizationErrorResponse(
      String issuer, String clientId, String error, String description, String state) {
    JWTClaimsSet.Builder claims =
        jarmClaims(issuer, clientId).claim("error", error).claim("error_description", description);
    if (state != null && !state.isBlank()) {
      claims.claim("state", state);
    }
    return sign(claims.build(), "JWT");
  }

  /** What every JARM response carries: iss, aud and an exp five minutes on. */
  private JWTClaimsSet.Builder jarmClaims(String issuer, String clientId) {
    return new JWTClaimsSet.Builder()
        .issuer(issuer)
        .audience(clientId)
        .expirationTime(Date.from(store.clock.instant().plusSeconds(300)));
  }

  private static String leftHalfSha256(String value) {
    try {
      byte[] digest =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(java.util.Arrays.copyOf(digest, 16));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private String sign(JWTClaimsSet claims, String type) {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(jwk.getKeyID())
                .type(new JOSEObjectType(type))
                .build(),
            claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot sign a token", e);
    }
    return jwt.serialize();
  }

  /**
   * Finds the live record of an access token.
   *
   * @param token the serialised JWT
   * @param realm the realm it must belong to, or null for any
   * @return the record, or null when unknown, badly signed, revoked or expired
   */
  public TokenRecord verify(String token, String realm) {
    if (token == null) {
      return null;
    }
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      if (!jwt.verify(verifier)) {
        return null;
      }
      TokenRecord record = store.tokens.get(jwt.getJWTClaimsSet().getJWTID());
      if (record == null
          || !record.accessToken().equals(token)
          || (realm != null && !realm.equals(record.realm()))
          || !record.expiresAt().isAfter(store.clock.instant())) {
        return null;
      }
      return record;
    } catch (ParseException | JOSEException e) {
      return null;
    }
  }
}
