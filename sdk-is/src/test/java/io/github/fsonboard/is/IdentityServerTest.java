package io.github.fsonboard.is;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.auth.ClientAuthentication;
import io.github.fsonboard.core.auth.JwtBearerAssertion;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.auth.SigningKey;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.oauth.OAuthTokenClient;
import io.github.fsonboard.core.oauth.TokenRequest;
import io.github.fsonboard.core.oauth.TokenResponse;
import io.github.fsonboard.harness.TestPki;
import java.net.URI;
import java.security.PrivateKey;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class IdentityServerTest extends WireMockSupport {

  @Test
  void refusesUnusableBaseUrlsNamingTheField() {
    for (String bad :
        new String[] {null, "", "is.bank.example", "http://is.bank.example", "ftp://x"}) {
      assertThatThrownBy(() -> IdentityServer.builder().baseUrl(bad).build())
          .as(String.valueOf(bad))
          .isInstanceOfSatisfying(
              ValidationException.class, e -> assertThat(e.field()).isEqualTo("baseUrl"));
    }
    assertThatThrownBy(() -> IdentityServer.builder().build())
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("baseUrl"));
    assertThatThrownBy(() -> IdentityServer.builder().discoveryUrl("not a url").build())
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("discoveryUrl"));
  }

  @Test
  void defaultsToWso2PathsWithoutAnyCall() {
    assertThat(is.tokenEndpoint()).isEqualTo(URI.create(baseUrl() + "/oauth2/token"));
    assertThat(is.introspectionEndpoint()).isEqualTo(URI.create(baseUrl() + "/oauth2/introspect"));
    assertThat(is.revocationEndpoint()).isEqualTo(URI.create(baseUrl() + "/oauth2/revoke"));
    assertThat(is.jwksUri()).isEqualTo(URI.create(baseUrl() + "/oauth2/jwks"));
    assertThat(is.registrationEndpoint())
        .isEqualTo(URI.create(baseUrl() + "/api/identity/oauth2/dcr/v1.1/register"));
    assertThatThrownBy(() -> is.oidcConfiguration())
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("discoveryUrl"));
    assertNoRequest();
  }

  @Test
  void takesEndpointsFromAnyDiscoveryDocumentOnceAndOverridesWin() {
    String doc = "/realms/fs/.well-known/openid-configuration";
    wm.stubFor(get(doc).willReturn(discoveryDocument("discovery/200.keycloak.json")));
    try (IdentityServer kc =
        IdentityServer.builder()
            .baseUrl(baseUrl())
            .transport(transport)
            .discoveryUrl(baseUrl() + doc)
            .revocationEndpoint(baseUrl() + "/custom/revoke")
            .build()) {
      assertThat(kc.tokenEndpoint().getPath())
          .isEqualTo("/realms/fs/protocol/openid-connect/token");
      assertThat(kc.registrationEndpoint().getPath())
          .isEqualTo("/realms/fs/clients-registrations/openid-connect");
      assertThat(kc.jwksUri().getPath()).isEqualTo("/realms/fs/protocol/openid-connect/certs");
      assertThat(kc.revocationEndpoint().getPath()).isEqualTo("/custom/revoke");
      assertThat(kc.introspectionEndpoint().getPath())
          .isEqualTo("/realms/fs/protocol/openid-connect/token/introspect");
    }
    wm.verify(1, getRequestedFor(urlEqualTo(doc)));
  }

  @Test
  void fromIssuerReadsTheMetadataWhileBuildingAndPublishesEveryEndpoint() {
    String doc = "/realms/fs/.well-known/openid-configuration";
    wm.stubFor(get(doc).willReturn(discoveryDocument("discovery/200.keycloak.json")));
    try (IdentityServer kc =
        IdentityServer.builder().issuer(baseUrl() + "/realms/fs").transport(transport).build()) {
      wm.verify(1, getRequestedFor(urlEqualTo(doc)));
      assertThat(kc.baseUrl().uri()).isEqualTo(URI.create(baseUrl()));
      assertThat(kc.authorizationEndpoint().getPath())
          .isEqualTo("/realms/fs/protocol/openid-connect/auth");
      assertThat(kc.endSessionEndpoint().getPath())
          .isEqualTo("/realms/fs/protocol/openid-connect/logout");
      assertThat(kc.tokenEndpoint().getPath())
          .isEqualTo("/realms/fs/protocol/openid-connect/token");
      assertThat(kc.oidcConfiguration().issuer()).isEqualTo(baseUrl() + "/realms/fs");
      // Keycloak's fixture publishes no PAR endpoint: saying so beats guessing a path.
      assertThatThrownBy(kc::pushedAuthorizationRequestEndpoint)
          .isInstanceOfSatisfying(
              ValidationException.class,
              e -> assertThat(e.field()).isEqualTo("pushed_authorization_request_endpoint"));
    }
    wm.verify(1, getRequestedFor(urlEqualTo(doc)));
  }

  @Test
  void fromIssuerFailsFastNamingTheUrl() {
    assertThatThrownBy(() -> IdentityServer.fromIssuer(baseUrl() + "/realms/missing"))
        .isInstanceOf(io.github.fsonboard.is.discovery.DiscoveryException.class)
        .hasMessageContaining("/realms/missing")
        .hasMessageContaining("HTTP 404");
    assertThatThrownBy(() -> IdentityServer.builder().issuer("ftp://x").build())
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("issuer"));
  }

  @Test
  void idTokenValidatorUsesTheIssuerAndJwksOnTheTransport() throws Exception {
    com.nimbusds.jose.jwk.ECKey key =
        new com.nimbusds.jose.jwk.gen.ECKeyGenerator(com.nimbusds.jose.jwk.Curve.P_256)
            .keyID("k1")
            .generate();
    wm.stubFor(
        get("/oauth2/jwks")
            .willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(new com.nimbusds.jose.jwk.JWKSet(key.toPublicJWK()).toString())));
    java.time.Instant now = java.time.Instant.now();
    com.nimbusds.jwt.SignedJWT jwt =
        new com.nimbusds.jwt.SignedJWT(
            new com.nimbusds.jose.JWSHeader.Builder(com.nimbusds.jose.JWSAlgorithm.ES256)
                .keyID("k1")
                .build(),
            new com.nimbusds.jwt.JWTClaimsSet.Builder()
                .issuer(is.issuer())
                .audience("tpp")
                .subject("alice")
                .issueTime(java.util.Date.from(now))
                .expirationTime(java.util.Date.from(now.plusSeconds(300)))
                .build());
    jwt.sign(new com.nimbusds.jose.crypto.ECDSASigner(key));

    assertThat(is.issuer()).isEqualTo(baseUrl() + "/oauth2/token");
    assertThat(
            is.idTokenValidator("tpp")
                .validate(
                    Secret.of(jwt.serialize()),
                    io.github.fsonboard.core.oidc.IdTokenExpectations.none())
                .subject())
        .isEqualTo("alice");
    assertThatThrownBy(
            () ->
                is.idTokenValidator("another-client")
                    .validate(
                        Secret.of(jwt.serialize()),
                        io.github.fsonboard.core.oidc.IdTokenExpectations.none()))
        .isInstanceOf(io.github.fsonboard.core.cert.InvalidJwtException.class)
        .hasMessageContaining("audience");
    wm.verify(1, getRequestedFor(urlEqualTo("/oauth2/jwks"))); // one key cache per client
    assertThatThrownBy(() -> is.idTokenValidator(" "))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.getMessage()).contains("clientId"));
  }

  @Test
  void wso2DefaultsIncludeTheBrowserEndpoints() {
    assertThat(is.authorizationEndpoint()).isEqualTo(URI.create(baseUrl() + "/oauth2/authorize"));
    assertThat(is.pushedAuthorizationRequestEndpoint())
        .isEqualTo(URI.create(baseUrl() + "/oauth2/par"));
    assertThat(is.endSessionEndpoint()).isEqualTo(URI.create(baseUrl() + "/oidc/logout"));
    assertNoRequest();
  }

  @Test
  void useDiscoveryReadsTheWso2Document() {
    wm.stubFor(
        get("/oauth2/token/.well-known/openid-configuration")
            .willReturn(discoveryDocument("discovery/200.wso2.json")));
    try (IdentityServer d =
        IdentityServer.builder().baseUrl(baseUrl()).transport(transport).useDiscovery().build()) {
      assertThat(d.tokenEndpoint()).isEqualTo(URI.create(baseUrl() + "/oauth2/token"));
    }
  }

  @Test
  void tokensUsesTheTokenEndpointAndSharedTransport() {
    wm.stubFor(post("/oauth2/token").willReturn(json(200, "token/200.client-credentials.json")));
    OAuthTokenClient tokens =
        is.tokens(ClientAuthentication.clientSecretBasic("app", Secret.of("app-secret")));
    TokenResponse t = tokens.clientCredentials("accounts");
    assertThat(t.scopes()).containsExactly("accounts");
    assertThat(t.expiresIn()).isEqualTo(Duration.ofHours(1));
    wm.verify(
        postRequestedFor(urlEqualTo("/oauth2/token"))
            .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
            .withHeader("Authorization", equalTo("Basic YXBwOmFwcC1zZWNyZXQ="))
            .withRequestBody(equalTo("grant_type=client_credentials&scope=accounts")));
  }

  @Test
  void badGrantInputFailsBeforeAnyCall() throws Exception {
    assertThatThrownBy(
            () ->
                TokenRequest.authorizationCode(
                    "code", URI.create("https://tpp.example/cb"), Secret.of("too-short")))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("code_verifier"));
    assertThatThrownBy(() -> TokenRequest.jwtBearer(Secret.of("not.a-jwt")))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("assertion"));
    PrivateKey key = TestPki.rsaKeys().getPrivate();
    assertThatThrownBy(
            () ->
                JwtBearerAssertion.builder()
                    .issuer("tpp-idp")
                    .subject("u")
                    .audience(is.tokenEndpoint().toString())
                    .lifetime(Duration.ofMinutes(-5))
                    .sign(new SigningKey(key, "k1", "RS256")))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("exp"));
    assertNoRequest();
  }

  @Test
  void jwtBearerGrantPostsTheSignedAssertion() throws Exception {
    wm.stubFor(post("/oauth2/token").willReturn(json(200, "token/200.client-credentials.json")));
    PrivateKey key = TestPki.rsaKeys().getPrivate();
    Secret assertion =
        JwtBearerAssertion.builder()
            .issuer("tpp-idp")
            .subject("tpp-user")
            .audience(is.tokenEndpoint().toString())
            .sign(new SigningKey(key, "k1", "RS256"));
    is.tokens(ClientAuthentication.clientSecretPost("app", Secret.of("s")))
        .request(TokenRequest.jwtBearer(assertion, "accounts"));
    wm.verify(
        postRequestedFor(urlEqualTo("/oauth2/token"))
            .withRequestBody(
                containing("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer"))
            .withRequestBody(containing("assertion=" + assertion.reveal()))
            .withRequestBody(containing("client_id=app&client_secret=s")));
  }

  @Test
  void concurrentFirstUsesFetchTheDiscoveryDocumentOnce() throws Exception {
    wm.stubFor(
        get("/oauth2/token/.well-known/openid-configuration")
            .willReturn(discoveryDocument("discovery/200.wso2.json")));
    try (IdentityServer d =
        IdentityServer.builder().baseUrl(baseUrl()).transport(transport).useDiscovery().build()) {
      java.util.concurrent.ExecutorService pool =
          java.util.concurrent.Executors.newFixedThreadPool(4);
      try {
        java.util.List<java.util.concurrent.Future<URI>> results = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
          results.add(pool.submit(d::jwksUri));
        }
        for (java.util.concurrent.Future<URI> f : results) {
          assertThat(f.get()).isEqualTo(URI.create(baseUrl() + "/oauth2/jwks"));
        }
      } finally {
        pool.shutdownNow();
      }
    }
    wm.verify(1, getRequestedFor(urlEqualTo("/oauth2/token/.well-known/openid-configuration")));
  }
}
