package io.github.fsonboard.testkit.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Duration;
import java.util.Date;

/**
 * DPoP proofs at the IS token endpoint, as wso2-extensions identity-oauth-addons {@code
 * org.wso2.carbon.identity.dpop} checks them (DPoPHeaderValidator.isValidDPoP, Utils
 * .getThumbprintOfKeyFromDpopProof): {@code typ dpop+jwt}, a public {@code jwk} and an {@code alg}
 * in the header; {@code iat} no older than the header validity period (60 s by default), a {@code
 * jti}, {@code htm} and {@code htu} equal (ignoring case) to the request's method and URL; the
 * signature verified with the header's EC or RSA key. No nonce is asked for and {@code jti} is not
 * remembered. Every refusal is {@code invalid_dpop_proof}.
 */
final class IsDpop {
  /** DPoPConstants.INVALID_DPOP_PROOF. */
  static final String ERROR = "invalid_dpop_proof";

  /** DPoPConstants.INVALID_DPOP_ERROR, the description of most refusals. */
  static final String INVALID = "Invalid DPoP Proof";

  /** DPoPConstants.DEFAULT_HEADER_VALIDITY. */
  private static final Duration VALIDITY = Duration.ofSeconds(60);

  private IsDpop() {}

  /** A proof IS refuses; the message is the {@code error_description} IS sends. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String description) {
      super(description, null, false, false);
    }
  }

  /**
   * Checks the {@code DPoP} header of a token request.
   *
   * @param ctx the context
   * @param r the request
   * @param missing the description when there is no proof (OauthDPoPInterceptorHandlerProxy: "DPoP
   *     header is required." on issue, "DPoP proof is required." on renewal)
   * @return the RFC 7638 thumbprint of the proof's key ({@code cnf.jkt})
   * @throws Refused when the proof is missing or invalid
   */
  static String verify(Context ctx, Request r, String missing) throws Refused {
    String proof = r.header("DPoP");
    if (proof == null || proof.isBlank()) {
      throw new Refused(missing);
    }
    try {
      SignedJWT jwt = SignedJWT.parse(proof);
      checkClaims(ctx, r, jwt.getJWTClaimsSet());
      JWSHeader header = jwt.getHeader();
      JWK jwk = header.getJWK();
      if (jwk == null
          || jwk.isPrivate()
          || header.getAlgorithm() == null
          || header.getType() == null
          || !"dpop+jwt".equalsIgnoreCase(header.getType().toString())) {
        throw new Refused(INVALID);
      }
      JWSVerifier verifier =
          jwk instanceof ECKey ec
              ? new ECDSAVerifier(ec.toECPublicKey())
              : jwk instanceof RSAKey rsa ? new RSASSAVerifier(rsa.toRSAPublicKey()) : null;
      if (verifier == null || !jwt.verify(verifier)) {
        throw new Refused(INVALID);
      }
      return jwk.computeThumbprint().toString();
    } catch (ParseException | JOSEException | IllegalStateException e) {
      throw new Refused(INVALID);
    }
  }

  /** validateDPoPPayload without {@code ath}: the token endpoint's variant. */
  private static void checkClaims(Context ctx, Request r, JWTClaimsSet claims) throws Refused {
    Date iat = claims.getIssueTime();
    if (iat == null) {
      throw new Refused(INVALID);
    }
    if (Duration.between(iat.toInstant(), ctx.store.clock.instant()).compareTo(VALIDITY) > 0) {
      throw new Refused("Expired DPoP Proof");
    }
    Object htm = claims.getClaim("htm");
    Object htu = claims.getClaim("htu");
    if (claims.getClaim("jti") == null
        || htm == null
        || !r.method().equalsIgnoreCase(htm.toString())
        || htu == null
        || !(ctx.isBase + r.path()).equalsIgnoreCase(htu.toString())) {
      throw new Refused(INVALID);
    }
  }
}
