package io.github.fsonboard.is.dcr;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.auth.Authentication;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.auth.TokenProvider;
import io.github.fsonboard.core.error.AuthenticationException;
import io.github.fsonboard.core.error.BadRequestException;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.error.Violation;
import io.github.fsonboard.harness.Spec;
import io.github.fsonboard.harness.TestPki;
import io.github.fsonboard.is.WireMockSupport;
import io.github.fsonboard.is.contract.ContractSpecs;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.Test;

@ContractSpecs({Spec.IS_DCR_V11})
class DcrClientTest extends WireMockSupport {
  private static final String DCR = "/api/identity/oauth2/dcr/v1.1/register";

  private static ClientRegistrationRequest.Builder fullRequest() {
    return ClientRegistrationRequest.builder()
        .clientName("tpp-accounts-app")
        .redirectUris("https://tpp.example/cb")
        .grantTypes("authorization_code", "refresh_token", "client_credentials")
        .tokenEndpointAuthMethod("private_key_jwt")
        .jwksUri("https://tpp.example/jwks.json")
        .applicationOwner("tpp@example.com")
        .pkceMandatory(true)
        .pkceSupportPlain(false)
        .publicClient(false)
        .tokenType("JWT")
        .applicationTokenLifetime(3600)
        .userTokenLifetime(3600)
        .refreshTokenLifetime(86400)
        .idTokenLifetime(3600)
        .tlsClientAuthSubjectDn("CN=tpp,O=TPP Ltd,C=GB")
        .requirePushedAuthorizationRequests(false)
        .softwareStatement("eyJhbGciOiJQUzI1NiJ9.eyJzb2Z0d2FyZV9pZCI6IjEifQ.c2ln")
        .metadata("ext_allowed_audience", "organization");
  }

  @Test
  void registerSendsSnakeCaseJsonWithAdminBasicAndMapsTheClient() {
    wm.stubFor(post(DCR).willReturn(json(201, "dcr/201.registered.json")));

    RegisteredClient c = is.dcr().register(fullRequest().build());

    wm.verify(
        postRequestedFor(urlEqualTo(DCR))
            .withHeader("Authorization", equalTo(ADMIN_BASIC))
            .withHeader("Content-Type", equalTo("application/json; charset=UTF-8"))
            .withRequestBody(
                equalToJson(
                    """
                    {"client_name":"tpp-accounts-app",
                     "redirect_uris":["https://tpp.example/cb"],
                     "grant_types":["authorization_code","refresh_token","client_credentials"],
                     "token_endpoint_auth_method":"private_key_jwt",
                     "jwks_uri":"https://tpp.example/jwks.json",
                     "software_statement":"eyJhbGciOiJQUzI1NiJ9.eyJzb2Z0d2FyZV9pZCI6IjEifQ.c2ln",
                     "ext_application_owner":"tpp@example.com",
                     "ext_pkce_mandatory":true,"ext_pkce_support_plain":false,
                     "ext_public_client":false,"ext_token_type":"JWT",
                     "ext_application_token_lifetime":3600,"ext_user_token_lifetime":3600,
                     "ext_refresh_token_lifetime":86400,"ext_id_token_lifetime":3600,
                     "tls_client_auth_subject_dn":"CN=tpp,O=TPP Ltd,C=GB",
                     "require_pushed_authorization_requests":false,
                     "ext_allowed_audience":"organization"}
                    """)));
    assertThat(c.clientId()).isEqualTo("k3Jf0aQ2bX9tTppAppId");
    assertThat(c.clientSecret().reveal()).isEqualTo("s3cr3t-value-from-is");
    assertThat(c.clientSecretExpiresAt()).isNull();
    assertThat(c.grantTypes()).contains("client_credentials");
    assertThat(c.isManageable()).isFalse();
    assertThat(c.metadata())
        .containsEntry("ext_token_type", "JWT")
        .containsEntry("ext_pkce_mandatory", true)
        .containsKey("ext_future_field");
    assertThat(c.toString()).doesNotContain("s3cr3t-value-from-is");
  }

  @Test
  void invalidMetadataFailsBeforeAnyCallNamingEveryField() {
    assertThatThrownBy(
            () -> ClientRegistrationRequest.builder().grantTypes("client_credentials").build())
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("client_name"));
    assertThatThrownBy(
            () ->
                ClientRegistrationRequest.builder()
                    .grantTypes("authorization_code")
                    .redirectUris("relative/cb")
                    .applicationTokenLifetime(-1)
                    .metadata("client_name", "sneaky")
                    .build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly(
                        "client_name",
                        "redirect_uris",
                        "ext_application_token_lifetime",
                        "additionalMetadata.client_name"));
    assertThatThrownBy(
            () ->
                ClientRegistrationRequest.builder().clientName("x").grantTypes("implicit").build())
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("redirect_uris"));
    assertThatThrownBy(() -> is.dcr().findByClientId(" "))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("client_id"));
    assertNoRequest();
  }

  @Test
  void clientCredentialsOnlyNeedsNoRedirectUriAndSendsAnEmptyList() {
    wm.stubFor(post(DCR).willReturn(json(201, "dcr/201.registered.json")));
    ClientRegistrationRequest r =
        ClientRegistrationRequest.builder()
            .clientName("svc")
            .grantTypes("client_credentials")
            .build();
    is.dcr().register(r);
    wm.verify(
        postRequestedFor(urlEqualTo(DCR))
            .withRequestBody(
                equalToJson(
                    "{\"client_name\":\"svc\",\"redirect_uris\":[],"
                        + "\"grant_types\":[\"client_credentials\"]}")));
  }

  @Test
  void duplicateNameIs400InvalidClientMetadata() {
    wm.stubFor(post(DCR).willReturn(json(400, "dcr/400.duplicate-name.json")));
    assertThatThrownBy(() -> is.dcr().register(fullRequest().build()))
        .isInstanceOfSatisfying(
            BadRequestException.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.payload().error()).isEqualTo("invalid_client_metadata");
              assertThat(e.payload().traceId()).isEqualTo("9f1c2d3e-aaaa-bbbb-cccc-0123456789ab");
              assertThat(e.getMessage()).contains("already exist");
            });
  }

  @Test
  void invalidRedirectUriIsABadRequest() {
    wm.stubFor(post(DCR).willReturn(json(400, "dcr/400.invalid-redirect-uri.json")));
    assertThatThrownBy(() -> is.dcr().register(fullRequest().build()))
        .isInstanceOfSatisfying(
            BadRequestException.class,
            e -> assertThat(e.payload().errorCode()).hasValue("invalid_redirect_uri"));
  }

  @Test
  void getMapsWso2BodylessUnauthorizedToEmptyButThrowsRealAuthFailures() {
    wm.stubFor(get(DCR + "/unknown").willReturn(aResponse().withStatus(401)));
    wm.stubFor(get(DCR + "/known").willReturn(json(200, "dcr/201.registered.json")));
    wm.stubFor(get(DCR + "/locked").willReturn(json(401, "dcr/401.bad-credentials.json")));

    assertThat(is.dcr().findByClientId("unknown")).isEmpty();
    assertThat(is.dcr().findByClientId("known"))
        .map(RegisteredClient::clientName)
        .hasValue("tpp-accounts-app");
    assertThatThrownBy(() -> is.dcr().findByClientId("locked"))
        .isInstanceOf(AuthenticationException.class);
    wm.verify(
        getRequestedFor(urlEqualTo(DCR + "/known"))
            .withHeader("Authorization", equalTo(ADMIN_BASIC)));
  }

  @Test
  void findByNameUsesTheClientNameQueryParameter() {
    wm.stubFor(
        get(urlPathEqualTo(DCR))
            .withQueryParam("client_name", equalTo("tpp accounts"))
            .willReturn(json(200, "dcr/201.registered.json")));
    assertThat(is.dcr().findByName("tpp accounts")).isPresent();
    wm.verify(getRequestedFor(urlEqualTo(DCR + "?client_name=tpp%20accounts")));
  }

  @Test
  void aChosenIdAndSecretTravelAsExtensionParametersNeverAsClientId() {
    // RegistrationRequestDTO (IS 7.0 and 7.1) binds ext_param_client_id/ext_param_client_secret;
    // 7.0 refuses client_id, 7.1 ignores it and issues a random id.
    wm.stubFor(post(DCR).willReturn(json(201, "dcr/201.registered.json")));
    is.dcr()
        .register(
            ClientRegistrationRequest.builder()
                .clientName("chosen")
                .grantTypes("client_credentials")
                .clientId("chosen_id_0001")
                .clientSecret(Secret.of("chosen-secret"))
                .build());
    wm.verify(
        postRequestedFor(urlEqualTo(DCR))
            .withRequestBody(
                equalToJson(
                    "{\"client_name\":\"chosen\",\"redirect_uris\":[],"
                        + "\"grant_types\":[\"client_credentials\"],"
                        + "\"ext_param_client_id\":\"chosen_id_0001\","
                        + "\"ext_param_client_secret\":\"chosen-secret\"}")));
    assertThatThrownBy(
            () ->
                ClientRegistrationRequest.builder()
                    .clientName("x")
                    .grantTypes("client_credentials")
                    .metadata("client_id", "sneaky")
                    .build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.field()).isEqualTo("additionalMetadata.client_id"));
  }

  @Test
  void updateSendsTheCurrentValueOfEveryFlagAPutWouldReset() {
    // DCRMService.updateApplication switches off the flags a PUT leaves out; the SDK reads the
    // registration first and sends them, so PKCE, PAR and signed request objects stay on.
    wm.stubFor(
        get(DCR + "/abc")
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        fixture("dcr/201.registered.json")
                            .replace(
                                "\"require_pushed_authorization_requests\": false",
                                "\"require_pushed_authorization_requests\": true,"
                                    + " \"require_signed_request_object\": true"))));
    wm.stubFor(put(DCR + "/abc").willReturn(json(200, "dcr/201.registered.json")));
    is.dcr()
        .update(
            "abc",
            ClientRegistrationRequest.builder()
                .clientName("tpp-accounts-app")
                .grantTypes("client_credentials")
                .clientId("not-sent-on-update")
                .pkceSupportPlain(true)
                .build());
    wm.verify(
        putRequestedFor(urlEqualTo(DCR + "/abc"))
            .withRequestBody(
                equalToJson(
                    "{\"client_name\":\"tpp-accounts-app\",\"redirect_uris\":[],"
                        + "\"grant_types\":[\"client_credentials\"],"
                        + "\"ext_pkce_mandatory\":true,\"ext_pkce_support_plain\":true,"
                        + "\"ext_public_client\":false,"
                        + "\"require_pushed_authorization_requests\":true,"
                        + "\"require_signed_request_object\":true}")));
  }

  @Test
  void updatePutsAndDeleteSends204() {
    wm.stubFor(get(DCR + "/abc").willReturn(json(200, "dcr/201.registered.json")));
    wm.stubFor(put(DCR + "/abc").willReturn(json(200, "dcr/201.registered.json")));
    wm.stubFor(delete(DCR + "/abc").willReturn(aResponse().withStatus(204)));
    RegisteredClient c = is.dcr().update("abc", fullRequest().pkceMandatory(false).build());
    is.dcr().delete("abc");
    assertThat(c.clientId()).isEqualTo("k3Jf0aQ2bX9tTppAppId");
    // A flag the request sets wins over the stored value.
    wm.verify(
        putRequestedFor(urlEqualTo(DCR + "/abc"))
            .withRequestBody(equalToJson("{\"ext_pkce_mandatory\":false}", true, true)));
    wm.verify(
        deleteRequestedFor(urlEqualTo(DCR + "/abc"))
            .withHeader("Authorization", equalTo(ADMIN_BASIC)));
  }

  @Test
  void rfc7592ManagementUsesTheRegistrationAccessToken() {
    String reg = "/realms/fs/clients-registrations/openid-connect";
    String clientUri = baseUrl() + reg + "/0d5b4a27";
    wm.stubFor(
        post(reg)
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        fixture("dcr/201.keycloak.json").replace("REGISTRATION_URI", clientUri))));
    wm.stubFor(
        get(reg + "/0d5b4a27")
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        fixture("dcr/201.keycloak.json").replace("REGISTRATION_URI", clientUri))));
    wm.stubFor(
        put(reg + "/0d5b4a27")
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        fixture("dcr/201.keycloak.json").replace("REGISTRATION_URI", clientUri))));
    wm.stubFor(delete(reg + "/0d5b4a27").willReturn(aResponse().withStatus(204)));

    DcrClient open =
        new DcrClient(
            transport,
            java.net.URI.create(baseUrl() + reg),
            Authentication.bearer(TokenProvider.of(Secret.of("initial-access-token"))));
    ClientRegistrationRequest request =
        ClientRegistrationRequest.builder()
            .clientName("interop-client")
            .redirectUris("http://127.0.0.1:8081/cb")
            .grantTypes("authorization_code", "refresh_token")
            .metadata("response_types", java.util.List.of("code"))
            .build();
    RegisteredClient c = open.register(request);
    assertThat(c.isManageable()).isTrue();
    assertThat(c.registrationClientUri().toString()).isEqualTo(clientUri);
    assertThat(c.metadata()).containsKey("client_id_issued_at");

    open.readConfiguration(c);
    open.updateConfiguration(c, request);
    open.deleteConfiguration(c);

    String rat = "Bearer " + c.registrationAccessToken().reveal();
    wm.verify(
        postRequestedFor(urlEqualTo(reg))
            .withHeader("Authorization", equalTo("Bearer initial-access-token")));
    wm.verify(
        getRequestedFor(urlEqualTo(reg + "/0d5b4a27")).withHeader("Authorization", equalTo(rat)));
    wm.verify(
        putRequestedFor(urlEqualTo(reg + "/0d5b4a27"))
            .withHeader("Authorization", equalTo(rat))
            .withRequestBody(
                equalToJson(
                    "{\"client_id\":\"0d5b4a27-2f7e-4b1e-9f0a-2c1a8d6c7e11\",\"response_types\":[\"code\"]}",
                    true,
                    true)));
    wm.verify(
        deleteRequestedFor(urlEqualTo(reg + "/0d5b4a27"))
            .withHeader("Authorization", equalTo(rat)));
  }

  @Test
  void rfc7592NeedsManagementCredentials() {
    RegisteredClient wso2 =
        new RegisteredClient("id", null, null, "n", null, null, null, null, null, null);
    assertThatThrownBy(() -> is.dcr().readConfiguration(wso2))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.field()).isEqualTo("registration_client_uri"));
    assertNoRequest();
  }

  @Test
  void subjectDnComesFromTheCertificateAsWso2IsComparesIt() {
    X509Certificate cert =
        TestPki.spec("tpp.example")
            .subject(
                "C=GB, O=TPP Ltd, OU=0015800001HQQrZAAX, CN=tpp.example,"
                    + " 2.5.4.97=PSDGB-FCA-123456")
            .issue()
            .certificate();
    ClientRegistrationRequest r =
        ClientRegistrationRequest.builder()
            .clientName("mtls")
            .grantTypes("client_credentials")
            .tlsClientAuthSubjectDn(cert)
            .build();
    // MutualTLSClientAuthenticator.authenticate compares with getSubjectDN().toString().
    @SuppressWarnings("deprecation")
    String asIsCompares = cert.getSubjectDN().toString();
    assertThat(r.tlsClientAuthSubjectDn())
        .isEqualTo(asIsCompares)
        .isEqualTo(
            "OID.2.5.4.97=PSDGB-FCA-123456, CN=tpp.example, OU=0015800001HQQrZAAX, O=TPP Ltd, C=GB");
  }
}
