package io.github.fsonboard.is.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.auth.ClientAuthentication;
import io.github.fsonboard.core.auth.SigningKey;
import io.github.fsonboard.core.error.OAuthError;
import io.github.fsonboard.core.oauth.CertificateBinding;
import io.github.fsonboard.core.oauth.TokenResponse;
import io.github.fsonboard.core.oidc.AuthorizationSession;
import io.github.fsonboard.core.pkce.AuthorizationCallback;
import io.github.fsonboard.core.pkce.AuthorizationDeniedException;
import io.github.fsonboard.core.pkce.RequestObject;
import io.github.fsonboard.harness.KeycloakFapiRealm;
import io.github.fsonboard.harness.KeycloakPeer;
import io.github.fsonboard.is.IdentityServer;
import java.net.URI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Where FAPI 1.0 Advanced (Keycloak profile {@code fapi-1-advanced}) differs from FAPI 2: request
 * objects on the front channel, the token endpoint's {@code private_key_jwt} assertion may name the
 * endpoint, and a plain {@code response_type=code} is refused (FAPI 1 Advanced §5.2.2-2 wants
 * {@code code id_token} or JARM, which the SDK's code flow does not do).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Fapi1AdvancedIT {

  private KeycloakPeer peer;
  private KeycloakFapiRealm realm;

  @BeforeAll
  void connect() {
    KeycloakPeer.assumeAvailable();
    peer = KeycloakPeer.shared();
    realm = peer.configureFapiRealm(KeycloakFapiRealm.Profile.FAPI_1_ADVANCED);
  }

  @Test
  void privateKeyJwtOverMutualTlsGetsACertificateBoundToken() {
    KeycloakFapiRealm.Client client = realm.privateKeyJwt();
    try (IdentityServer tpp = Interop.fromIssuer(realm.issuer(), client.certificate())) {
      TokenResponse token =
          tpp.tokens(ClientAuthentication.privateKeyJwt(client.clientId(), signingKey(client)))
              .clientCredentials();

      CertificateBinding.verify(token, Interop.clientCertificate(client.certificate()));
    }
  }

  @Test
  void aSignedFrontChannelRequestForAPlainCodeResponseIsRefused() {
    KeycloakFapiRealm.Client client = realm.tlsClientAuth();
    try (IdentityServer tpp = Interop.fromIssuer(realm.issuer(), client.certificate())) {
      AuthorizationSession session =
          AuthorizationSession.builder(tpp.authorizationEndpoint())
              .clientId(client.clientId())
              .redirectUri(URI.create(realm.redirectUri()))
              .scope("openid")
              .issuer(realm.issuer())
              .build();
      RequestObject signed =
          RequestObject.sign(session.request(), signingKey(client), realm.issuer());

      URI callback = HeadlessLogin.callback(peer.browser(), signed.toUri(), realm.user());

      assertThatThrownBy(
              () -> AuthorizationCallback.parse(callback).code(session.state(), realm.issuer()))
          .isInstanceOfSatisfying(
              AuthorizationDeniedException.class,
              e -> {
                assertThat(e.oauthError()).isEqualTo(OAuthError.INVALID_REQUEST);
                assertThat(e.errorDescription())
                    .hasValueSatisfying(d -> assertThat(d).contains("response_type"));
              });
    }
  }

  private static SigningKey signingKey(KeycloakFapiRealm.Client client) {
    return new SigningKey(client.keys().getPrivate(), client.keyId(), client.algorithm());
  }
}
