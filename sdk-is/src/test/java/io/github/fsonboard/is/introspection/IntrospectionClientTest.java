package io.github.fsonboard.is.introspection;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.auth.Authentication;
import io.github.fsonboard.core.auth.BasicCredentials;
import io.github.fsonboard.core.auth.ClientAuthentication;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.auth.SigningKey;
import io.github.fsonboard.core.error.BadRequestException;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.harness.TestPki;
import io.github.fsonboard.is.WireMockSupport;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IntrospectionClientTest extends WireMockSupport {
  private static final String PATH = "/oauth2/introspect";

  @Test
  void postsTheTokenWithBasicUserCredentialsAndMapsWso2Fields() {
    wm.stubFor(post(PATH).willReturn(json(200, "introspection/200.active-string-aud.json")));
    IntrospectionResult r =
        is.introspection(Authentication.basic(BasicCredentials.of("admin", "admin-pw")))
            .introspect(Secret.of("tok-123"), "access_token");
    wm.verify(
        postRequestedFor(urlEqualTo(PATH))
            .withHeader("Authorization", equalTo(ADMIN_BASIC))
            .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
            .withRequestBody(equalTo("token=tok-123&token_type_hint=access_token")));
    assertThat(r.active()).isTrue();
    assertThat(r.scopes()).containsExactly("accounts", "openid");
    assertThat(r.hasScope("accounts")).isTrue();
    assertThat(r.clientId()).isEqualTo("k3Jf0aQ2bX9tTppAppId");
    assertThat(r.username()).isEqualTo("tpp@example.com@carbon.super");
    assertThat(r.expiresAt()).isEqualTo(Instant.ofEpochSecond(1795003600));
    assertThat(r.issuedAt()).isEqualTo(Instant.ofEpochSecond(1795000000));
    assertThat(r.notBefore()).isEqualTo(Instant.ofEpochSecond(1795000000));
    assertThat(r.audience()).containsExactly("k3Jf0aQ2bX9tTppAppId");
    assertThat(r.certificateThumbprint()).isEqualTo("cR3Yfh0iSB4hZ0Xr9cW3jP7kq2Y9n8T3b1uVx5sG4wA");
    assertThat(r.additional()).containsEntry("aut", "APPLICATION_USER").containsKey("cnf");
  }

  @Test
  void acceptsAnArrayAudienceAndClientAuthentication() {
    wm.stubFor(post(PATH).willReturn(json(200, "introspection/200.active-array-aud.json")));
    IntrospectionResult r =
        is.introspection(ClientAuthentication.clientSecretPost("rs", Secret.of("rs-secret")))
            .introspect(Secret.of("tok"));
    assertThat(r.audience()).containsExactly("interop-client", "account");
    assertThat(r.certificateThumbprint()).isNull();
    wm.verify(
        postRequestedFor(urlEqualTo(PATH))
            .withHeader("Authorization", absent())
            .withRequestBody(equalTo("token=tok&client_id=rs&client_secret=rs-secret")));
  }

  @Test
  void inactiveTokenIsNotAnError() {
    wm.stubFor(post(PATH).willReturn(json(200, "introspection/200.inactive.json")));
    IntrospectionResult r = is.introspection().introspect(Secret.of("revoked"));
    assertThat(r.active()).isFalse();
    assertThat(r.scopes()).isEmpty();
    assertThat(r.audience()).isEmpty();
  }

  @Test
  void missingTokenIsRefusedLocallyAndServerSideErrorsAreTyped() {
    assertThatThrownBy(() -> is.introspection().introspect(Secret.of("")))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("token"));
    assertNoRequest();
    wm.stubFor(post(PATH).willReturn(json(400, "introspection/400.missing-token.json")));
    assertThatThrownBy(() -> is.introspection().introspect(Secret.of("x")))
        .isInstanceOfSatisfying(
            BadRequestException.class,
            e -> assertThat(e.payload().error()).isEqualTo("Invalid input"));
  }

  @Test
  void privateKeyJwtSendsAnAssertionForTheTokenEndpoint() throws Exception {
    wm.stubFor(post(PATH).willReturn(json(200, "introspection/200.inactive.json")));
    java.security.PrivateKey key = TestPki.ecKeys().getPrivate();
    is.introspection(ClientAuthentication.privateKeyJwt("rs", new SigningKey(key, "k1", "ES256")))
        .introspect(Secret.of("tok"));
    var request = wm.getAllServeEvents().get(0).getRequest();
    String assertion = request.formParameters().get("client_assertion").firstValue();
    com.nimbusds.jwt.JWTClaimsSet claims =
        com.nimbusds.jwt.SignedJWT.parse(assertion).getJWTClaimsSet();
    assertThat(request.formParameters().get("client_assertion_type").firstValue())
        .isEqualTo("urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
    assertThat(claims.getIssuer()).isEqualTo("rs");
    assertThat(claims.getSubject()).isEqualTo("rs");
    // RFC 7523 §3: the token endpoint URL, which WSO2 IS and Keycloak accept everywhere.
    assertThat(claims.getAudience()).containsExactly(baseUrl() + "/oauth2/token");
    assertThat(request.getHeader("Authorization")).isNull();
  }

  @Test
  void aStandaloneClientSignsForItsEndpointUnlessGivenAnAudience() throws Exception {
    wm.stubFor(post(PATH).willReturn(json(200, "introspection/200.inactive.json")));
    java.security.PrivateKey key = TestPki.ecKeys().getPrivate();
    ClientAuthentication rs =
        ClientAuthentication.privateKeyJwt("rs", new SigningKey(key, "k1", "ES256"));
    java.net.URI endpoint = java.net.URI.create(baseUrl() + PATH);

    new IntrospectionClient(transport, endpoint, rs).introspect(Secret.of("tok"));
    ClientAuthentication toIssuer =
        ClientAuthentication.privateKeyJwt(
            "rs", new SigningKey(key, "k1", "ES256"), java.net.URI.create("https://as.example"));
    new IntrospectionClient(transport, endpoint, toIssuer).introspect(Secret.of("tok"));

    var events = io.github.fsonboard.harness.WireMockTraffic.requests(wm);
    assertThat(events).hasSize(2);
    assertThat(audience(events.get(0).body())).containsExactly(baseUrl() + PATH);
    assertThat(audience(events.get(1).body())).containsExactly("https://as.example");
  }

  private static java.util.List<String> audience(String form) throws Exception {
    for (String pair : form.split("&")) {
      if (pair.startsWith("client_assertion=")) {
        String jwt =
            java.net.URLDecoder.decode(
                pair.substring("client_assertion=".length()),
                java.nio.charset.StandardCharsets.UTF_8);
        return com.nimbusds.jwt.SignedJWT.parse(jwt).getJWTClaimsSet().getAudience();
      }
    }
    throw new AssertionError("no client_assertion");
  }
}
