package io.github.fsonboard.core.oauth;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.cert.Certificates;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.http.ClientCertificate;
import java.security.cert.X509Certificate;
import java.text.ParseException;
import java.util.Map;

/**
 * Checks that an access token is bound to the client certificate in use (RFC 8705 §3): its {@code
 * cnf} claim's {@code x5t#S256} must be the certificate's SHA-256 thumbprint. A token bound to
 * another certificate, or to none, would be refused by a FAPI resource server, or worse, work for
 * whoever holds that other certificate.
 *
 * <pre>{@code
 * TokenResponse t = tokens.request(TokenRequest.authorizationCode(code, redirect, verifier));
 * CertificateBinding.verify(t, clientCertificate);                   // a JWT access token
 * CertificateBinding.verifyThumbprint(                                // an opaque one
 *     is.introspection().introspect(t.accessToken()).certificateThumbprint(), clientCertificate);
 * }</pre>
 *
 * <p>The token's signature is not checked here (that is the resource server's job, and the client
 * may not hold the keys); only its binding. Both the standard thumbprint (base64url of the SHA-256
 * digest) and WSO2's hex variant ({@code IsThumbprintHexifyRequired}) match.
 */
public final class CertificateBinding {
  /** The longest access token parsed: a JWT beyond this is no token a client should hold. */
  private static final int MAX_TOKEN_LENGTH = 64 * 1024;

  private CertificateBinding() {}

  /**
   * Checks the access token of a token response.
   *
   * @param response the token response; its access token must be a JWT
   * @param certificate the client certificate the transport presents
   * @throws CertificateBindingException naming the reason when the token is not bound to it
   */
  public static void verify(TokenResponse response, ClientCertificate certificate) {
    Validation.requireNonNull(response, "response");
    Validation.requireNonNull(certificate, "certificate");
    verifyAccessToken(response.accessToken(), certificate.certificate());
  }

  /**
   * Checks a JWT access token's {@code cnf}.
   *
   * @param accessToken the access token; must be a JWT (introspect an opaque one and use {@link
   *     #verifyThumbprint(String, ClientCertificate)})
   * @param certificate the client certificate
   * @throws CertificateBindingException naming the reason when the token is not bound to it
   */
  public static void verifyAccessToken(Secret accessToken, X509Certificate certificate) {
    Validation.requireNonNull(accessToken, "accessToken");
    Validation.requireNonNull(certificate, "certificate");
    String token = accessToken.reveal();
    Map<String, Object> claims;
    try {
      if (token.length() > MAX_TOKEN_LENGTH) {
        throw new ParseException("too long", 0);
      }
      JWT jwt = JWTParser.parse(token);
      claims = jwt.getJWTClaimsSet().getClaims();
    } catch (ParseException e) {
      throw new CertificateBindingException(
          CertificateBindingException.Reason.NOT_A_JWT,
          "the access token is not a JWT: introspect it and check the cnf of the answer");
    }
    check(claims.get("cnf"), certificate);
  }

  /**
   * Checks a thumbprint read elsewhere, e.g. an introspection answer's {@code cnf.x5t#S256} (RFC
   * 8705 §3.2; sdk-is {@code IntrospectionResult.certificateThumbprint()}).
   *
   * @param thumbprint the {@code x5t#S256} value, or null when the answer had none
   * @param certificate the client certificate
   * @throws CertificateBindingException naming the reason when the token is not bound to it
   */
  public static void verifyThumbprint(String thumbprint, ClientCertificate certificate) {
    Validation.requireNonNull(certificate, "certificate");
    check(thumbprint == null ? null : Map.of("x5t#S256", thumbprint), certificate.certificate());
  }

  private static void check(Object cnf, X509Certificate certificate) {
    Object thumbprint = cnf instanceof Map<?, ?> m ? m.get("x5t#S256") : null;
    if (!(thumbprint instanceof String presented) || presented.isEmpty()) {
      throw new CertificateBindingException(
          CertificateBindingException.Reason.NOT_BOUND,
          "the access token carries no cnf.x5t#S256: it is not bound to a certificate");
    }
    if (!presented.equals(Certificates.x5tS256(certificate))
        && !presented.equals(Certificates.x5tS256Hex(certificate))) {
      throw new CertificateBindingException(
          CertificateBindingException.Reason.OTHER_CERTIFICATE,
          "the access token is bound to another certificate than "
              + certificate.getSubjectX500Principal().getName());
    }
  }
}
