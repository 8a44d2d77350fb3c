package io.github.fsonboard.is.revocation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.auth.ClientAuthentication;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.auth.SigningKey;
import io.github.fsonboard.core.error.AuthenticationException;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.harness.TestPki;
import io.github.fsonboard.is.WireMockSupport;
import org.junit.jupiter.api.Test;

class RevocationClientTest extends WireMockSupport {
  private static final ClientAuthentication APP =
      ClientAuthentication.clientSecretBasic("app", Secret.of("app-secret"));

  @Test
  void revokesWithClientBasicAndAcceptsAnEmpty200() {
    wm.stubFor(post("/oauth2/revoke").willReturn(aResponse().withStatus(200)));
    is.revocation(APP).revoke(Secret.of("refresh-1"), RevocationClient.REFRESH_TOKEN);
    wm.verify(
        postRequestedFor(urlEqualTo("/oauth2/revoke"))
            .withHeader("Authorization", equalTo("Basic YXBwOmFwcC1zZWNyZXQ="))
            .withRequestBody(equalTo("token=refresh-1&token_type_hint=refresh_token")));
  }

  @Test
  void badClientCredentialsAreAnAuthenticationException() {
    // OAuthRevocationEndpoint.revokeAccessToken: invalid_client, sent as text/html.
    wm.stubFor(
        post("/oauth2/revoke")
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "text/html")
                    .withBody(fixture("revocation/401.invalid-client.json"))));
    assertThatThrownBy(() -> is.revocation(APP).revoke(Secret.of("t")))
        .isInstanceOfSatisfying(
            AuthenticationException.class,
            e -> {
              assertThat(e.payload().error()).isEqualTo("invalid_client");
              assertThat(e.getMessage())
                  .contains("Client Authentication failed")
                  .doesNotContain("app-secret");
            });
  }

  @Test
  void anotherClientsTokenIsUnauthorizedClient() {
    wm.stubFor(
        post("/oauth2/revoke").willReturn(json(401, "revocation/401.another-clients-token.json")));
    assertThatThrownBy(() -> is.revocation(APP).revoke(Secret.of("t")))
        .isInstanceOfSatisfying(
            AuthenticationException.class,
            e -> assertThat(e.payload().error()).isEqualTo("unauthorized_client"));
  }

  @Test
  void privateKeyJwtAssertionNamesTheTokenEndpointNotTheRevocationUrl() throws Exception {
    wm.stubFor(post("/oauth2/revoke").willReturn(aResponse().withStatus(200)));
    java.security.PrivateKey key = TestPki.ecKeys().getPrivate();

    is.revocation(ClientAuthentication.privateKeyJwt("app", new SigningKey(key, "k1", "ES256")))
        .revoke(Secret.of("t"));

    var request = wm.getAllServeEvents().get(0).getRequest();
    String assertion = request.formParameters().get("client_assertion").firstValue();
    // Keycloak answers a revocation-URL aud with 400 invalid_client "Invalid token audience".
    assertThat(com.nimbusds.jwt.SignedJWT.parse(assertion).getJWTClaimsSet().getAudience())
        .containsExactly(baseUrl() + "/oauth2/token");
  }

  @Test
  void emptyTokenIsRefusedBeforeAnyCall() {
    assertThatThrownBy(() -> is.revocation(APP).revoke(null))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("token"));
    assertNoRequest();
  }
}
