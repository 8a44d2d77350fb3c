package io.github.fsonboard.apim.devportal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.apim.ApimWireMock;
import io.github.fsonboard.apim.TestCertificates;
import io.github.fsonboard.apim.TestJson;
import io.github.fsonboard.apim.contract.ContractTraffic;
import io.github.fsonboard.core.error.AuthorizationException;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.oauth.GrantType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ContractTraffic.class)
class ApplicationKeysTest extends ApimWireMock {
  private static final String APP_ID = "8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5f01";
  private static final String APP = "/api/am/devportal/v3/applications/" + APP_ID;
  private static final String MAPPING = "a1b2c3d4-e5f6-4789-8abc-def012345601";
  private ApplicationKeysClient keys;

  @BeforeEach
  void signIn() {
    keys = tpp().devPortal().keys();
  }

  private static KeyGenerationRequest regulatory(String pem) {
    return KeyGenerationRequest.builder()
        .keyType(KeyType.PRODUCTION)
        .keyManager("FSKM")
        .grantTypes(
            GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN, GrantType.CLIENT_CREDENTIALS)
        .callbackUrl("https://tpp.example/callback")
        .fsProperties(
            FsApplicationProperties.builder()
                .regulatory(true)
                .certificate(pem)
                .pkceMandatory(true)
                .pkceSupportPlain(false)
                .publicClient(false)
                .build())
        .build();
  }

  @Test
  void generatesKeysWithKeyManagerAndStringProperties() {
    stub(
        post(urlEqualTo(APP + "/generate-keys"))
            .willReturn(json(200, "devportal/200.keys-generated.json")));
    String pem = TestCertificates.validPem();

    ApplicationKey key = keys.generate(APP_ID, regulatory(pem));

    assertThat(key.consumerKey()).isEqualTo("Zx9cQnT2b0pVvCkq3hU1yF7aLm4a");
    assertThat(key.consumerSecret().reveal()).isEqualTo("q8WnE2vR5tYp0sD3fG6hJ9kL1zXa");
    assertThat(key.toString()).doesNotContain("q8WnE2vR5tYp0sD3fG6hJ9kL1zXa");
    assertThat(key.keyType()).isEqualTo(KeyType.PRODUCTION);
    assertThat(key.mode()).isEqualTo("CREATED");
    assertThat(key.token()).isNull();

    Map<String, Object> body = TestJson.lastBody(server, "POST", APP + "/generate-keys");
    assertThat(body)
        .containsEntry("keyType", "PRODUCTION")
        .containsEntry("keyManager", "FSKM")
        .containsEntry("callbackUrl", "https://tpp.example/callback")
        .containsEntry("scopes", List.of("default"))
        .containsEntry("validityTime", "3600")
        .containsEntry(
            "grantTypesToBeSupported",
            List.of("authorization_code", "refresh_token", "client_credentials"));
    @SuppressWarnings("unchecked")
    Map<String, Object> props = (Map<String, Object>) body.get("additionalProperties");
    assertThat(props.values()).allMatch(v -> v instanceof String);
    assertThat(props)
        .containsEntry("regulatory", "true")
        .containsEntry("sp_certificate", pem)
        .containsEntry("ext_pkce_mandatory", "true");
    Map<String, Object> example =
        TestJson.object(
            TestJson.specsFile("apim/examples/devportal-generate-keys-fskm.request.json"));
    assertThat(body.keySet()).containsExactlyInAnyOrderElementsOf(example.keySet());
    @SuppressWarnings("unchecked")
    Map<String, Object> exampleProps = (Map<String, Object>) example.get("additionalProperties");
    assertThat(props.keySet()).containsExactlyInAnyOrderElementsOf(exampleProps.keySet());
  }

  @Test
  void invalidRequestsNeverReachTheServer() {
    KeyGenerationRequest noKeyManager =
        new KeyGenerationRequest(
            KeyType.SANDBOX, null, List.of("client_credentials"), null, null, null, null);

    assertThatThrownBy(() -> keys.generate(APP_ID, noKeyManager))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("keyManager"));
    server.verify(0, postRequestedFor(urlPathMatching(APP + "/.*")));
  }

  @Test
  void listsGetsAndFindsKeys() {
    stub(
        get(urlEqualTo(APP + "/oauth-keys"))
            .willReturn(json(200, "devportal/200.oauth-keys.json")));

    List<ApplicationKey> all = keys.list(APP_ID);

    assertThat(all).hasSize(2);
    assertThat(all.get(1).token().accessToken().reveal()).startsWith("eyJ");
    assertThat(all.get(1).toString()).doesNotContain("eyJ4NXQiOiJhYmMifQ");
    assertThat(keys.find(APP_ID, KeyType.SANDBOX, "FSKM"))
        .get()
        .extracting(ApplicationKey::keyMappingId)
        .isEqualTo("a1b2c3d4-e5f6-4789-8abc-def012345602");
  }

  @Test
  void updatesGrantTypesCallbackAndProperties() {
    // the stored certificate must parse: updates are validated like key generation
    String storedPem = TestCertificates.validPem().replace("\n", "\\n");
    stub(
        get(urlEqualTo(APP + "/oauth-keys/" + MAPPING))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        fixture("devportal/200.keys-generated.json")
                            .replace(
                                "-----BEGIN CERTIFICATE-----\\nMIIB\\n-----END CERTIFICATE-----",
                                storedPem))));
    stub(
        put(urlEqualTo(APP + "/oauth-keys/" + MAPPING))
            .willReturn(json(200, "devportal/200.keys-generated.json")));

    ApplicationKey current = keys.get(APP_ID, MAPPING);
    keys.update(
        APP_ID,
        KeyUpdateRequest.from(current)
            .withCallbackUrl("https://tpp.example/cb2")
            .withFsProperties(
                FsApplicationProperties.builder().regulatory(false).pkceMandatory(false).build()));

    Map<String, Object> body = TestJson.lastBody(server, "PUT", APP + "/oauth-keys/" + MAPPING);
    assertThat(body)
        .containsEntry("callbackUrl", "https://tpp.example/cb2")
        .containsEntry("keyType", "PRODUCTION")
        .containsEntry("keyManager", "FSKM")
        .doesNotContainKeys("consumerSecret", "consumerKey", "keyMappingId", "token");
    @SuppressWarnings("unchecked")
    Map<String, Object> props = (Map<String, Object>) body.get("additionalProperties");
    assertThat(props)
        .containsEntry("regulatory", "false")
        .containsEntry("ext_pkce_mandatory", "false");
  }

  @Test
  void regeneratesTheSecretAndCleansUp() {
    stub(
        post(urlEqualTo(APP + "/oauth-keys/" + MAPPING + "/regenerate-secret"))
            .willReturn(json(200, "devportal/200.regenerated-secret.json")));
    stub(
        post(urlEqualTo(APP + "/oauth-keys/" + MAPPING + "/clean-up"))
            .willReturn(aResponse().withStatus(200)));

    ConsumerCredentials c = keys.regenerateSecret(APP_ID, MAPPING);
    keys.cleanUp(APP_ID, MAPPING);

    assertThat(c.consumerSecret().reveal()).isEqualTo("n3wS3cr3tV4lu3Qw9eR7tY5uI1oPa");
    assertThat(c.toString()).doesNotContain("n3wS3cr3t");
    server.verify(postRequestedFor(urlEqualTo(APP + "/oauth-keys/" + MAPPING + "/clean-up")));
  }

  @Test
  void anotherUsersApplicationIsForbidden() {
    stub(
        post(urlEqualTo(APP + "/generate-keys"))
            .willReturn(
                aResponse()
                    .withStatus(403)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"code\":403,\"message\":\"Forbidden\",\"description\":\"You don't have permission to access the application with id "
                            + APP_ID
                            + "\"}")));

    assertThatThrownBy(() -> keys.generate(APP_ID, regulatory(TestCertificates.validPem())))
        .isInstanceOf(AuthorizationException.class)
        .hasMessageNotContaining("BEGIN CERTIFICATE");
  }
}
