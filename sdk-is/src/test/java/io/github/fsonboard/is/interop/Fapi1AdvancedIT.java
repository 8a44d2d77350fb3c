package io.github.fsonboard.is.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.SignedJWT;
import io.github.fsonboard.core.cert.InvalidJwtException;
import io.github.fsonboard.core.error.OAuthError;
import io.github.fsonboard.core.oauth.CertificateBinding;
import io.github.fsonboard.core.oauth.OAuthTokenClient;
import io.github.fsonboard.core.oidc.AuthorizationResult;
import io.github.fsonboard.core.oidc.AuthorizationSession;
import io.github.fsonboard.core.oidc.ResponseMode;
import io.github.fsonboard.core.pkce.AuthorizationCallback;
import io.github.fsonboard.core.pkce.AuthorizationDeniedException;
import io.github.fsonboard.core.pkce.RequestObject;
import io.github.fsonboard.harness.KeycloakFapiRealm;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Where FAPI 1.0 Advanced (Keycloak profile {@code fapi-1-advanced}) differs from FAPI 2: signed
 * request objects on the front channel, the token endpoint's {@code private_key_jwt} assertion may
 * name the endpoint, and {@code response_type=code} only with a JWT-secured response (JARM, {@code
 * response_mode=jwt}; FAPI 1 Advanced §5.2.2-2, Keycloak {@code
 * SecureResponseTypeExecutor.executeOnAuthorizationRequest}); a plain code response is refused.
 */
class Fapi1AdvancedIT {

  @RegisterExtension
  static final FapiInterop fapi = new FapiInterop(KeycloakFapiRealm.Profile.FAPI_1_ADVANCED);

  @Test
  void privateKeyJwtOverMutualTlsGetsACertificateBoundToken() {
    fapi.privateKeyJwtOverMutualTlsGetsACertificateBoundToken();
  }

  @Test
  void aSignedRequestForAJwtResponseEndsInAValidatedIdTokenAndACertificateBoundToken()
      throws Exception {
    KeycloakFapiRealm realm = fapi.realm();
    KeycloakFapiRealm.Client client = realm.tlsClientAuth();
    AuthorizationSession session = jarmSession(client);

    URI callback = signIn(session, client);
    AuthorizationResult result =
        AuthorizationSession.deserialize(session.serialize())
            .complete(callback, tokens(), fapi.mtls().idTokenValidator(client.clientId()));

    assertThat(AuthorizationCallback.parse(callback).parameters()).containsOnlyKeys("response");
    assertThat(result.idToken().issuer()).isEqualTo(realm.issuer());
    assertThat(result.idToken().subject()).isEqualTo(realm.user().id());
    assertThat(result.idToken().claims().getClaim("nonce")).isEqualTo(session.nonce().value());
    // FAPI 1 Advanced §8.6 / Keycloak secure-signature-algorithm: PS256 for both JWTs.
    String response = AuthorizationCallback.parse(callback).parameters().get("response");
    assertThat(SignedJWT.parse(response).getHeader().getAlgorithm()).hasToString("PS256");
    // RFC 8705 §3: the token is bound to the certificate the client presented.
    CertificateBinding.verify(result.tokens(), Interop.clientCertificate(client.certificate()));
  }

  @Test
  void aJwtResponseForAnotherClientOrChangedOnTheWayIsRefusedBeforeTheCodeIsUsed() {
    KeycloakFapiRealm realm = fapi.realm();
    KeycloakFapiRealm.Client client = realm.tlsClientAuth();
    AuthorizationSession session = jarmSession(client);
    URI callback = signIn(session, client);

    // Checked as the other client of the realm: the response's aud is not it.
    assertThatThrownBy(
            () ->
                session.complete(
                    callback,
                    tokens(),
                    fapi.mtls().idTokenValidator(realm.privateKeyJwt().clientId())))
        .isInstanceOfSatisfying(
            InvalidJwtException.class,
            e -> assertThat(e.reason()).startsWith("authorization response audience"));
    // The same response with its payload replaced by another response's: the signature fails.
    String[] mine = response(callback).split("\\.");
    String[] other = response(signIn(jarmSession(client), client)).split("\\.");
    URI tampered =
        URI.create(realm.redirectUri() + "?response=" + mine[0] + "." + other[1] + "." + mine[2]);
    assertThatThrownBy(
            () ->
                session.complete(
                    tampered, tokens(), fapi.mtls().idTokenValidator(client.clientId())))
        .isInstanceOfSatisfying(
            InvalidJwtException.class,
            e -> assertThat(e.reason()).startsWith("authorization response").contains("signature"));
    // Not spent by the refusals: the untouched response still completes.
    assertThat(
            session
                .complete(callback, tokens(), fapi.mtls().idTokenValidator(client.clientId()))
                .idToken()
                .subject())
        .isEqualTo(realm.user().id());
  }

  @Test
  void aSignedFrontChannelRequestForAPlainCodeResponseIsRefused() {
    KeycloakFapiRealm.Client client = fapi.realm().tlsClientAuth();
    AuthorizationSession session = fapi.session(client);

    URI callback = signIn(session, client);

    assertThatThrownBy(
            () ->
                AuthorizationCallback.parse(callback).code(session.state(), fapi.realm().issuer()))
        .isInstanceOfSatisfying(
            AuthorizationDeniedException.class,
            e -> {
              assertThat(e.oauthError()).isEqualTo(OAuthError.INVALID_REQUEST);
              assertThat(e.errorDescription())
                  .hasValueSatisfying(d -> assertThat(d).contains("response_type"));
            });
  }

  private static AuthorizationSession jarmSession(KeycloakFapiRealm.Client client) {
    return fapi.sessionFor(client).responseMode(ResponseMode.JWT).build();
  }

  /** FAPI 1 Advanced's front channel: the whole request in a PS256 request object. */
  private static URI signIn(AuthorizationSession session, KeycloakFapiRealm.Client client) {
    RequestObject signed =
        RequestObject.sign(
            session.request(), FapiInterop.signingKey(client), fapi.realm().issuer());
    return HeadlessLogin.callback(fapi.peer().browser(), signed.toUri(), fapi.realm().user());
  }

  private static OAuthTokenClient tokens() {
    return fapi.mtls().tokens(fapi.tlsClientAuth());
  }

  private static String response(URI callback) {
    return AuthorizationCallback.parse(callback).parameters().get("response");
  }
}
