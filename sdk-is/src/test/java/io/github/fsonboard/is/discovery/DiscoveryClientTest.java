package io.github.fsonboard.is.discovery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.error.NotFoundException;
import io.github.fsonboard.core.error.TransportException;
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
    assertThat(c.mtlsEndpointAliases()).containsKey("token_endpoint");
  }

  @Test
  void errorsAreTyped() {
    wm.stubFor(
        get("/oauth2/token/.well-known/openid-configuration")
            .willReturn(aResponse().withStatus(404)));
    assertThatThrownBy(() -> is.discovery().fetch())
        .isInstanceOf(DiscoveryException.class)
        .hasCauseInstanceOf(NotFoundException.class)
        .hasMessageContaining(baseUrl() + "/oauth2/token/.well-known/openid-configuration")
        .hasMessageContaining("HTTP 404");
    wm.stubFor(
        get("/oauth2/token/.well-known/openid-configuration")
            .willReturn(aResponse().withStatus(200).withBody("<html>login</html>")));
    assertThatThrownBy(() -> is.discovery().fetch())
        .isInstanceOf(DiscoveryException.class)
        .hasMessageContaining("not valid JSON");
  }

  @Test
  void findsAnyServerFromItsIssuer() {
    wm.stubFor(
        get("/realms/fs/.well-known/openid-configuration")
            .willReturn(discoveryDocument("discovery/200.keycloak.json")));
    OidcConfiguration c = is.discovery().fetchIssuer(baseUrl() + "/realms/fs/");
    assertThat(c.issuer()).isEqualTo(baseUrl() + "/realms/fs");
    assertThat(c.authorizationEndpoint().getPath())
        .isEqualTo("/realms/fs/protocol/openid-connect/auth");
    assertThat(c.endSessionEndpoint().getPath())
        .isEqualTo("/realms/fs/protocol/openid-connect/logout");
    assertThat(c.mtlsEndpointAliases()).containsOnlyKeys("token_endpoint");
    assertThat(c.mtlsEndpoint("token_endpoint", c.tokenEndpoint())).isEqualTo(c.tokenEndpoint());
    assertThat(c.mtlsEndpoint("revocation_endpoint", c.revocationEndpoint()))
        .isEqualTo(c.revocationEndpoint());
    assertThat(c.additional()).doesNotContainKey("mtls_endpoint_aliases");
  }

  @Test
  void fallsBackToRfc8414WhenThereIsNoOidcDocument() {
    wm.stubFor(
        get("/.well-known/oauth-authorization-server/realms/fs")
            .willReturn(discoveryDocument("discovery/200.keycloak.json")));
    OidcConfiguration c = is.discovery().fetchIssuer(baseUrl() + "/realms/fs");
    assertThat(c.tokenEndpoint().getPath()).isEqualTo("/realms/fs/protocol/openid-connect/token");
  }

  @Test
  void anIssuerWithoutMetadataFailsNamingBothUrls() {
    assertThatThrownBy(() -> is.discovery().fetchIssuer(baseUrl() + "/realms/none"))
        .isInstanceOf(DiscoveryException.class)
        .hasMessageContaining(baseUrl() + "/.well-known/oauth-authorization-server/realms/none")
        .hasMessageContaining("HTTP 404")
        .satisfies(
            e ->
                assertThat(((DiscoveryException) e).url())
                    .isEqualTo(
                        URI.create(
                            baseUrl() + "/.well-known/oauth-authorization-server/realms/none")));
  }

  @Test
  void aDocumentForAnotherIssuerIsRefusedByFetchIssuer() {
    wm.stubFor(
        get("/realms/other/.well-known/openid-configuration")
            .willReturn(discoveryDocument("discovery/200.keycloak.json")));
    assertThatThrownBy(() -> is.discovery().fetchIssuer(baseUrl() + "/realms/other"))
        .isInstanceOf(DiscoveryException.class)
        .hasMessageContaining("names issuer " + baseUrl() + "/realms/fs")
        .hasMessageContaining("not " + baseUrl() + "/realms/other");
  }

  @Test
  void anUnreachableIssuerFailsWithTheTransportCause() {
    assertThatThrownBy(() -> is.discovery().fetchIssuer("http://127.0.0.1:1/realms/fs"))
        .isInstanceOf(DiscoveryException.class)
        .hasCauseInstanceOf(TransportException.class)
        .hasMessageContaining("http://127.0.0.1:1/realms/fs/.well-known/openid-configuration");
  }

  @Test
  void aDocumentNamingAnotherIssuerIsRefused() {
    wm.stubFor(
        get("/oauth2/token/.well-known/openid-configuration")
            .willReturn(json(200, "discovery/200.wso2.json")));
    // RFC 8414 section 3.3: the issuer must be the URL the document was read from.
    assertThatThrownBy(() -> is.discovery().fetch())
        .isInstanceOf(DiscoveryException.class)
        .hasMessageContaining("names another issuer");
  }
}
