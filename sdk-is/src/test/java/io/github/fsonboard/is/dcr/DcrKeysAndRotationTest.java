package io.github.fsonboard.is.dcr;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import io.github.fsonboard.core.auth.Authentication;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.auth.SigningKey;
import io.github.fsonboard.core.auth.TokenProvider;
import io.github.fsonboard.core.cert.Certificates;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.error.Violation;
import io.github.fsonboard.harness.TestPki;
import io.github.fsonboard.is.WireMockSupport;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Typed {@code jwks}/{@code jwks_uri}, certificate client authentication and RFC 7592 rotation. */
class DcrKeysAndRotationTest extends WireMockSupport {
  private static final String REG = "/realms/fs/clients-registrations/openid-connect";
  private static final TestPki.Issued CA = TestPki.ca("dcr-ca");
  private static final TestPki.Issued SIGNING = TestPki.leaf(CA, "tpp-signing");

  private DcrClient open() {
    return new DcrClient(
        transport,
        URI.create(baseUrl() + REG),
        Authentication.bearer(TokenProvider.of(Secret.of("initial-access-token"))));
  }

  private ResponseDefinitionBuilder client(String token, Map<String, String> extra) {
    String body =
        fixture("dcr/201.keycloak.json").replace("REGISTRATION_URI", baseUrl() + REG + "/c1");
    if (token == null) {
      body = body.replaceAll(",\\s*\"registration_access_token\": \"[^\"]*\"", "");
    } else {
      body =
          body.replaceAll(
              "\"registration_access_token\": \"[^\"]*\"",
              "\"registration_access_token\": \"" + token + "\"");
    }
    for (Map.Entry<String, String> e : extra.entrySet()) {
      body = body.replaceFirst("\\{", "{\"" + e.getKey() + "\": " + e.getValue() + ",");
    }
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  private static ClientRegistrationRequest.Builder request() {
    return ClientRegistrationRequest.builder()
        .clientName("tpp-app")
        .grantTypes("client_credentials")
        .tokenEndpointAuthMethod("private_key_jwt");
  }

  @Test
  void jwksFromASigningKeyAndCertificateIsSentWithPublicMembersOnly() {
    wm.stubFor(post(REG).willReturn(client("rat-0", Map.of())));
    SigningKey key = SigningKey.of(SIGNING.privateKey(), "sig-1");

    open().register(request().jwks(key, SIGNING.certificate()).build());

    String body = wm.getAllServeEvents().get(0).getRequest().getBodyAsString();
    assertThat(body)
        .contains("\"jwks\":{\"keys\":[{")
        .contains("\"kid\":\"sig-1\"", "\"alg\":\"ES256\"", "\"use\":\"sig\"", "\"crv\":\"P-256\"")
        .contains("\"x5t#S256\":\"" + Certificates.x5tS256(SIGNING.certificate()) + "\"")
        .doesNotContain("\"d\"", "jwks_uri");
  }

  @Test
  void aKeySetWithPrivateOrSymmetricKeysIsRefusedBeforeAnyCall() throws Exception {
    ECKey full = new ECKeyGenerator(Curve.P_256).keyID("full").generate();

    assertThatThrownBy(() -> request().jwks(new JWKSet(full)).build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.violations()).extracting(Violation::field).contains("jwks.keys[0]"))
        .hasMessageNotContaining(full.getD().toString());
    // toPublicJWKSet() is the way out the message names.
    assertThat(request().jwks(new JWKSet(full).toPublicJWKSet()).build().jwks().getKeys())
        .allSatisfy(k -> assertThat(k.isPrivate()).isFalse());
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void jwksAndJwksUriAreExclusiveAndJwksUriMustBeHttps() {
    SigningKey key = SigningKey.of(SIGNING.privateKey(), "sig-1");

    assertThatThrownBy(() -> request().jwks(key).jwksUri("https://tpp.example/jwks.json").build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("jwks"));
    assertThatThrownBy(() -> request().jwksUri("http://tpp.example/jwks.json").build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly("jwks_uri"));
    assertThat(request().jwksUri(URI.create("https://tpp.example/jwks.json")).build().jwksUri())
        .isEqualTo("https://tpp.example/jwks.json");
  }

  @Test
  void certificateMethodsNeedTheirRfc8705Members() {
    assertThatThrownBy(() -> request().tokenEndpointAuthMethod("tls_client_auth").build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly("tls_client_auth_subject_dn"));
    assertThatThrownBy(
            () ->
                request()
                    .tokenEndpointAuthMethod("tls_client_auth")
                    .tlsClientAuthSubjectDn(SIGNING.certificate())
                    .metadata("tls_client_auth_san_dns", "tpp.example")
                    .build())
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(
            () -> request().tokenEndpointAuthMethod("self_signed_tls_client_auth").build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("jwks"));

    assertThat(
            request()
                .tokenEndpointAuthMethod("tls_client_auth")
                .tlsClientAuthSubjectDn(SIGNING.certificate())
                .build()
                .tlsClientAuthSubjectDn())
        .isEqualTo("CN=tpp-signing");
    assertThat(
            request()
                .tokenEndpointAuthMethod("tls_client_auth")
                .metadata("tls_client_auth_san_dns", "tpp.example")
                .build()
                .additionalMetadata())
        .containsKey("tls_client_auth_san_dns");
  }

  @Test
  void aRotatedRegistrationAccessTokenIsUsedNextAndAnOmittedOneIsKept() {
    wm.stubFor(post(REG).willReturn(client("rat-0", Map.of())));
    wm.stubFor(put(REG + "/c1").willReturn(client("rat-1", Map.of())));
    // The read answers without a token (a server that does not rotate may leave it out).
    wm.stubFor(
        get(REG + "/c1")
            .willReturn(client(null, Map.of("jwks_uri", "\"https://tpp.example/jwks.json\""))));
    wm.stubFor(delete(REG + "/c1").willReturn(aResponse().withStatus(204)));
    DcrClient dcr = open();

    RegisteredClient registered = dcr.register(request().build());
    RegisteredClient updated = dcr.updateConfiguration(registered, request().build());
    RegisteredClient read = dcr.readConfiguration(updated);
    dcr.deleteConfiguration(read);

    assertThat(updated.registrationAccessToken().reveal()).isEqualTo("rat-1");
    assertThat(read.registrationAccessToken().reveal()).isEqualTo("rat-1");
    assertThat(read.clientSecret().reveal()).isEqualTo("kc-generated-secret");
    assertThat(read.jwksUri()).contains(URI.create("https://tpp.example/jwks.json"));
    assertThat(read.jwks()).isEmpty();
    wm.verify(postRequestedFor(urlEqualTo(REG)));
    wm.verify(
        putRequestedFor(urlEqualTo(REG + "/c1"))
            .withHeader("Authorization", equalTo("Bearer rat-0")));
    wm.verify(
        getRequestedFor(urlEqualTo(REG + "/c1"))
            .withHeader("Authorization", equalTo("Bearer rat-1")));
    wm.verify(
        deleteRequestedFor(urlEqualTo(REG + "/c1"))
            .withHeader("Authorization", equalTo("Bearer rat-1")));
  }

  @Test
  void aRegisteredJwksIsReadBackAsAPublicKeySet() throws Exception {
    String jwks =
        new JWKSet(
                List.of(
                    com.nimbusds.jose.jwk.JWK.parse(
                        Map.of(
                            "kty",
                            "EC",
                            "crv",
                            "P-256",
                            "kid",
                            "k",
                            "x",
                            "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",
                            "y",
                            "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"))))
            .toString();
    wm.stubFor(post(REG).willReturn(client("rat-0", Map.of("jwks", jwks))));

    RegisteredClient c = open().register(request().build());

    assertThat(c.jwks()).hasValueSatisfying(s -> assertThat(s.getKeyByKeyId("k")).isNotNull());
    assertThat(c.jwksUri()).isEmpty();
  }
}
