package io.github.fsonboard.is.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.auth.ClientAuthentication;
import io.github.fsonboard.core.auth.SigningKey;
import io.github.fsonboard.core.error.ApiException;
import io.github.fsonboard.core.error.OAuthError;
import io.github.fsonboard.core.oauth.PushedAuthorization;
import io.github.fsonboard.core.oauth.PushedAuthorizationClient;
import io.github.fsonboard.core.oidc.AuthorizationResult;
import io.github.fsonboard.core.oidc.AuthorizationSession;
import io.github.fsonboard.core.pkce.AuthorizationDeniedException;
import io.github.fsonboard.core.pkce.RequestObject;
import io.github.fsonboard.harness.KeycloakFapiRealm;
import io.github.fsonboard.harness.KeycloakPeer;
import io.github.fsonboard.harness.TestPki;
import io.github.fsonboard.is.IdentityServer;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A TPP against a Keycloak realm under FAPI 2.0 Message Signing (client policy {@code
 * fapi-2-message-signing}: the security profile plus signed request objects), over HTTPS with
 * mutual TLS: pushed authorization requests (RFC 9126) carrying a PS256 request object (RFC 9101)
 * with PKCE, {@code tls_client_auth} and {@code private_key_jwt} at the PAR endpoint, and each
 * refusal as a typed error naming the cause.
 */
class Fapi2MessageSigningIT {

  @RegisterExtension
  static final FapiInterop fapi = new FapiInterop(KeycloakFapiRealm.Profile.FAPI_2_MESSAGE_SIGNING);

  private final KeycloakPeer peer = fapi.peer();
  private final KeycloakFapiRealm realm = fapi.realm();
  private final IdentityServer mtls = fapi.mtls();

  @Test
  void parWithASignedRequestObjectPkceAndTlsClientAuthEndsInAValidatedIdToken() {
    KeycloakFapiRealm.Client client = realm.tlsClientAuth();
    AuthorizationSession session = session(client);

    URI callback =
        HeadlessLogin.callback(
            peer.browser(), session.authorizationUri(signingPar(client)), realm.user());
    AuthorizationResult result =
        session.complete(
            callback,
            mtls.tokens(ClientAuthentication.tlsClientAuth(client.clientId())),
            mtls.idTokenValidator(client.clientId()));

    assertThat(result.idToken().subject()).isEqualTo(realm.user().id());
    assertThat(result.idToken().issuer()).isEqualTo(realm.issuer());
  }

  @Test
  void privateKeyJwtWithTheIssuerAsAudiencePushesASignedRequest() {
    KeycloakFapiRealm.Client client = realm.privateKeyJwt();
    try (IdentityServer tpp = Interop.fromIssuer(realm.issuer(), client.certificate())) {
      PushedAuthorizationClient par =
          PushedAuthorizationClient.builder()
              .endpoint(tpp.pushedAuthorizationRequestEndpoint())
              .clientAuthentication(
                  ClientAuthentication.privateKeyJwt(
                      client.clientId(), signingKey(client), URI.create(realm.issuer())))
              .signRequestObjects(signingKey(client), realm.issuer())
              .transport(tpp.transport())
              .build();

      PushedAuthorization pushed = par.push(session(client).request());

      assertThat(pushed.requestUri()).startsWith("urn:ietf:params:oauth:request_uri:");
      assertThat(pushed.expiresIn()).isPositive();
      assertThat(pushed.authorizationUri().getRawQuery())
          .contains("client_id=" + client.clientId(), "request_uri=");
    }
  }

  @Test
  void anUnsignedPushedRequestIsRefusedAtTheAuthorizationEndpoint() {
    KeycloakFapiRealm.Client client = realm.tlsClientAuth();
    AuthorizationSession session = session(client);
    // Keycloak takes the plain push (201) and refuses it when the user agent brings it
    // (SecureRequestObjectExecutor on the authorization request): an error back to the client.
    URI unsigned = par(client).push(session.request()).authorizationUri();

    URI callback = HeadlessLogin.callback(peer.browser(), unsigned, realm.user());

    assertThatThrownBy(
            () ->
                session.complete(
                    callback,
                    mtls.tokens(ClientAuthentication.tlsClientAuth(client.clientId())),
                    mtls.idTokenValidator(client.clientId())))
        .isInstanceOfSatisfying(
            AuthorizationDeniedException.class,
            e -> {
              assertThat(e.oauthError()).isEqualTo(OAuthError.INVALID_REQUEST);
              assertThat(e.errorDescription())
                  .hasValueSatisfying(d -> assertThat(d).contains("request"));
            });
  }

  @Test
  void aRequestObjectSignedWithAnotherKeyIsRefused() {
    KeycloakFapiRealm.Client client = realm.tlsClientAuth();
    SigningKey wrong = new SigningKey(TestPki.rsaKeys().getPrivate(), client.keyId(), "PS256");
    RequestObject forged = RequestObject.sign(session(client).request(), wrong, realm.issuer());

    assertThatThrownBy(() -> par(client).push(forged))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> assertThat(e.oauthError()).hasValue(OAuthError.INVALID_REQUEST_OBJECT));
  }

  @Test
  void aReplayedRequestUriIsRefused() {
    // Keycloak keeps no record of request object jti values (the same object pushed twice gets
    // two request_uris); what it refuses is a second use of a request_uri (single-use store).
    KeycloakFapiRealm.Client client = realm.tlsClientAuth();
    URI once = signingPar(client).push(session(client).request()).authorizationUri();
    URI first = HeadlessLogin.callback(peer.browser(), once, realm.user());
    assertThat(first.getRawQuery()).contains("code=");

    assertThat(HeadlessLogin.refusal(peer.browser(), once)).contains("PAR not found");
  }

  private AuthorizationSession session(KeycloakFapiRealm.Client client) {
    return fapi.session(client);
  }

  /** PAR as the tls_client_auth client, pushing what it is given. */
  private PushedAuthorizationClient par(KeycloakFapiRealm.Client client) {
    return PushedAuthorizationClient.builder()
        .endpoint(mtls.pushedAuthorizationRequestEndpoint())
        .clientAuthentication(ClientAuthentication.tlsClientAuth(client.clientId()))
        .transport(mtls.transport())
        .build();
  }

  /** PAR as the tls_client_auth client, signing every request into a request object. */
  private PushedAuthorizationClient signingPar(KeycloakFapiRealm.Client client) {
    return PushedAuthorizationClient.builder()
        .endpoint(mtls.pushedAuthorizationRequestEndpoint())
        .clientAuthentication(ClientAuthentication.tlsClientAuth(client.clientId()))
        .signRequestObjects(signingKey(client), realm.issuer())
        .transport(mtls.transport())
        .build();
  }

  private static SigningKey signingKey(KeycloakFapiRealm.Client client) {
    return FapiInterop.signingKey(client);
  }
}
