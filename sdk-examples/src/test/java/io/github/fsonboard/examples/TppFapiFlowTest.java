package io.github.fsonboard.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.auth.BasicCredentials;
import io.github.fsonboard.core.auth.ClientAuthentication;
import io.github.fsonboard.core.auth.SigningKey;
import io.github.fsonboard.core.cert.InvalidJwtException;
import io.github.fsonboard.core.error.ApiException;
import io.github.fsonboard.core.error.OAuthError;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.Trust;
import io.github.fsonboard.core.oauth.PushedAuthorizationClient;
import io.github.fsonboard.core.oidc.AuthorizationResult;
import io.github.fsonboard.core.oidc.AuthorizationSession;
import io.github.fsonboard.core.oidc.ResponseMode;
import io.github.fsonboard.core.pkce.AuthorizationCallback;
import io.github.fsonboard.core.pkce.AuthorizationDeniedException;
import io.github.fsonboard.core.pkce.RequestObject;
import io.github.fsonboard.is.IdentityServer;
import io.github.fsonboard.is.dcr.ClientRegistrationRequest;
import io.github.fsonboard.is.dcr.RegisteredClient;
import io.github.fsonboard.testkit.Fixture;
import io.github.fsonboard.testkit.TestSoftware;
import io.github.fsonboard.testkit.Wso2Emulator;
import io.github.fsonboard.testkit.Wso2EmulatorExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The TPP path end to end on the emulated IS 7: a {@code private_key_jwt} client that must push its
 * requests; a signed request object (PS256) with PKCE, state and nonce pushed to {@code
 * /oauth2/par}; the user agent sent with {@code client_id} and {@code request_uri}; the callback
 * completed into tokens with a validated ID token; the same with a JWT-secured response (JARM).
 */
class TppFapiFlowTest {
  private static final URI CALLBACK = URI.create("https://tpp.example/callback");

  @RegisterExtension
  static Wso2EmulatorExtension wso2 =
      Wso2EmulatorExtension.with(Wso2Emulator.builder().fixture(Fixture.defaults()));

  private static IdentityServer identityServer(Wso2Emulator emulator) {
    return IdentityServer.builder()
        .baseUrl(emulator.isBaseUrl())
        .httpConfig(HttpConfig.builder().trust(Trust.pem(emulator.trustedCertificatePem())).build())
        .adminCredentials(BasicCredentials.of(emulator.adminUsername(), emulator.adminPassword()))
        .build();
  }

  /** The user agent: follows nothing, returns where the server sends it. */
  private static URI userAgentGoesTo(Wso2Emulator emulator, URI url) throws Exception {
    HttpClient browser =
        HttpClient.newBuilder()
            .sslContext(emulator.sslContext())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    HttpResponse<Void> r =
        browser.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.discarding());
    assertThat(r.statusCode()).isEqualTo(302);
    return URI.create(r.headers().firstValue("Location").orElseThrow());
  }

  private static RegisteredClient register(IdentityServer is, TestSoftware software, String name) {
    return is.dcr()
        .register(
            ClientRegistrationRequest.builder()
                .clientName(name)
                .redirectUris(CALLBACK.toString())
                .grantTypes("authorization_code", "refresh_token")
                .tokenEndpointAuthMethod("private_key_jwt")
                .jwksUri(software.jwksUrl())
                .pkceMandatory(true)
                .requirePushedAuthorizationRequests(true)
                .requestObjectSigningAlg("PS256")
                .build());
  }

  private static AuthorizationSession.Builder sessionFor(IdentityServer is, String clientId) {
    return AuthorizationSession.builder(is.authorizationEndpoint())
        .clientId(clientId)
        .redirectUri(CALLBACK)
        .scope("openid accounts");
  }

  private static AuthorizationSession session(IdentityServer is, String clientId) {
    return sessionFor(is, clientId).build();
  }

  /** With the plain query response, and with a JWT-secured one (JARM) as IS 7 serves it. */
  @ParameterizedTest
  @EnumSource(ResponseMode.class)
  void parWithSignedRequestObjectPkceAndPrivateKeyJwtEndsInValidatedTokens(
      ResponseMode mode, Wso2Emulator emulator) throws Exception {
    TestSoftware software =
        emulator.directory().software("fapiTpp" + mode.ordinal()).algorithm("PS256").issue();
    SigningKey key = SigningKey.of(software.signingKey(), software.keyId());
    try (IdentityServer is = identityServer(emulator)) {
      String clientId = register(is, software, "fapi-tpp-" + mode).clientId();
      ClientAuthentication auth = ClientAuthentication.privateKeyJwt(clientId, key);

      AuthorizationSession session = sessionFor(is, clientId).responseMode(mode).build();
      URI authorize = session.authorizationUri(is.pushedAuthorization(auth, key));
      assertThat(authorize.getRawQuery()).startsWith("client_id=" + clientId + "&request_uri=");

      // The session travels through the web session store between redirect and callback.
      AuthorizationSession restored = AuthorizationSession.deserialize(session.serialize());
      URI callback = userAgentGoesTo(emulator, authorize);
      if (mode == ResponseMode.JWT) {
        // IS 7 (QueryJwtResponseModeProvider): one signed JWT in the query, nothing beside it;
        // checked as another client its aud is refused, before the code is used.
        assertThat(AuthorizationCallback.parse(callback).parameters()).containsOnlyKeys("response");
        assertThatThrownBy(
                () -> restored.complete(callback, is.tokens(auth), is.idTokenValidator("other")))
            .isInstanceOfSatisfying(
                InvalidJwtException.class,
                e -> assertThat(e.reason()).startsWith("authorization response audience"));
      }
      AuthorizationResult result =
          restored.complete(callback, is.tokens(auth), is.idTokenValidator(clientId));

      assertThat(result.tokens().accessToken().reveal()).isNotBlank();
      assertThat(result.idToken()).isNotNull();
      assertThat(result.idToken().audience()).containsExactly(clientId);
      assertThat(result.idToken().claims().getClaim("nonce")).isEqualTo(session.nonce().value());
    }
  }

  @Test
  void theServerRefusesWhatFapiForbids(Wso2Emulator emulator) throws Exception {
    TestSoftware software = emulator.directory().software("fapiTpp2").algorithm("PS256").issue();
    SigningKey key = SigningKey.of(software.signingKey(), software.keyId());
    try (IdentityServer is = identityServer(emulator)) {
      String clientId = register(is, software, "fapi-tpp-2").clientId();
      ClientAuthentication auth = ClientAuthentication.privateKeyJwt(clientId, key);
      AuthorizationSession session = session(is, clientId);

      // Without PAR: the client must push (AuthzUtil.checkPARMandatory).
      URI plain = userAgentGoesTo(emulator, session.authorizationUri());
      assertThatThrownBy(
              () -> session.complete(plain, is.tokens(auth), is.idTokenValidator(clientId)))
          .isInstanceOfSatisfying(
              AuthorizationDeniedException.class,
              e -> assertThat(e.oauthError()).isEqualTo(OAuthError.INVALID_REQUEST));

      // The same refusal with response_mode=jwt comes inside the signed response JWT
      // (JarmResponseModeProvider.getErrorJWTClaimsSet): the SDK checks it, then reports it typed.
      AuthorizationSession jarm = sessionFor(is, clientId).responseMode(ResponseMode.JWT).build();
      URI signed = userAgentGoesTo(emulator, jarm.authorizationUri());
      assertThat(AuthorizationCallback.parse(signed).parameters()).containsOnlyKeys("response");
      assertThatThrownBy(
              () -> jarm.complete(signed, is.tokens(auth), is.idTokenValidator(clientId)))
          .isInstanceOfSatisfying(
              AuthorizationDeniedException.class,
              e -> {
                assertThat(e.oauthError()).isEqualTo(OAuthError.INVALID_REQUEST);
                assertThat(e.errorDescription())
                    .contains("PAR request is mandatory for the application.");
              });

      // A request object signed by another key: invalid_request_object from the PAR endpoint.
      SigningKey stranger =
          SigningKey.of(
              emulator.directory().software("stranger").algorithm("PS256").issue().signingKey(),
              software.keyId());
      PushedAuthorizationClient par = is.pushedAuthorization(auth);
      RequestObject forged = RequestObject.sign(session.request(), stranger, is.issuer());
      assertThatThrownBy(() -> par.push(forged))
          .isInstanceOfSatisfying(
              ApiException.class,
              e -> {
                assertThat(e.status()).isEqualTo(400);
                assertThat(e.oauthError()).contains(OAuthError.INVALID_REQUEST_OBJECT);
              });

      // A request_uri is good for one authorization only.
      URI once = session.authorizationUri(is.pushedAuthorization(auth, key));
      userAgentGoesTo(emulator, once);
      assertThat(userAgentGoesTo(emulator, once).getRawQuery())
          .contains("oauthErrorCode=invalid_request_uri");
    }
  }
}
