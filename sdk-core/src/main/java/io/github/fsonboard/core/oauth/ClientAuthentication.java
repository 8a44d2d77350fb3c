package io.github.fsonboard.core.oauth;

import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.error.ValidationException;
import java.security.PrivateKey;
import java.util.Set;

/**
 * How an OAuth client proves its identity to the token, introspection and revocation endpoints.
 *
 * <pre>{@code
 * ClientAuthentication.clientSecretBasic(consumerKey, consumerSecret); // HTTP Basic
 * ClientAuthentication.clientSecretPost(clientId, secret);             // in the form body
 * ClientAuthentication.privateKeyJwt(clientId, privateKey, "kid-1", "PS256");
 * ClientAuthentication.none(publicClientId);                           // public client (PKCE)
 * }</pre>
 */
public sealed interface ClientAuthentication
    permits ClientAuthentication.ClientSecretBasic,
        ClientAuthentication.ClientSecretPost,
        ClientAuthentication.PrivateKeyJwt,
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
   * {@code private_key_jwt} (RFC 7523 §2.2): a short-lived JWT signed with the client's key.
   *
   * @param clientId the client id (the JWT's {@code iss} and {@code sub})
   * @param key the signing key (RSA or EC)
   * @param keyId the {@code kid} header, or null
   * @param algorithm {@code RS256}, {@code PS256}, {@code ES256}, ...
   * @return the authentication
   */
  static ClientAuthentication privateKeyJwt(
      String clientId, PrivateKey key, String keyId, String algorithm) {
    return new PrivateKeyJwt(clientId, key, keyId, algorithm);
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
   * @param keyId the {@code kid}, or null
   * @param algorithm the JWS algorithm name
   */
  record PrivateKeyJwt(String clientId, PrivateKey key, String keyId, String algorithm)
      implements ClientAuthentication {
    private static final Set<String> ALGORITHMS =
        Set.of("RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512");

    /** Validates the components. */
    public PrivateKeyJwt {
      requireId(clientId);
      if (key == null) {
        throw new ValidationException("privateKey", "is required");
      }
      if (algorithm == null || !ALGORITHMS.contains(algorithm)) {
        throw new ValidationException("algorithm", "must be one of " + ALGORITHMS);
      }
    }

    @Override
    public String toString() {
      return "PrivateKeyJwt[clientId=" + clientId + ", keyId=" + keyId + ", " + algorithm + "]";
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
