package io.github.fsonboard.harness;

import java.net.URI;
import java.security.KeyPair;

/**
 * A realm {@link KeycloakPeer#configureFapiRealm(Profile)} created: one Keycloak client policy
 * applies a FAPI client profile to every client of the realm, reached over HTTPS with mutual TLS.
 * Its two clients are FAPI-conformant (PKCE S256, certificate-bound access tokens, https redirect
 * URI, PS256) and need no consent screen. {@code toString()} never shows a key.
 *
 * @param profile the client profile in force
 * @param name realm name
 * @param issuer the HTTPS issuer ({@code <httpsBase>/realms/<name>})
 * @param redirectUri the https redirect URI both clients registered
 * @param user a user with a password
 * @param privateKeyJwt the {@code private_key_jwt} client (PS256)
 * @param tlsClientAuth the {@code tls_client_auth} client (RFC 8705 §2.1, subject DN)
 */
public record KeycloakFapiRealm(
    Profile profile,
    String name,
    String issuer,
    String redirectUri,
    KeycloakRealm.User user,
    Client privateKeyJwt,
    Client tlsClientAuth) {

  /** Keycloak's built-in FAPI client profiles (keycloak-default-client-profiles.json). */
  public enum Profile {
    /**
     * FAPI 2.0 Security Profile: confidential client, private_key_jwt or tls_client_auth, PKCE,
     * sender-constrained (here mTLS) tokens, PS256/ES256, client assertion {@code aud} = issuer.
     */
    FAPI_2_SECURITY_PROFILE("fapi-2-security-profile"),
    /** FAPI 2.0 Message Signing: the security profile plus signed request objects. */
    FAPI_2_MESSAGE_SIGNING("fapi-2-message-signing"),
    /**
     * FAPI 1.0 Advanced: signed request objects with nbf/exp, a hybrid or JARM response type, nonce
     * and certificate-bound tokens.
     */
    FAPI_1_ADVANCED("fapi-1-advanced");

    private final String keycloakName;

    Profile(String keycloakName) {
      this.keycloakName = keycloakName;
    }

    /**
     * Returns the profile's name in Keycloak.
     *
     * @return e.g. {@code fapi-2-security-profile}
     */
    public String keycloakName() {
      return keycloakName;
    }
  }

  /**
   * Returns the OpenID discovery document URL.
   *
   * @return {@code <issuer>/.well-known/openid-configuration}
   */
  public URI discovery() {
    return URI.create(issuer + "/.well-known/openid-configuration");
  }

  /**
   * A FAPI client. Both register an RSA public key (JWKS, {@code kid} {@code keyId}) that verifies
   * their {@code PS256} request objects and, for the {@code private_key_jwt} client, its client
   * assertions. Both call the token endpoint with {@code certificate} as TLS client certificate,
   * since their tokens are certificate-bound; the {@code tls_client_auth} client registered the
   * certificate's subject DN ({@code CN=<clientId>}) and authenticates with it.
   *
   * @param clientId client id
   * @param keys the RSA key pair whose public key the client registered
   * @param keyId the registered key's {@code kid}
   * @param certificate a client certificate the HTTPS listener trusts
   */
  public record Client(String clientId, KeyPair keys, String keyId, TestPki.Issued certificate) {

    /**
     * Returns the signing algorithm the client registered.
     *
     * @return {@code PS256}
     */
    public String algorithm() {
      return "PS256";
    }

    @Override
    public String toString() {
      return "Client[clientId=" + clientId + ", kid=" + keyId + "]";
    }
  }

  @Override
  public String toString() {
    return "KeycloakFapiRealm[name=" + name + ", profile=" + profile + ", issuer=" + issuer + "]";
  }
}
