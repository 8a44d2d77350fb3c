package io.github.fsonboard.testkit.internal;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.Base64URL;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * {@code tls_client_auth} at the IS token endpoint, as wso2-extensions
 * identity-oauth-clientauth-mutualtls {@code MutualTLSClientAuthenticator} does it: the client
 * certificate comes from the TLS handshake ({@link Request#clientCertificate()}); it must be the
 * application's registered certificate (or a key of its {@code jwks_uri} by {@code x5t} or {@code
 * x5c}) and, when {@code tls_client_auth_subject_dn} is registered, carry exactly that subject DN.
 */
final class IsMutualTls {
  private IsMutualTls() {}

  /**
   * MutualTLSClientAuthenticator.canAuthenticate / isMTLSAuthentication: {@code client_id} in the
   * body, a client certificate, and no other credential (no secret, no client assertion, no
   * Authorization header).
   *
   * @param r the request
   * @param form its form
   * @return whether mutual TLS authenticates this request
   */
  static boolean applies(Request r, Map<String, String> form) {
    return !blank(form.get("client_id"))
        && blank(form.get("client_secret"))
        && blank(form.get("client_assertion"))
        && blank(form.get("client_assertion_type"))
        && r.header("Authorization") == null
        && r.clientCertificate() != null;
  }

  /**
   * MutualTLSClientAuthenticator.authenticateClient: the jwks_uri when the application has one
   * (isJwksUriConfigured), else the application certificate (OAuth2Util.getX509CertOfOAuthApp).
   *
   * @param ctx the context
   * @param r the request ({@link #applies} holds)
   * @param form its form
   * @return the client, or null when authentication fails (invalid_client)
   */
  static Store.Client authenticate(Context ctx, Request r, Map<String, String> form) {
    Store.Client client = ctx.store.clients.get(form.get("client_id"));
    if (client == null || !"is".equals(client.realm)) {
      return null;
    }
    X509Certificate presented = r.clientCertificate();
    boolean matched =
        client.metadata.get("jwks_uri") instanceof String
            ? inJwks(Assertions.clientKeys(ctx, client), presented)
            : presented.equals(registeredCertificate(ctx, client));
    return matched && subjectMatches(client, presented) ? client : null;
  }

  /**
   * MutualTLSClientAuthenticator.authenticate(registeredCert, requestCert, oAuthAppDO): with a
   * registered {@code tls_client_auth_subject_dn} the certificate's {@code getSubjectDN()
   * .toString()} must equal it as a string. That is the JDK's RFC 1779 style ({@code CN=tpp,
   * O=Org}, a space after each comma), not RFC 2253.
   */
  private static boolean subjectMatches(Store.Client client, X509Certificate presented) {
    Object dn = client.metadata.get("tls_client_auth_subject_dn");
    return !(dn instanceof String s)
        || s.isEmpty()
        || s.equals(presented.getSubjectX500Principal().toString());
  }

  private static X509Certificate registeredCertificate(Context ctx, Store.Client client) {
    Object pem = IsApplicationRoutes.application(ctx, client).get("certificate");
    if (!(pem instanceof String text)) {
      return null;
    }
    try {
      return (X509Certificate)
          CertificateFactory.getInstance("X.509")
              .generateCertificate(
                  new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)));
    } catch (CertificateException e) {
      return null;
    }
  }

  /**
   * MutualTLSClientAuthenticator.isAuthenticated: a key whose {@code x5t} is the certificate's
   * thumbprint (MutualTLSUtil.getThumbPrint: either form WSO2 writes is accepted) or whose {@code
   * x5c} leaf is the certificate.
   */
  private static boolean inJwks(List<JWK> keys, X509Certificate presented) {
    String standard = KeyMaterial.x5tS256(presented);
    String hex = hexThumbprint(presented);
    for (JWK key : keys) {
      @SuppressWarnings("deprecation") // x5t is what the IS code reads, deprecated or not
      Base64URL x5t = key.getX509CertThumbprint();
      if (x5t != null && (x5t.toString().equals(standard) || x5t.toString().equals(hex))) {
        return true;
      }
      List<Base64> chain = key.getX509CertChain();
      if (chain != null && !chain.isEmpty()) {
        try {
          byte[] leaf = chain.get(0).decode();
          if (java.util.Arrays.equals(leaf, presented.getEncoded())) {
            return true;
          }
        } catch (CertificateEncodingException e) {
          return false;
        }
      }
    }
    return false;
  }

  /** WSO2's hexified thumbprint: base64url of the hex string of SHA-256(DER). */
  private static String hexThumbprint(X509Certificate certificate) {
    try {
      String hex =
          HexFormat.of()
              .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
      return java.util.Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(hex.getBytes(StandardCharsets.US_ASCII));
    } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
      throw new IllegalStateException("Cannot hash a certificate", e);
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
