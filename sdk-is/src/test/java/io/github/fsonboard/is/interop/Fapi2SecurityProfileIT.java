package io.github.fsonboard.is.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.SignedJWT;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.auth.SigningKey;
import io.github.fsonboard.core.error.ApiException;
import io.github.fsonboard.core.error.OAuthError;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.oauth.ClientAuthentication;
import io.github.fsonboard.core.oauth.TokenRequest;
import io.github.fsonboard.core.oidc.AuthorizationResult;
import io.github.fsonboard.core.oidc.AuthorizationSession;
import io.github.fsonboard.core.pkce.AuthorizationCallback;
import io.github.fsonboard.core.pkce.AuthorizationDeniedException;
import io.github.fsonboard.core.pkce.AuthorizationRequest;
import io.github.fsonboard.core.pkce.State;
import io.github.fsonboard.harness.KeycloakFapiRealm;
import io.github.fsonboard.harness.KeycloakPeer;
import io.github.fsonboard.harness.TestPki;
import io.github.fsonboard.is.IdentityServer;
import io.github.fsonboard.is.discovery.OidcConfiguration;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A TPP against a Keycloak realm under the FAPI 2.0 Security Profile (client policy {@code
 * fapi-2-security-profile} on every client), over HTTPS with mutual TLS on loopback: discovery from
 * the issuer, the code flow with PKCE through {@link AuthorizationSession}, {@code
 * tls_client_auth}, certificate-bound tokens, a validated PS256 ID token, and each refusal as a
 * typed error naming the cause.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Fapi2SecurityProfileIT {

  private KeycloakPeer peer;
  private KeycloakFapiRealm realm;
  private IdentityServer mtls;

  @BeforeAll
  void connect() {
    KeycloakPeer.assumeAvailable();
    peer = KeycloakPeer.shared();
    realm = peer.configureFapiRealm(KeycloakFapiRealm.Profile.FAPI_2_SECURITY_PROFILE);
    mtls = Interop.fromIssuer(realm.issuer(), realm.tlsClientAuth().certificate());
  }

  @AfterAll
  void close() {
    if (mtls != null) {
      mtls.close();
    }
  }

  @Test
  void fromIssuerReadsTheHttpsMetadataOverMutualTls() {
    OidcConfiguration c = mtls.oidcConfiguration();

    assertThat(c.issuer()).isEqualTo(realm.issuer()).startsWith("https://127.0.0.1:");
    assertThat(mtls.authorizationEndpoint().toString()).startsWith(realm.issuer());
    assertThat(mtls.pushedAuthorizationRequestEndpoint().toString()).startsWith(realm.issuer());
    assertThat(c.tokenEndpointAuthMethodsSupported())
        .contains("tls_client_auth", "private_key_jwt");
    assertThat(c.idTokenSigningAlgValuesSupported()).contains("PS256", "ES256");
    assertThat(c.additional()).containsEntry("tls_client_certificate_bound_access_tokens", true);
  }

  @Test
  void tlsClientAuthCodeFlowWithPkceEndsInAValidatedIdTokenAndACertificateBoundToken()
      throws Exception {
    AuthorizationResult result = signIn(mtls);

    assertThat(result.idToken().issuer()).isEqualTo(realm.issuer());
    assertThat(result.idToken().subject()).isEqualTo(realm.user().id());
    assertThat(result.idToken().audience()).contains(realm.tlsClientAuth().clientId());
    // FAPI 2: PS256 by the profile's secure-signature-algorithm executor.
    assertThat(SignedJWT.parse(result.tokens().idToken().reveal()).getHeader().getAlgorithm())
        .hasToString("PS256");
    assertThat(boundThumbprint(result.tokens().accessToken()))
        .isEqualTo(thumbprint(realm.tlsClientAuth().certificate().certificate()));
  }

  @Test
  void aCertificateBoundRefreshTokenIsRefusedOverAnotherCertificate() {
    AuthorizationResult result = signIn(mtls);
    // Same subject DN (so tls_client_auth passes), another key: the binding must fail.
    TestPki.Issued other = peer.issueClientCertificate(realm.tlsClientAuth().clientId());

    try (IdentityServer thief = Interop.fromIssuer(realm.issuer(), other)) {
      assertThatThrownBy(
              () ->
                  thief
                      .tokens(tlsClientAuth())
                      .request(TokenRequest.refreshToken(result.tokens().refreshToken())))
          .isInstanceOfSatisfying(
              ApiException.class,
              e -> {
                assertThat(e.oauthError()).hasValue(OAuthError.INVALID_GRANT);
                assertThat(e.payload().errorDescription()).containsIgnoringCase("certificate");
              });
    }
    // The certificate the token is bound to still refreshes it.
    assertThat(
            mtls.tokens(tlsClientAuth())
                .request(TokenRequest.refreshToken(result.tokens().refreshToken()))
                .accessToken()
                .reveal())
        .isNotBlank();
  }

  @Test
  void anAuthorizationRequestWithoutPkceIsRefusedEarlyByTheSdkAndByTheServer() {
    State state = State.generate();
    // The SDK does not build one ...
    assertThatThrownBy(
            () ->
                AuthorizationRequest.builder(mtls.authorizationEndpoint())
                    .clientId(realm.tlsClientAuth().clientId())
                    .redirectUri(URI.create(realm.redirectUri()))
                    .state(state)
                    .build())
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e).hasMessageContaining("code_challenge"));
    // ... and the server refuses one built by hand: the error comes back on the redirect.
    URI withoutPkce =
        URI.create(
            mtls.authorizationEndpoint()
                + "?response_type=code&scope=openid&client_id="
                + realm.tlsClientAuth().clientId()
                + "&redirect_uri="
                + URLEncoder.encode(realm.redirectUri(), StandardCharsets.UTF_8)
                + "&state="
                + state.value()
                + "&nonce=n-"
                + state.value());

    URI callback = HeadlessLogin.callback(peer.browser(), withoutPkce, realm.user());

    assertThatThrownBy(() -> AuthorizationCallback.parse(callback).code(state, realm.issuer()))
        .isInstanceOfSatisfying(
            AuthorizationDeniedException.class,
            e -> {
              assertThat(e.oauthError()).isEqualTo(OAuthError.INVALID_REQUEST);
              assertThat(e.errorDescription())
                  .hasValueSatisfying(d -> assertThat(d).contains("code_challenge"));
            });
  }

  @Test
  void privateKeyJwtSignedWithAnotherKeyIsInvalidClient() {
    KeycloakFapiRealm.Client client = realm.privateKeyJwt();
    SigningKey wrong =
        new SigningKey(TestPki.rsaKeys().getPrivate(), client.keyId(), client.algorithm());

    try (IdentityServer tpp = Interop.fromIssuer(realm.issuer(), client.certificate())) {
      assertThatThrownBy(
              () ->
                  tpp.tokens(ClientAuthentication.privateKeyJwt(client.clientId(), wrong))
                      .clientCredentials())
          .isInstanceOfSatisfying(
              ApiException.class,
              e -> assertThat(e.oauthError()).hasValue(OAuthError.INVALID_CLIENT));
    }
  }

  @Test
  void privateKeyJwtWithTheTokenEndpointAsAudienceIsRefusedByFapi2() {
    // FAPI 2.0 §5.3.2.1 / Keycloak SecureClientAuthenticationAssertionExecutor: the assertion's
    // aud must be the issuer alone; sdk-core's private_key_jwt puts the endpoint called.
    KeycloakFapiRealm.Client client = realm.privateKeyJwt();
    SigningKey key = new SigningKey(client.keys().getPrivate(), client.keyId(), client.algorithm());

    try (IdentityServer tpp = Interop.fromIssuer(realm.issuer(), client.certificate())) {
      assertThatThrownBy(
              () ->
                  tpp.tokens(ClientAuthentication.privateKeyJwt(client.clientId(), key))
                      .clientCredentials())
          .isInstanceOfSatisfying(
              ApiException.class,
              e -> {
                assertThat(e.oauthError()).hasValue(OAuthError.INVALID_REQUEST);
                assertThat(e.payload().errorDescription()).contains("audience");
              });
    }
  }

  private AuthorizationResult signIn(IdentityServer as) {
    String clientId = realm.tlsClientAuth().clientId();
    AuthorizationSession session =
        AuthorizationSession.builder(as.authorizationEndpoint())
            .clientId(clientId)
            .redirectUri(URI.create(realm.redirectUri()))
            .scope("openid")
            .issuer(realm.issuer())
            .build();
    URI callback = HeadlessLogin.callback(peer.browser(), session.authorizationUri(), realm.user());
    return session.complete(callback, as.tokens(tlsClientAuth()), as.idTokenValidator(clientId));
  }

  /** tls_client_auth (RFC 8705 §2): only client_id in the form, the certificate in TLS. */
  private ClientAuthentication tlsClientAuth() {
    return ClientAuthentication.none(realm.tlsClientAuth().clientId());
  }

  private static String boundThumbprint(Secret accessToken) throws Exception {
    Map<String, Object> cnf =
        SignedJWT.parse(accessToken.reveal()).getJWTClaimsSet().getJSONObjectClaim("cnf");
    assertThat(cnf).as("cnf claim").isNotNull();
    return (String) cnf.get("x5t#S256");
  }

  private static String thumbprint(X509Certificate certificate) throws Exception {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
  }
}
