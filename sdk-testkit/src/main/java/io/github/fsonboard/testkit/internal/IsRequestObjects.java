package io.github.fsonboard.testkit.internal;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Request objects (RFC 9101) as IS 7 checks them, in identity-inbound-auth-oauth: the signature in
 * {@code OIDCRequestObjectUtil.validateRequestObjectSignature} and {@code
 * RequestObjectValidatorUtil.validateSignature} (the client's {@code jwks_uri} keys; the registered
 * {@code request_object_signing_alg} when set), the claims in {@code
 * RequestObjectValidatorImpl.validateRequestObject}. IS checks no {@code jti}: a request object
 * sent twice is accepted twice. The FAPI-only checks ({@code isValidNbfExp}, mandatory nonce) are
 * not emulated.
 */
final class IsRequestObjects {
  /** IS's default {@code TimestampSkew} (OAuthServerConfiguration.timeStampSkewInSeconds). */
  private static final long SKEW_MILLIS = 300_000;

  private static final String INVALID_PARAMETERS =
      "Invalid parameters found in the Request Object.";

  private IsRequestObjects() {}

  /** A refused request object: the OAuth error code and IS's description. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    /** The OAuth error code IS attaches. */
    final String code;

    Refused(String code, String description) {
      super(description, null, false, false);
      this.code = code;
    }
  }

  /**
   * The client id a request object names, to find the client before its signature is checked
   * (OAuth2ParEndpoint.extractParamsFromRequestObject).
   *
   * @param jwt the request object
   * @return the {@code client_id} claim, or null
   */
  static String clientIdOf(String jwt) {
    try {
      Object id = JWTParser.parse(jwt).getJWTClaimsSet().getClaim("client_id");
      return id instanceof String s ? s : null;
    } catch (ParseException e) {
      return null;
    }
  }

  /**
   * Parses a request object and checks its signature against the client's keys.
   *
   * @param ctx the context
   * @param client the client
   * @param jwt the request object
   * @return its claims and whether it was signed
   * @throws Refused when it cannot be parsed or its signature does not verify
   */
  static Verified verify(Context ctx, Store.Client client, String jwt) throws Refused {
    JWT parsed;
    Map<String, Object> claims;
    try {
      parsed = JWTParser.parse(jwt);
      claims = parsed.getJWTClaimsSet().getClaims();
    } catch (ParseException e) {
      throw new Refused(
          "invalid_request",
          "Unable to build a valid Request Object from the authorization request.");
    }
    boolean signed = parsed instanceof SignedJWT;
    if (!signed) {
      if (!(parsed instanceof PlainJWT)) {
        throw new Refused("invalid_request", "Encrypted request objects are not emulated.");
      }
      if (client.flag("require_signed_request_object")) {
        throw new Refused(
            "invalid_request",
            "Request object signature validation is enabled but request object is not signed.");
      }
      return new Verified(claims, false);
    }
    SignedJWT sj = (SignedJWT) parsed;
    String alg = sj.getHeader().getAlgorithm().getName();
    Object registered = client.metadata.get("request_object_signing_alg");
    if (registered instanceof String r && !r.isBlank() && !r.equals(alg)) {
      throw new Refused(
          "invalid_request",
          "Request Object signature verification failed due to an invalid signature algorithm.");
    }
    if (!Assertions.signedByClient(ctx, client, sj)) {
      throw new Refused("invalid_request", "Request Object signature verification failed.");
    }
    return new Verified(claims, true);
  }

  /**
   * RequestObjectValidatorImpl.validateRequestObject: client id and response type match the
   * request, not expired (IS adds its 300 s skew to now: an object expiring sooner is refused),
   * redirect URI matches, nothing nested, and for a signed object {@code iss} is the client id and
   * {@code aud} the token endpoint alias.
   *
   * @param ctx the context
   * @param ro the verified request object
   * @param clientId the request's client id
   * @param responseType the request's response type
   * @param redirectUri the validated redirect URI (or registered regexp) of the request
   * @throws Refused naming what failed
   */
  static void validate(
      Context ctx, Verified ro, String clientId, String responseType, String redirectUri)
      throws Refused {
    String mismatch = "Request Object and Authorization request contains unmatched ";
    if (!matchesIfPresent(ro.claim("client_id"), clientId)) {
      throw new Refused("invalid_request", mismatch + "client_id");
    }
    if (!matchesIfPresent(ro.claim("response_type"), responseType)) {
      throw new Refused("invalid_request", mismatch + "response_type");
    }
    Object exp = ro.claims().get("exp");
    if (exp instanceof Date d
        && ctx.store.clock.instant().toEpochMilli() + SKEW_MILLIS > d.getTime()) {
      throw new Refused("invalid_request", "Request Object is Expired.");
    }
    String redirect = ro.claim("redirect_uri");
    boolean redirectOk =
        redirectUri != null && redirectUri.startsWith("regexp=")
            ? redirect != null && redirect.matches(redirectUri.substring(7))
            : redirect == null || redirect.isEmpty() || redirect.equals(redirectUri);
    if (!redirectOk || ro.claim("request") != null || ro.claim("request_uri") != null) {
      throw new Refused("invalid_request", INVALID_PARAMETERS);
    }
    if (ro.signed()) {
      Object aud = ro.claims().get("aud");
      List<?> audiences = aud instanceof List<?> l ? l : aud == null ? List.of() : List.of(aud);
      if (!clientId.equals(ro.claims().get("iss"))
          || !audiences.contains(ctx.isBase + "/oauth2/token")) {
        throw new Refused("invalid_request", INVALID_PARAMETERS);
      }
    }
  }

  private static boolean matchesIfPresent(String inObject, String inRequest) {
    return inObject == null || inObject.isEmpty() || inObject.equals(inRequest);
  }

  /**
   * A request object whose signature (if any) verified.
   *
   * @param claims its claims
   * @param signed whether it was signed
   */
  record Verified(Map<String, Object> claims, boolean signed) {
    /**
     * A claim as IS reads it (RequestObject.getClaimValue): strings as they are, numbers as text.
     *
     * @param name the claim
     * @return the value, or null
     */
    String claim(String name) {
      Object v = claims.get(name);
      return v == null ? null : v instanceof String s ? s : String.valueOf(v);
    }
  }
}
