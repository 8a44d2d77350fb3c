package io.github.fsonboard.harness;

import java.net.URI;
import java.security.KeyPair;

/**
 * A realm {@link KeycloakPeer#configureRealm()} created, with everything an interop test needs.
 * {@code toString()} never shows a secret.
 *
 * @param name realm name
 * @param issuer the realm's issuer ({@code <base>/realms/<name>}), also the jwt-bearer {@code aud}
 * @param discovery the OpenID discovery document URL
 * @param tokenEndpoint token endpoint
 * @param authorizationEndpoint authorization endpoint
 * @param introspectionEndpoint RFC 7662 introspection endpoint
 * @param revocationEndpoint RFC 7009 revocation endpoint
 * @param registrationEndpoint RFC 7591 registration endpoint
 * @param jwksUri JWKS endpoint
 * @param clientCredentials confidential client for the client_credentials grant
 * @param authorizationCode confidential client for authorization_code with PKCE S256 required
 * @param publicClient public client for authorization_code with PKCE S256 required
 * @param redirectUri the redirect URI both authorization-code clients accept
 * @param resourceServer the client every token's {@code aud} names (a realm default client scope
 *     with an audience mapper); introspect with it, since Keycloak 26.6+ reports a token inactive
 *     unless the introspecting client is in its {@code aud}
 * @param user a user with email, names, verified email and a password
 * @param initialAccessToken RFC 7591 initial access token (1000 uses, no expiry)
 * @param jwtBearer RFC 7523 jwt-bearer set-up
 */
public record KeycloakRealm(
    String name,
    String issuer,
    URI discovery,
    URI tokenEndpoint,
    URI authorizationEndpoint,
    URI introspectionEndpoint,
    URI revocationEndpoint,
    URI registrationEndpoint,
    URI jwksUri,
    Client clientCredentials,
    Client authorizationCode,
    Client publicClient,
    String redirectUri,
    Client resourceServer,
    User user,
    String initialAccessToken,
    JwtBearer jwtBearer) {

  /**
   * A client and its secret.
   *
   * @param clientId client id
   * @param clientSecret client secret, or null for a public client
   */
  public record Client(String clientId, String clientSecret) {
    @Override
    public String toString() {
      return "Client[clientId=" + clientId + ", clientSecret=" + mask(clientSecret) + "]";
    }
  }

  /**
   * A user.
   *
   * @param id Keycloak user id
   * @param username login name
   * @param password password
   * @param email verified email
   * @param firstName first name
   * @param lastName last name
   */
  public record User(
      String id,
      String username,
      String password,
      String email,
      String firstName,
      String lastName) {
    @Override
    public String toString() {
      return "User[id=" + id + ", username=" + username + ", password=***]";
    }
  }

  /**
   * The RFC 7523 jwt-bearer ("jwt-authorization-grant") set-up: sign an RS256 assertion with {@code
   * signingKey}'s private key, with {@code iss} = {@code assertionIssuer}, {@code sub} = {@code
   * subject}, {@code aud} = the realm issuer, {@code exp}, {@code iat} and a fresh {@code jti};
   * send it with {@code client}'s credentials.
   *
   * @param identityProviderAlias alias of the identity provider that trusts the key
   * @param assertionIssuer the {@code iss} the provider expects
   * @param subject the {@code sub} linked to {@link KeycloakRealm#user()}
   * @param signingKey RSA key pair; the provider holds the public key
   * @param client the client allowed to use the grant
   */
  public record JwtBearer(
      String identityProviderAlias,
      String assertionIssuer,
      String subject,
      KeyPair signingKey,
      Client client) {
    @Override
    public String toString() {
      return "JwtBearer[alias="
          + identityProviderAlias
          + ", issuer="
          + assertionIssuer
          + ", subject="
          + subject
          + ", client="
          + client
          + "]";
    }
  }

  /**
   * The same realm reached through another base URL of the same Keycloak, e.g. {@link
   * KeycloakPeer#httpsBaseUri()}: Keycloak derives the issuer and every endpoint from the URL a
   * request came in on, so tokens issued over HTTPS carry the HTTPS issuer.
   *
   * @param base the other base URL
   * @return this realm with the issuer and every endpoint on {@code base}
   */
  public KeycloakRealm overHttps(URI base) {
    String from = issuer.substring(0, issuer.indexOf("/realms/"));
    String to = base.toString().replaceAll("/+$", "");
    java.util.function.UnaryOperator<URI> move =
        u -> URI.create(to + u.toString().substring(from.length()));
    return new KeycloakRealm(
        name,
        to + issuer.substring(from.length()),
        move.apply(discovery),
        move.apply(tokenEndpoint),
        move.apply(authorizationEndpoint),
        move.apply(introspectionEndpoint),
        move.apply(revocationEndpoint),
        move.apply(registrationEndpoint),
        move.apply(jwksUri),
        clientCredentials,
        authorizationCode,
        publicClient,
        redirectUri,
        resourceServer,
        user,
        initialAccessToken,
        jwtBearer);
  }

  @Override
  public String toString() {
    return "KeycloakRealm[name=" + name + ", issuer=" + issuer + "]";
  }

  private static String mask(String secret) {
    return secret == null ? "null" : "***";
  }
}
