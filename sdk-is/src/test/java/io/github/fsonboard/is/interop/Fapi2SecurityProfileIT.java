package io.github.fsonboard.is.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.SignedJWT;
import io.github.fsonboard.core.auth.ClientAuthentication;
import io.github.fsonboard.core.auth.SigningKey;
import io.github.fsonboard.core.error.ApiException;
import io.github.fsonboard.core.error.OAuthError;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.oauth.CertificateBinding;
import io.github.fsonboard.core.oauth.CertificateBindingException;
import io.github.fsonboard.core.oauth.PushedAuthorizationClient;
import io.github.fsonboard.core.oauth.TokenRequest;
import io.github.fsonboard.core.oidc.AuthorizationResult;
import io.github.fsonboard.core.oidc.AuthorizationSession;
import io.github.fsonboard.core.pkce.AuthorizationRequest;
import io.github.fsonboard.core.pkce.State;
import io.github.fsonboard.harness.KeycloakFapiRealm;
import io.github.fsonboard.harness.KeycloakPeer;
import io.github.fsonboard.harness.TestPki;
import io.github.fsonboard.is.IdentityServer;
import io.github.fsonboard.is.discovery.OidcConfiguration;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A TPP against a Keycloak realm under the FAPI 2.0 Security Profile (client policy {@code
 * fapi-2-security-profile} on every client), over HTTPS with mutual TLS on loopback: discovery from
 * the issuer, PAR + PKCE through {@link AuthorizationSession}, {@code tls_client_auth} and {@code
 * private_key_jwt}, certificate-bound tokens, a validated PS256 ID token, and each refusal.
 */
class Fapi2SecurityProfileIT {

  @RegisterExtension
  static final FapiInterop fapi =
      new FapiInterop(KeycloakFapiRealm.Profile.FAPI_2_SECURITY_PROFILE);

  private final KeycloakPeer peer = fapi.peer();
  private final KeycloakFapiRealm realm = fapi.realm();
  private final IdentityServer mtls = fapi.mtls();

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
  void parPkceAndTlsClientAuthEndInAValidatedIdTokenAndACertificateBoundToken() throws Exception {
    AuthorizationResult result = signIn();

    assertThat(result.idToken().issuer()).isEqualTo(realm.issuer());
    assertThat(result.idToken().subject()).isEqualTo(realm.user().id());
    assertThat(result.idToken().audience()).contains(realm.tlsClientAuth().clientId());
    // FAPI 2: PS256 by the profile's secure-signature-algorithm executor.
    assertThat(SignedJWT.parse(result.tokens().idToken().reveal()).getHeader().getAlgorithm())
        .hasToString("PS256");
    // RFC 8705 §3: bound to the certificate the token was asked for with, and to no other.
    CertificateBinding.verifyAccessToken(
        result.tokens().accessToken(), realm.tlsClientAuth().certificate().certificate());
    X509Certificate other = peer.issueClientCertificate("someone-else").certificate();
    assertThatThrownBy(
            () -> CertificateBinding.verifyAccessToken(result.tokens().accessToken(), other))
        .isInstanceOfSatisfying(
            CertificateBindingException.class,
            e ->
                assertThat(e.reason())
                    .isEqualTo(CertificateBindingException.Reason.OTHER_CERTIFICATE));
  }

  @Test
  void aCertificateBoundRefreshTokenIsRefusedOverAnotherCertificate() {
    AuthorizationResult result = signIn();
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
  void anAuthorizationRequestWithoutParIsRefused() {
    AuthorizationSession session = session(realm.tlsClientAuth());

    assertThat(HeadlessLogin.refusal(peer.browser(), session.authorizationUri()))
        .contains("PAR request_uri not included");
  }

  @Test
  void anAuthorizationRequestWithoutPkceIsRefusedEarlyByTheSdkAndByTheServer() throws Exception {
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
    // ... and the server refuses one pushed by hand (same client, same mutual TLS).
    String form =
        "response_type=code&scope=openid&client_id="
            + realm.tlsClientAuth().clientId()
            + "&redirect_uri="
            + URLEncoder.encode(realm.redirectUri(), StandardCharsets.UTF_8)
            + "&state="
            + state.value()
            + "&nonce=n"
            + state.value();
    HttpResponse<String> refused =
        peer.browser(realm.tlsClientAuth().certificate())
            .send(
                HttpRequest.newBuilder(mtls.pushedAuthorizationRequestEndpoint())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    JsonNode error = new ObjectMapper().readTree(refused.body());
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(OAuthError.of(error.path("error").asText())).isEqualTo(OAuthError.INVALID_REQUEST);
    assertThat(error.path("error_description").asText()).containsIgnoringCase("code_challenge");
  }

  @Test
  void privateKeyJwtOverMutualTlsGetsACertificateBoundToken() {
    fapi.privateKeyJwtOverMutualTlsGetsACertificateBoundToken();
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
  void parPkceAndPrivateKeyJwtWithTheIssuerAsAudienceEndInAValidatedIdTokenAndABoundToken() {
    // FAPI 2.0 §5.3.2.1 / Keycloak SecureClientAuthenticationAssertionExecutor (PAR, code and
    // refresh token requests, introspection, revocation): the assertion's aud is the issuer alone.
    KeycloakFapiRealm.Client client = realm.privateKeyJwt();
    ClientAuthentication auth =
        ClientAuthentication.privateKeyJwt(
            client.clientId(), signingKey(client), URI.create(realm.issuer()));
    try (IdentityServer tpp = Interop.fromIssuer(realm.issuer(), client.certificate());
        PushedAuthorizationClient par = tpp.pushedAuthorization(auth)) {
      AuthorizationSession session = session(client);
      URI callback =
          HeadlessLogin.callback(peer.browser(), session.authorizationUri(par), realm.user());

      AuthorizationResult result =
          session.complete(callback, tpp.tokens(auth), tpp.idTokenValidator(client.clientId()));

      assertThat(result.idToken().issuer()).isEqualTo(realm.issuer());
      assertThat(result.idToken().subject()).isEqualTo(realm.user().id());
      assertThat(result.idToken().audience()).contains(client.clientId());
      // RFC 8705 §3: bound to the certificate the private_key_jwt client presented in TLS.
      CertificateBinding.verify(result.tokens(), Interop.clientCertificate(client.certificate()));
      // The refresh token request is under the same audience rule.
      assertThat(
              tpp.tokens(auth)
                  .request(TokenRequest.refreshToken(result.tokens().refreshToken()))
                  .accessToken()
                  .reveal())
          .isNotBlank();
    }
  }

  private AuthorizationResult signIn() {
    KeycloakFapiRealm.Client client = realm.tlsClientAuth();
    AuthorizationSession session = session(client);
    PushedAuthorizationClient par =
        PushedAuthorizationClient.builder()
            .endpoint(mtls.pushedAuthorizationRequestEndpoint())
            .clientAuthentication(tlsClientAuth())
            .transport(mtls.transport())
            .build();
    URI callback =
        HeadlessLogin.callback(peer.browser(), session.authorizationUri(par), realm.user());
    return session.complete(
        callback, mtls.tokens(tlsClientAuth()), mtls.idTokenValidator(client.clientId()));
  }

  private AuthorizationSession session(KeycloakFapiRealm.Client client) {
    return fapi.session(client);
  }

  private ClientAuthentication tlsClientAuth() {
    return fapi.tlsClientAuth();
  }

  private static SigningKey signingKey(KeycloakFapiRealm.Client client) {
    return FapiInterop.signingKey(client);
  }
}
