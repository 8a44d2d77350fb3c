package io.github.fsonboard.core.auth;

import io.github.fsonboard.core.error.ValidationException;
import java.net.URI;

/**
 * How an OAuth client proves its identity to the token, introspection and revocation endpoints.
 *
 * <pre>{@code
 * ClientAuthentication.clientSecretBasic(consumerKey, consumerSecret); // HTTP Basic
 * ClientAuthentication.clientSecretPost(clientId, secret);             // in the form body
 * ClientAuthentication.privateKeyJwt(clientId, SigningKey.fromPem(pem, "kid-1"));
 * ClientAuthentication.privateKeyJwt(clientId, key, URI.create(issuer)); // FAPI 2 assertion aud
 * ClientAuthentication.tlsClientAuth(clientId);   // mutual TLS (HttpConfig.clientCertificate)
 * ClientAuthentication.none(publicClientId);                           // public client (PKCE)
 * }</pre>
 */
public sealed interface ClientAuthentication
    permits ClientAuthentication.ClientSecretBasic,
        ClientAuthentication.ClientSecretPost,
        ClientAuthentication.PrivateKeyJwt,
        ClientAuthentication.TlsClientAuth,
        ClientAuthentication.None {

  /**
   * Returns the client id.
   *
   * @return the client id
   */
  String clientId();

  /**
   * {@code client_secret_basic}.
   *
   * @param clientId the client id
   * @param secret the client secret
   * @return the authentication
   */
  static ClientAuthentication clientSecretBasic(String clientId, Secret secret) {
    return new ClientSecretBasic(clientId, secret);
  }

  /**
   * {@code client_secret_post}.
   *
   * @param clientId the client id
   * @param secret the client secret
   * @return the authentication
   */
  static ClientAuthentication clientSecretPost(String clientId, Secret secret) {
    return new ClientSecretPost(clientId, secret);
  }

  /**
   * {@code private_key_jwt} (RFC 7523 §2.2, §3): per request a fresh JWT with {@code iss} and
   * {@code sub} the client id, {@code aud} the endpoint called, a random {@code jti} and a short
   * {@code exp}, signed with the client's key.
   *
   * <p>WSO2 IS (identity-oauth-addons {@code JWTValidator.isValidAssertion}) wants exactly this:
   * {@code iss} and {@code sub} equal to the client id, an {@code aud} that is the token endpoint
   * alias or the PAR endpoint, and a {@code jti} it has not seen (replays are refused unless the
   * tenant allows token reuse). Against a certificate registered on the application it verifies
   * {@code RS*}/{@code PS*} only ({@code JWTValidator.validateSignature}); an {@code ES256} key
   * needs the application's JWKS URI.
   *
   * @param clientId the client id (the JWT's {@code iss} and {@code sub})
   * @param key the client's signing key
   * @return the authentication
   */
  static ClientAuthentication privateKeyJwt(String clientId, SigningKey key) {
    return new PrivateKeyJwt(clientId, key, null);
  }

  /**
   * {@code private_key_jwt} whose assertions carry this {@code aud} at every endpoint the client
   * authenticates to (token, PAR, introspection, revocation), instead of the endpoint called.
   *
   * <p>FAPI 2.0 Security Profile §5.3.2.1 servers want the issuer identifier alone: Keycloak's
   * {@code SecureClientAuthenticationAssertionExecutor} refuses any other {@code aud} at PAR, the
   * authorization-code and refresh token requests, introspection and revocation ({@code
   * invalid_request}, "audience"). WSO2 IS checks {@code aud} against its token endpoint alias or
   * PAR endpoint instead (identity-oauth-addons {@code JWTValidator.isValidAssertion}), so leave it
   * unset there.
   *
   * @param clientId the client id (the JWT's {@code iss} and {@code sub})
   * @param key the client's signing key
   * @param assertionAudience the assertions' {@code aud}, e.g. {@code URI.create(issuer)}; null for
   *     the endpoint called
   * @return the authentication
   * @throws ValidationException naming {@code assertionAudience} when it is not an absolute URI
   */
  static ClientAuthentication privateKeyJwt(
      String clientId, SigningKey key, URI assertionAudience) {
    return new PrivateKeyJwt(clientId, key, assertionAudience);
  }

  /**
   * {@code tls_client_auth} (RFC 8705 §2.1): only {@code client_id} is sent; the client proves
   * itself with the certificate its transport presents in the TLS handshake ({@link
   * io.github.fsonboard.core.http.HttpConfig.Builder#clientCertificate}), which the server matches
   * against the registered subject DN ({@code tls_client_auth_subject_dn}). Clients built with it
   * refuse, when built, a transport without a client certificate. Access tokens issued this way are
   * usually bound to the certificate: check them with {@link
   * io.github.fsonboard.core.oauth.CertificateBinding}.
   *
   * @param clientId the client id
   * @return the authentication
   */
  static ClientAuthentication tlsClientAuth(String clientId) {
    return new TlsClientAuth(clientId);
  }

  /**
   * A public client: only {@code client_id} is sent.
   *
   * @param clientId the client id
   * @return the authentication
   */
  static ClientAuthentication none(String clientId) {
    return new None(clientId);
  }

  /**
   * HTTP Basic with the client id and secret.
   *
   * @param clientId the client id
   * @param secret the client secret
   */
  record ClientSecretBasic(String clientId, Secret secret) implements ClientAuthentication {
    /** Validates the components. */
    public ClientSecretBasic {
      requireId(clientId);
      if (secret == null) {
        throw new ValidationException("client_secret", "is required");
      }
    }
  }

  /**
   * Client id and secret in the form body.
   *
   * @param clientId the client id
   * @param secret the client secret
   */
  record ClientSecretPost(String clientId, Secret secret) implements ClientAuthentication {
    /** Validates the components. */
    public ClientSecretPost {
      requireId(clientId);
      if (secret == null) {
        throw new ValidationException("client_secret", "is required");
      }
    }
  }

  /**
   * A signed client assertion.
   *
   * @param clientId the client id
   * @param key the signing key
   * @param assertionAudience the assertions' {@code aud}, or null for the endpoint called
   */
  record PrivateKeyJwt(String clientId, SigningKey key, URI assertionAudience)
      implements ClientAuthentication {
    /** Validates the components. */
    public PrivateKeyJwt {
      requireId(clientId);
      if (key == null) {
        throw new ValidationException("signingKey", "is required");
      }
      if (assertionAudience != null && !assertionAudience.isAbsolute()) {
        throw new ValidationException("assertionAudience", "must be an absolute URI");
      }
    }

    /**
     * An assertion whose {@code aud} is the endpoint called.
     *
     * @param clientId the client id
     * @param key the signing key
     */
    public PrivateKeyJwt(String clientId, SigningKey key) {
      this(clientId, key, null);
    }
  }

  /**
   * Mutual TLS client authentication with the transport's client certificate.
   *
   * @param clientId the client id
   */
  record TlsClientAuth(String clientId) implements ClientAuthentication {
    /** Validates the component. */
    public TlsClientAuth {
      requireId(clientId);
    }
  }

  /**
   * No client secret (public client).
   *
   * @param clientId the client id
   */
  record None(String clientId) implements ClientAuthentication {
    /** Validates the component. */
    public None {
      requireId(clientId);
    }
  }

  private static void requireId(String clientId) {
    if (clientId == null || clientId.isBlank()) {
      throw new ValidationException("client_id", "is required");
    }
  }
}
