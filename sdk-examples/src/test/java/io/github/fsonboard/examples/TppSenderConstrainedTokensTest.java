package io.github.fsonboard.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.SignedJWT;
import io.github.fsonboard.core.auth.BasicCredentials;
import io.github.fsonboard.core.auth.ClientAuthentication;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.error.ApiException;
import io.github.fsonboard.core.error.OAuthError;
import io.github.fsonboard.core.http.ClientCertificate;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.Trust;
import io.github.fsonboard.core.oauth.CertificateBinding;
import io.github.fsonboard.core.oauth.CertificateBindingException;
import io.github.fsonboard.core.oauth.DpopKey;
import io.github.fsonboard.core.oauth.OAuthTokenClient;
import io.github.fsonboard.core.oauth.TokenRequest;
import io.github.fsonboard.core.oauth.TokenResponse;
import io.github.fsonboard.is.IdentityServer;
import io.github.fsonboard.is.dcr.ClientRegistrationRequest;
import io.github.fsonboard.is.dcr.RegisteredClient;
import io.github.fsonboard.is.introspection.IntrospectionResult;
import io.github.fsonboard.testkit.Fixture;
import io.github.fsonboard.testkit.TestSoftware;
import io.github.fsonboard.testkit.Wso2Emulator;
import io.github.fsonboard.testkit.Wso2EmulatorExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Sender-constrained tokens from the emulated IS 7: {@code tls_client_auth} to a certificate-bound
 * token (identity-oauth-clientauth-mutualtls MutualTLSClientAuthenticator,
 * CertificateBasedTokenBinder) and DPoP-bound tokens (identity-oauth-addons
 * org.wso2.carbon.identity.dpop), checked with the SDK's {@link CertificateBinding} and {@link
 * DpopKey}.
 */
class TppSenderConstrainedTokensTest {
  @RegisterExtension
  static Wso2EmulatorExtension wso2 =
      Wso2EmulatorExtension.with(Wso2Emulator.builder().fixture(Fixture.defaults()));

  private static ClientCertificate transportCertificate(TestSoftware software) {
    return ClientCertificate.pem(
        software.transportCertificatePem(), Secret.of(software.transportPrivateKeyPem()));
  }

  private static HttpConfig httpConfig(Wso2Emulator emulator, ClientCertificate certificate) {
    HttpConfig.Builder b = HttpConfig.builder().trust(Trust.pem(emulator.trustedCertificatePem()));
    return (certificate == null ? b : b.clientCertificate(certificate)).build();
  }

  private static IdentityServer identityServer(Wso2Emulator emulator, HttpConfig config) {
    return IdentityServer.builder()
        .baseUrl(emulator.isBaseUrl())
        .httpConfig(config)
        .adminCredentials(BasicCredentials.of(emulator.adminUsername(), emulator.adminPassword()))
        .build();
  }

  @Test
  void tlsClientAuthGivesATokenBoundToTheClientCertificate(Wso2Emulator emulator) {
    TestSoftware software = emulator.directory().software("mtlsTpp").issue();
    ClientCertificate mine = transportCertificate(software);
    ClientCertificate other =
        transportCertificate(emulator.directory().software("otherTpp").issue());
    try (IdentityServer is = identityServer(emulator, httpConfig(emulator, mine))) {
      RegisteredClient client =
          is.dcr()
              .register(
                  ClientRegistrationRequest.builder()
                      .clientName("mtls-tpp")
                      .grantTypes("client_credentials")
                      .tokenEndpointAuthMethod("tls_client_auth")
                      .tlsClientAuthSubjectDn(mine.certificate())
                      .tlsClientCertificateBoundAccessTokens(true)
                      .build());
      // The certificate MutualTLSClientAuthenticator matches: the application's.
      is.applicationCertificates().set(client.clientId(), software.transportCertificatePem());
      ClientAuthentication auth = ClientAuthentication.tlsClientAuth(client.clientId());

      TokenResponse token = is.tokens(auth).clientCredentials();

      CertificateBinding.verify(token, mine);
      assertThatThrownBy(() -> CertificateBinding.verify(token, other))
          .isInstanceOfSatisfying(
              CertificateBindingException.class,
              e ->
                  assertThat(e.reason())
                      .isEqualTo(CertificateBindingException.Reason.OTHER_CERTIFICATE));
      IntrospectionResult introspected = is.introspection().introspect(token.accessToken());
      CertificateBinding.verifyThumbprint(introspected.certificateThumbprint(), mine);
      assertThat(introspected.additional()).containsEntry("binding_type", "certificate");

      // Another (trusted) certificate does not authenticate the client.
      try (IdentityServer stranger = identityServer(emulator, httpConfig(emulator, other))) {
        assertThatThrownBy(() -> stranger.tokens(auth).clientCredentials())
            .isInstanceOfSatisfying(
                ApiException.class,
                e -> {
                  assertThat(e.status()).isEqualTo(401);
                  assertThat(e.oauthError()).contains(OAuthError.INVALID_CLIENT);
                });
      }
    }
  }

  @Test
  void aCertificateBoundRefreshTokenRenewsOnlyOverTheSameCertificate(Wso2Emulator emulator) {
    TestSoftware software = emulator.directory().software("refreshTpp").issue();
    ClientCertificate mine = transportCertificate(software);
    ClientCertificate other =
        transportCertificate(emulator.directory().software("refreshStranger").issue());
    try (IdentityServer is = identityServer(emulator, httpConfig(emulator, mine))) {
      RegisteredClient client =
          is.dcr()
              .register(
                  ClientRegistrationRequest.builder()
                      .clientName("refresh-tpp")
                      .grantTypes("password", "refresh_token")
                      .tlsClientCertificateBoundAccessTokens(true)
                      .build());
      // A client secret authenticates the client whatever the certificate: only the binding
      // differs.
      ClientAuthentication auth =
          ClientAuthentication.clientSecretBasic(client.clientId(), client.clientSecret());
      TokenRequest password =
          TokenRequest.password(
              emulator.adminUsername(), Secret.of(emulator.adminPassword()), List.of("openid"));
      TokenResponse first = is.tokens(auth).request(password);
      CertificateBinding.verify(first, mine);

      try (IdentityServer stranger = identityServer(emulator, httpConfig(emulator, other))) {
        assertThatThrownBy(
                () ->
                    stranger.tokens(auth).request(TokenRequest.refreshToken(first.refreshToken())))
            .isInstanceOfSatisfying(
                ApiException.class,
                e -> {
                  assertThat(e.status()).isEqualTo(400);
                  assertThat(e.oauthError()).contains(OAuthError.INVALID_GRANT);
                });
      }
      // Refused, the refresh token is still good over the certificate it is bound to.
      TokenResponse renewed =
          is.tokens(auth).request(TokenRequest.refreshToken(first.refreshToken()));
      CertificateBinding.verify(renewed, mine);
    }
  }

  @Test
  void dpopGivesATokenBoundToTheProofKeyAndABadProofIsRefused(Wso2Emulator emulator)
      throws Exception {
    HttpConfig config = httpConfig(emulator, null);
    try (IdentityServer is = identityServer(emulator, config)) {
      RegisteredClient client =
          is.dcr()
              .register(
                  ClientRegistrationRequest.builder()
                      .clientName("dpop-tpp")
                      .grantTypes("client_credentials")
                      .build());
      bindTokensWithDpop(
          emulator, is.applicationCertificates().applicationId(client.clientId()).orElseThrow());
      ClientAuthentication auth =
          ClientAuthentication.clientSecretBasic(client.clientId(), client.clientSecret());
      DpopKey key = DpopKey.generate();

      TokenResponse token = tokens(is, config, auth, key).clientCredentials();

      assertThat(token.tokenType()).isEqualTo("DPoP");
      Map<String, Object> cnf =
          SignedJWT.parse(token.accessToken().reveal()).getJWTClaimsSet().getJSONObjectClaim("cnf");
      assertThat(cnf).containsEntry("jkt", key.thumbprint());
      IntrospectionResult introspected = is.introspection().introspect(token.accessToken());
      assertThat(introspected.tokenType()).isEqualTo("DPoP");
      assertThat(introspected.additional()).containsEntry("cnf", Map.of("jkt", key.thumbprint()));

      // A proof signed two minutes ago is past IS's 60-second window.
      DpopKey stale = key.withClock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-2)));
      assertThatThrownBy(() -> tokens(is, config, auth, stale).clientCredentials())
          .isInstanceOfSatisfying(
              ApiException.class,
              e -> {
                assertThat(e.status()).isEqualTo(400);
                assertThat(e.oauthError()).contains(OAuthError.INVALID_DPOP_PROOF);
                assertThat(e.payload().errorDescription()).isEqualTo("Expired DPoP Proof");
              });
      // No proof at all.
      assertThatThrownBy(() -> is.tokens(auth).clientCredentials())
          .isInstanceOfSatisfying(
              ApiException.class,
              e -> assertThat(e.oauthError()).contains(OAuthError.INVALID_DPOP_PROOF));
    }
  }

  private static OAuthTokenClient tokens(
      IdentityServer is, HttpConfig config, ClientAuthentication auth, DpopKey key) {
    return OAuthTokenClient.builder()
        .tokenEndpoint(is.tokenEndpoint())
        .clientAuthentication(auth)
        .httpConfig(config)
        .dpop(key)
        .build();
  }

  /**
   * What the Console does (IS 7's DCR cannot ask for DPoP): the application's OIDC configuration
   * with {@code accessToken.bindingType} DPoP.
   */
  private static void bindTokensWithDpop(Wso2Emulator emulator, String applicationId)
      throws Exception {
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (emulator.adminUsername() + ":" + emulator.adminPassword())
                    .getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> r =
        HttpClient.newBuilder()
            .sslContext(emulator.sslContext())
            .build()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            emulator.isBaseUrl()
                                + "/api/server/v1/applications/"
                                + applicationId
                                + "/inbound-protocols/oidc"))
                    .header("Authorization", "Basic " + basic)
                    .header("Content-Type", "application/json")
                    .PUT(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"accessToken\":{\"bindingType\":\"DPoP\"}}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
  }
}
