package io.github.fsonboard.is.interop;

import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.oauth.ClientAuthentication;
import io.github.fsonboard.harness.KeycloakPeer;
import io.github.fsonboard.harness.KeycloakRealm;
import io.github.fsonboard.is.IdentityServer;

/** Shared set-up of the Keycloak interop tests. */
final class Interop {

  private Interop() {}

  /**
   * An {@link IdentityServer} that takes every OAuth endpoint from the realm's discovery document.
   *
   * @param realm the realm
   * @return the client (the caller closes it)
   */
  static IdentityServer identityServer(KeycloakRealm realm) {
    return IdentityServer.builder()
        .baseUrl(KeycloakPeer.shared().baseUri().toString())
        .discoveryUrl(realm.discovery().toString())
        .build();
  }

  /**
   * HTTP Basic client authentication.
   *
   * @param client the realm client
   * @return the authentication
   */
  static ClientAuthentication basic(KeycloakRealm.Client client) {
    return ClientAuthentication.clientSecretBasic(
        client.clientId(), Secret.of(client.clientSecret()));
  }

  /**
   * Client id and secret in the form body.
   *
   * @param client the realm client
   * @return the authentication
   */
  static ClientAuthentication post(KeycloakRealm.Client client) {
    return ClientAuthentication.clientSecretPost(
        client.clientId(), Secret.of(client.clientSecret()));
  }
}
