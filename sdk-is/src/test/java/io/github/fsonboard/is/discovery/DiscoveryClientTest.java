package io.github.fsonboard.is.discovery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.error.FsOnboardException;
import io.github.fsonboard.core.error.NotFoundException;
import io.github.fsonboard.core.oauth.GrantType;
import io.github.fsonboard.is.WireMockSupport;
import java.net.URI;
import org.junit.jupiter.api.Test;

class DiscoveryClientTest extends WireMockSupport {

  @Test
  void mapsTheWso2Document() {
    wm.stubFor(
        get("/oauth2/token/.well-known/openid-configuration")
            .willReturn(discoveryDocument("discovery/200.wso2.json")));
    OidcConfiguration c = is.discovery().fetch();
    assertThat(c.issuer()).isEqualTo(baseUrl() + "/oauth2/token");
    assertThat(c.registrationEndpoint())
        .isEqualTo(URI.create(baseUrl() + "/api/identity/oauth2/dcr/v1.1/register"));
    assertThat(c.introspectionEndpoint().getPath()).isEqualTo("/oauth2/introspect");
    assertThat(c.revocationEndpoint().getPath()).isEqualTo("/oauth2/revoke");
    assertThat(c.jwksUri().getPath()).isEqualTo("/oauth2/jwks");
    assertThat(c.userinfoEndpoint().getPath()).isEqualTo("/oauth2/userinfo");
    assertThat(c.pushedAuthorizationRequestEndpoint().getPath()).isEqualTo("/oauth2/par");
    assertThat(c.supportsGrantType(GrantType.JWT_BEARER)).isTrue();
    assertThat(c.codeChallengeMethodsSupported()).containsExactly("S256", "plain");
    assertThat(c.tokenEndpointAuthMethodsSupported()).contains("private_key_jwt");
    assertThat(c.additional())
        .containsEntry("backchannel_logout_supported", true)
        .containsEntry("tls_client_certificate_bound_access_tokens", true)
        .doesNotContainKey("issuer");
  }

  @Test
  void readsAnyDocumentByFullUrl() {
    wm.stubFor(
        get("/realms/fs/.well-known/openid-configuration")
            .willReturn(discoveryDocument("discovery/200.keycloak.json")));
    OidcConfiguration c =
        is.discovery().fetch(baseUrl() + "/realms/fs/.well-known/openid-configuration");
    assertThat(c.tokenEndpoint().getPath()).isEqualTo("/realms/fs/protocol/openid-connect/token");
    assertThat(c.supportsGrantType(GrantType.JWT_BEARER)).isFalse();
    assertThat(c.additional()).containsKey("mtls_endpoint_aliases");
  }

  @Test
  void errorsAreTyped() {
    wm.stubFor(
        get("/oauth2/token/.well-known/openid-configuration")
            .willReturn(aResponse().withStatus(404)));
    assertThatThrownBy(() -> is.discovery().fetch()).isInstanceOf(NotFoundException.class);
    wm.stubFor(
        get("/oauth2/token/.well-known/openid-configuration")
            .willReturn(aResponse().withStatus(200).withBody("<html>login</html>")));
    assertThatThrownBy(() -> is.discovery().fetch()).isInstanceOf(FsOnboardException.class);
  }

  @Test
  void aDocumentNamingAnotherIssuerIsRefused() {
    wm.stubFor(
        get("/oauth2/token/.well-known/openid-configuration")
            .willReturn(json(200, "discovery/200.wso2.json")));
    // RFC 8414 section 3.3: the issuer must be the URL the document was read from.
    assertThatThrownBy(() -> is.discovery().fetch())
        .isInstanceOf(io.github.fsonboard.core.error.FsOnboardException.class)
        .hasMessageContaining("names another issuer");
  }
}
