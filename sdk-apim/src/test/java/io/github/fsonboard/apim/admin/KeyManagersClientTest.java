package io.github.fsonboard.apim.admin;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.apim.ApimWireMock;
import io.github.fsonboard.apim.TestJson;
import io.github.fsonboard.apim.contract.ApimVersion;
import io.github.fsonboard.apim.contract.ContractTraffic;
import io.github.fsonboard.apim.contract.ContractVersions;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.error.BadRequestException;
import io.github.fsonboard.core.error.ConflictException;
import io.github.fsonboard.core.error.NotFoundException;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.error.Violation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ContractTraffic.class)
class KeyManagersTest extends ApimWireMock {
  private static final String BASE = "/api/am/admin/v4/key-managers";
  private static final String FSKM_ID = "6a2b4c8d-1e3f-4a5b-8c7d-9e0f1a2b3c04";
  private static final String RESIDENT_ID = "1f9c8a36-7c5e-4b0e-9f7a-5b3c2d1e0a01";
  private static final String IS = "https://is.bank.test:9446";

  private KeyManagersClient keyManagers;

  @BeforeEach
  void signIn() {
    keyManagers = admin().adminPortal().keyManagers();
  }

  static KeyManager fskm() {
    return FsKeyManagerSettings.builder()
        .name("FSKM")
        .description("Bank IS 7")
        .identityServer(IS)
        .identityServerAdmin("is-admin", Secret.of("is-admin-pw"))
        .build();
  }

  @Test
  void listsSummaries() {
    stub(get(urlEqualTo(BASE)).willReturn(json(200, "admin/200.list.json")));

    List<KeyManagerSummary> list = keyManagers.list();

    assertThat(list)
        .extracting(KeyManagerSummary::name)
        .containsExactly("Resident Key Manager", "FSKM");
    assertThat(list.get(0).isResident()).isTrue();
    assertThat(list.get(1).type()).isEqualTo("fsKeyManager");
  }

  @Test
  @ContractVersions({ApimVersion.V4_5_0, ApimVersion.V4_7_0}) // allowedOrganizations: 4.5+
  void readsEveryFieldOfAKeyManager() {
    stub(get(urlEqualTo(BASE + "/" + FSKM_ID)).willReturn(json(200, "admin/200.get-fskm.json")));

    KeyManager km = keyManagers.get(FSKM_ID);

    assertThat(km.id()).isEqualTo(FSKM_ID);
    assertThat(km.certificates()).isEqualTo(KeyManagerCertificates.jwks(IS + "/oauth2/jwks"));
    assertThat(km.tokenValidation())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.type()).isEqualTo("JWT");
              assertThat(t.id()).isEqualTo(1);
            });
    assertThat(km.permissions().permissionType()).isEqualTo("PUBLIC");
    assertThat(km.allowedOrganizations()).containsExactly("ALL");
    FsKeyManagerConnector c = km.fsConnector();
    assertThat(c.username()).isEqualTo("admin");
    assertThat(c.password().reveal()).isEqualTo("*****");
    assertThat(c.is7RolesEndpoint()).isEqualTo(IS + "/scim2/v2/Roles");
    assertThat(c.enableRolesCreation()).isTrue();
    assertThat(km.toString()).doesNotContain("*****").contains("FSKM");
  }

  @Test
  @ContractVersions({ApimVersion.V4_5_0, ApimVersion.V4_7_0}) // allowedOrganizations: 4.5+
  void createsTheFsKeyManagerWithTheSeedConfigurationAndSpecValidBody() {
    stub(post(urlEqualTo(BASE)).willReturn(json(201, "admin/200.get-fskm.json")));

    KeyManager created = keyManagers.create(fskm());

    assertThat(created.id()).isEqualTo(FSKM_ID);
    Map<String, Object> body = TestJson.lastBody(server, "POST", BASE);
    assertThat(body).doesNotContainKeys("id", "endpoints", "allowedOrganizations");
    assertThat(body.get("permissions")).isEqualTo(Map.of("permissionType", "PUBLIC"));
    assertThat(body.get("type")).isEqualTo("fsKeyManager");
    assertThat(body.get("issuer")).isEqualTo(IS + "/oauth2/token");
    assertThat(body.get("certificates"))
        .isEqualTo(Map.of("type", "JWKS", "value", IS + "/oauth2/jwks"));
    assertThat(body.get("availableGrantTypes"))
        .isEqualTo(
            List.of(
                "client_credentials",
                "refresh_token",
                "authorization_code",
                "urn:ietf:params:oauth:grant-type:jwt-bearer"));
    assertThat(body.get("tokenValidation"))
        .isEqualTo(
            List.of(
                Map.of(
                    "id", 1L, "enable", true, "type", "JWT", "value", Map.of("body", Map.of()))));
    @SuppressWarnings("unchecked")
    Map<String, Object> connector = (Map<String, Object>) body.get("additionalProperties");
    assertThat(connector)
        .containsEntry("Username", "is-admin")
        .containsEntry("Password", "is-admin-pw")
        .containsEntry("api_resource_management_endpoint", IS + "/api/server/v1/api-resources")
        .containsEntry("is7_roles_endpoint", IS + "/scim2/v2/Roles")
        .containsEntry("enable_roles_creation", Boolean.TRUE);
  }

  @Test
  @ContractVersions({ApimVersion.V4_5_0, ApimVersion.V4_7_0}) // allowedOrganizations: 4.5+
  void fsKeyManagerBodyMatchesWso2sOwnExamplePayload() {
    stub(post(urlEqualTo(BASE)).willReturn(json(201, "admin/200.get-fskm.json")));
    keyManagers.create(
        fskm().toBuilder()
            .displayName("FSKM")
            .description("FSKM")
            .allowedOrganizations("ALL")
            .build());
    Map<String, Object> sent = TestJson.lastBody(server, "POST", BASE);
    String example =
        TestJson.specsFile("apim/examples/admin-fskm-create.request.json")
            .replace("https://<IS_HOST>:9446", IS)
            .replace("<IS admin username>", "is-admin")
            .replace("<IS admin password>", "is-admin-pw");
    Map<String, Object> expected = TestJson.object(example);
    // The example is WSO2's FS test payload: it breaks the spec with "endpoints" and a null
    // "permissions", and sends an empty alias; the SDK sends the spec-valid form instead.
    expected.remove("endpoints");
    expected.remove("permissions");
    expected.remove("alias");
    // Grant types are a set: WSO2's example lists them in another order.
    assertThat(new java.util.HashSet<Object>((List<?>) sent.remove("availableGrantTypes")))
        .isEqualTo(new java.util.HashSet<Object>((List<?>) expected.remove("availableGrantTypes")));
    expected.forEach((k, v) -> assertThat(sent.get(k)).as(k).isEqualTo(v));
    assertThat(sent.keySet()).containsAll(expected.keySet());
  }

  @Test
  @ContractVersions({ApimVersion.V4_5_0, ApimVersion.V4_7_0}) // allowedOrganizations: 4.5+
  void updateSendsTheWholeObjectWithMaskedSecretsUntouchedAndTheIdInThePathOnly() {
    stub(get(urlEqualTo(BASE + "/" + FSKM_ID)).willReturn(json(200, "admin/200.get-fskm.json")));
    stub(put(urlEqualTo(BASE + "/" + FSKM_ID)).willReturn(json(200, "admin/200.get-fskm.json")));

    KeyManager km = keyManagers.get(FSKM_ID);
    keyManagers.update(km.toBuilder().description("Changed").build());

    Map<String, Object> body = TestJson.lastBody(server, "PUT", BASE + "/" + FSKM_ID);
    assertThat(body).doesNotContainKey("id").containsEntry("description", "Changed");
    @SuppressWarnings("unchecked")
    Map<String, Object> props = (Map<String, Object>) body.get("additionalProperties");
    assertThat(props)
        .containsEntry("Password", "*****")
        .containsEntry("enable_roles_creation", true)
        .containsEntry("self_validate_jwt", true);
  }

  @Test
  void aKeyManagerOfApim440RoundTripsWithoutAllowedOrganizations() {
    String apim440 =
        fixture("admin/200.get-fskm.json")
            .replaceAll(",\\s*\"allowedOrganizations\"\\s*:\\s*\\[[^\\]]*\\]", "");
    stub(
        get(urlEqualTo(BASE + "/" + FSKM_ID))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(apim440)));
    stub(
        put(urlEqualTo(BASE + "/" + FSKM_ID))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(apim440)));

    KeyManager km = keyManagers.get(FSKM_ID);
    keyManagers.update(km.toBuilder().description("Changed").build());

    assertThat(apim440).doesNotContain("allowedOrganizations");
    assertThat(TestJson.lastBody(server, "PUT", BASE + "/" + FSKM_ID))
        .doesNotContainKey("allowedOrganizations");
    // validated against 4.4.0 too (ContractTraffic), which has no allowedOrganizations
  }

  @Test
  void updateWithoutIdIsRefused() {
    assertThatThrownBy(() -> keyManagers.update(fskm()))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("id"));
  }

  @Test
  void deletes() {
    stub(delete(urlEqualTo(BASE + "/" + FSKM_ID)).willReturn(aResponse().withStatus(200)));

    keyManagers.delete(FSKM_ID);

    server.verify(1, deleteRequestedFor(urlEqualTo(BASE + "/" + FSKM_ID)));
  }

  @Test
  void discoverSendsMultipartFormData() {
    String wellKnown = IS + "/oauth2/token/.well-known/openid-configuration";
    stub(post(urlEqualTo(BASE + "/discover")).willReturn(json(200, "admin/200.discover.json")));

    KeyManagerDiscovery d = keyManagers.discover(wellKnown, "fsKeyManager");

    assertThat(d.isValid()).isTrue();
    assertThat(d.value().tokenEndpoint()).isEqualTo(IS + "/oauth2/token");
    server.verify(
        postRequestedFor(urlEqualTo(BASE + "/discover"))
            .withHeader("Content-Type", containing("multipart/form-data"))
            .withRequestBodyPart(aMultipart().withName("url").withBody(equalTo(wellKnown)).build())
            .withRequestBodyPart(
                aMultipart().withName("type").withBody(equalTo("fsKeyManager")).build()));
  }

  @Test
  void disablesTheResidentKeyManagerByPuttingTheWholeObject() {
    stub(get(urlEqualTo(BASE)).willReturn(json(200, "admin/200.list.json")));
    stub(
        get(urlEqualTo(BASE + "/" + RESIDENT_ID))
            .willReturn(json(200, "admin/200.get-resident.json")));
    stub(
        put(urlEqualTo(BASE + "/" + RESIDENT_ID))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        fixture("admin/200.get-resident.json")
                            .replace("\"enabled\": true", "\"enabled\": false"))));

    KeyManager resident = keyManagers.disableResidentKeyManager().orElseThrow();

    assertThat(resident.enabled()).isFalse();
    Map<String, Object> body = TestJson.lastBody(server, "PUT", BASE + "/" + RESIDENT_ID);
    assertThat(body)
        .containsEntry("enabled", false)
        .containsEntry("type", "default")
        .containsEntry("name", "Resident Key Manager")
        .containsKey("tokenEndpoint");
  }

  @Test
  void disablingAnAlreadyDisabledKeyManagerSendsNoPut() {
    stub(
        get(urlEqualTo(BASE + "/" + RESIDENT_ID))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        fixture("admin/200.get-resident.json")
                            .replace("\"enabled\": true", "\"enabled\": false"))));

    assertThat(keyManagers.disable(RESIDENT_ID).enabled()).isFalse();

    server.verify(0, putRequestedFor(urlPathMatching(BASE + "/.*")));
  }

  @Test
  @ContractVersions({ApimVersion.V4_5_0, ApimVersion.V4_7_0}) // allowedOrganizations: 4.5+
  void enableAndDisableByIdWriteTheFlag() {
    stub(get(urlEqualTo(BASE + "/" + FSKM_ID)).willReturn(json(200, "admin/200.get-fskm.json")));
    stub(put(urlEqualTo(BASE + "/" + FSKM_ID)).willReturn(json(200, "admin/200.get-fskm.json")));

    keyManagers.disable(FSKM_ID);

    assertThat(TestJson.lastBody(server, "PUT", BASE + "/" + FSKM_ID))
        .containsEntry("enabled", false);
  }

  @Test
  @ContractVersions({ApimVersion.V4_5_0, ApimVersion.V4_7_0}) // allowedOrganizations: 4.5+
  void findsByName() {
    stub(get(urlEqualTo(BASE)).willReturn(json(200, "admin/200.list.json")));
    stub(get(urlEqualTo(BASE + "/" + FSKM_ID)).willReturn(json(200, "admin/200.get-fskm.json")));

    assertThat(keyManagers.find("FSKM")).get().extracting(KeyManager::id).isEqualTo(FSKM_ID);
    assertThat(keyManagers.find("Other")).isEmpty();
  }

  @Test
  void anExistingNameIsAConflictWithCode901402() {
    stub(post(urlEqualTo(BASE)).willReturn(json(409, "admin/409.exists.json")));

    assertThatThrownBy(() -> keyManagers.create(fskm()))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> {
              assertThat(e.status()).isEqualTo(409);
              assertThat(e.payload().code()).isEqualTo("901402");
              assertThat(e.payload().message()).isEqualTo("Key Manager Already Exists");
            })
        .hasMessageNotContaining("is-admin-pw");
  }

  @Test
  void aMissingConnectorValueOnTheServerIsABadRequest() {
    stub(post(urlEqualTo(BASE)).willReturn(json(400, "admin/400.missing-connector.json")));

    assertThatThrownBy(() -> keyManagers.create(fskm()))
        .isInstanceOfSatisfying(
            BadRequestException.class,
            e -> assertThat(e.payload().description()).contains("is7_roles_endpoint"));
  }

  @Test
  void aMissingKeyManagerIsNotFound() {
    stub(
        get(urlEqualTo(BASE + "/nope"))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"code\":404,\"message\":\"Not Found\",\"description\":\"Key Manager not found\"}")));

    assertThatThrownBy(() -> keyManagers.get("nope")).isInstanceOf(NotFoundException.class);
  }

  @Test
  void missingConnectorValuesAreRefusedBeforeAnyCall() {
    KeyManager incomplete =
        KeyManager.builder()
            .name("FSKM")
            .type("fsKeyManager")
            .additionalProperty("Username", "admin")
            .build();

    assertThatThrownBy(() -> keyManagers.create(incomplete))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly(
                        "additionalProperties.Password",
                        "additionalProperties.api_resource_management_endpoint",
                        "additionalProperties.is7_roles_endpoint"));
    server.verify(0, postRequestedFor(urlEqualTo(BASE)));
  }

  @Test
  void settingsNameEveryMissingValue() {
    assertThatThrownBy(() -> FsKeyManagerSettings.builder().identityServer("ftp://x").build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly(
                        "name",
                        "identityServer",
                        "identityServerAdmin.username",
                        "identityServerAdmin.password"));
  }

  @Test
  void listsThrottlingPolicies() {
    stub(
        get(urlEqualTo("/api/am/admin/v4/throttling/policies/application"))
            .willReturn(json(200, "admin/200.throttling-application.json")));

    assertThat(admin().adminPortal().throttlingPolicies().application())
        .extracting(ThrottlePolicy::policyName)
        .containsExactly("Unlimited", "50PerMin");
  }
}
