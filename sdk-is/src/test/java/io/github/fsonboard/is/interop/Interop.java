package io.github.fsonboard.is.interop;

import io.github.fsonboard.core.auth.ClientAuthentication;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.http.ClientCertificate;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.Trust;
import io.github.fsonboard.harness.KeycloakPeer;
import io.github.fsonboard.harness.KeycloakRealm;
import io.github.fsonboard.harness.TestPki;
import io.github.fsonboard.is.IdentityServer;
import java.util.List;

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
   * An {@link IdentityServer} built the way a TPP starts: from the issuer alone (its metadata read
   * now), over HTTPS trusting the peer's CA, presenting {@code certificate} for mutual TLS.
   *
   * @param issuer the HTTPS issuer
   * @param certificate the TLS client certificate (null for none)
   * @return the client (the caller closes it)
   */
  static IdentityServer fromIssuer(String issuer, TestPki.Issued certificate) {
    return IdentityServer.builder().issuer(issuer).httpConfig(mutualTls(certificate)).build();
  }

  /**
   * HTTP settings for the peer's HTTPS listener: trust its CA, present {@code certificate}.
   *
   * @param certificate the TLS client certificate (null for none)
   * @return the settings
   */
  static HttpConfig mutualTls(TestPki.Issued certificate) {
    HttpConfig.Builder config =
        HttpConfig.builder()
            .trust(Trust.certificates(List.of(KeycloakPeer.shared().serverCaCertificate())));
    if (certificate != null) {
      config.clientCertificate(clientCertificate(certificate));
    }
    return config.build();
  }

  /**
   * The SDK's view of a harness-issued client certificate.
   *
   * @param certificate the certificate and key
   * @return the client certificate
   */
  static ClientCertificate clientCertificate(TestPki.Issued certificate) {
    return ClientCertificate.pem(
        certificate.certificatePem(), Secret.of(certificate.privateKeyPem()));
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
