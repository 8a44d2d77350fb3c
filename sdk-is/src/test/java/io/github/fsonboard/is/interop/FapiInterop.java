package io.github.fsonboard.is.interop;

import io.github.fsonboard.core.auth.ClientAuthentication;
import io.github.fsonboard.core.auth.SigningKey;
import io.github.fsonboard.core.oauth.CertificateBinding;
import io.github.fsonboard.core.oauth.TokenResponse;
import io.github.fsonboard.core.oidc.AuthorizationSession;
import io.github.fsonboard.harness.KeycloakFapiRealm;
import io.github.fsonboard.harness.KeycloakPeer;
import io.github.fsonboard.is.IdentityServer;
import java.net.URI;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one set-up of the FAPI interop tests: skips the class unless Keycloak is available, creates a
 * realm under one FAPI client profile on the JVM-wide {@link KeycloakPeer} ({@link
 * KeycloakPeer#configureFapiRealm}, harness {@code KeycloakFapiSetup}), and opens an {@link
 * IdentityServer} from its issuer over mutual TLS as the {@code tls_client_auth} client; closes it
 * after the class. It lives beside {@link Interop} rather than in the harness because it hands out
 * SDK types, and the harness must not depend on the SDK modules whose tests use it.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final FapiInterop fapi = new FapiInterop(KeycloakFapiRealm.Profile.FAPI_1_ADVANCED);
 * }</pre>
 */
final class FapiInterop implements BeforeAllCallback, AfterAllCallback {

  private final KeycloakFapiRealm.Profile profile;
  private KeycloakPeer peer;
  private KeycloakFapiRealm realm;
  private IdentityServer mtls;

  FapiInterop(KeycloakFapiRealm.Profile profile) {
    this.profile = profile;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    KeycloakPeer.assumeAvailable();
    peer = KeycloakPeer.shared();
    realm = peer.configureFapiRealm(profile);
    mtls = Interop.fromIssuer(realm.issuer(), realm.tlsClientAuth().certificate());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (mtls != null) {
      mtls.close();
    }
  }

  KeycloakPeer peer() {
    return peer;
  }

  KeycloakFapiRealm realm() {
    return realm;
  }

  /** The realm's server as the {@code tls_client_auth} client reaches it (its certificate). */
  IdentityServer mtls() {
    return mtls;
  }

  /**
   * The realm's server as {@code client} reaches it: its certificate in TLS (the caller closes it).
   */
  IdentityServer as(KeycloakFapiRealm.Client client) {
    return Interop.fromIssuer(realm.issuer(), client.certificate());
  }

  /** A code flow session for {@code client}: openid scope, the realm's redirect URI, RFC 9207. */
  AuthorizationSession.Builder sessionFor(KeycloakFapiRealm.Client client) {
    return AuthorizationSession.builder(mtls.authorizationEndpoint())
        .clientId(client.clientId())
        .redirectUri(URI.create(realm.redirectUri()))
        .scope("openid")
        .issuer(realm.issuer());
  }

  AuthorizationSession session(KeycloakFapiRealm.Client client) {
    return sessionFor(client).build();
  }

  /** tls_client_auth (RFC 8705 §2): only client_id in the form, the certificate in TLS. */
  ClientAuthentication tlsClientAuth() {
    return ClientAuthentication.tlsClientAuth(realm.tlsClientAuth().clientId());
  }

  /** The key the client registered, for request objects and client assertions. */
  static SigningKey signingKey(KeycloakFapiRealm.Client client) {
    return new SigningKey(client.keys().getPrivate(), client.keyId(), client.algorithm());
  }

  /**
   * What every FAPI profile asks of {@code private_key_jwt} over mutual TLS: a client credentials
   * token bound to the certificate presented (RFC 8705 §3), checked with {@link
   * CertificateBinding#verify}.
   */
  void privateKeyJwtOverMutualTlsGetsACertificateBoundToken() {
    KeycloakFapiRealm.Client client = realm.privateKeyJwt();
    try (IdentityServer tpp = as(client)) {
      TokenResponse token =
          tpp.tokens(ClientAuthentication.privateKeyJwt(client.clientId(), signingKey(client)))
              .clientCredentials();

      CertificateBinding.verify(token, Interop.clientCertificate(client.certificate()));
    }
  }
}
