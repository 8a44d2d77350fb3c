package io.github.fsonboard.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ContractValidatorTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String KEY_MANAGERS = "/api/am/admin/v4/key-managers";
  private static final Map<String, List<String>> JSON_HEADERS =
      Map.of(
          "Content-Type", List.of("application/json"),
          "Authorization", List.of("Bearer not-a-real-token"));

  @BeforeAll
  static void specs() {
    Wso2Specs.assumeAvailable();
  }

  /** WSO2's FS payload made spec-valid as the fact sheet says: no endpoints, PUBLIC permissions. */
  private static ObjectNode specValidKeyManager() throws IOException {
    ObjectNode km = fsKeyManagerExample();
    km.remove("endpoints");
    km.putObject("permissions").put("permissionType", "PUBLIC");
    return km;
  }

  private static ObjectNode fsKeyManagerExample() throws IOException {
    Path file =
        Wso2Specs.dir().orElseThrow().resolve("apim/examples/admin-fskm-create.request.json");
    return (ObjectNode) JSON.readTree(Files.readString(file));
  }

  private static RecordedRequest post(String path, Object body) throws IOException {
    return new RecordedRequest("POST", path, JSON_HEADERS, JSON.writeValueAsString(body));
  }

  @Test
  void specValidKeyManagerCreatePassesIncludingFreeFormMaps() throws IOException {
    ObjectNode km = specValidKeyManager();
    // additionalProperties and tokenValidation[].value are free-form maps: any key is fine.
    ((ObjectNode) km.get("additionalProperties")).put("any_connector_key", "x");
    ((ObjectNode) km.get("tokenValidation").get(0).get("value")).put("anything", 1);

    ContractValidator admin = ContractValidator.of(Spec.APIM_450_ADMIN, AllowList.none());

    ValidationOutcome outcome = admin.validateRequest(post(KEY_MANAGERS, km));
    assertThat(outcome.messages()).isEmpty();
    assertThat(outcome.valid()).isTrue();
    assertThatCode(() -> admin.assertRequestValid(post(KEY_MANAGERS, km)))
        .doesNotThrowAnyException();
  }

  @Test
  void misspelledKeyManagerFieldFails() throws IOException {
    ObjectNode km = specValidKeyManager();
    km.set("wellKnownEndpiont", km.remove("wellKnownEndpoint"));

    ContractValidator admin = ContractValidator.of(Spec.APIM_450_ADMIN, AllowList.none());
    ValidationOutcome outcome = admin.validateRequest(post(KEY_MANAGERS, km));

    assertThat(outcome.valid()).isFalse();
    assertThat(outcome.failureKeys())
        .containsExactly("validation.request.body.schema.additionalProperties");
    assertThat(outcome.failures().get(0).message()).contains("wellKnownEndpiont");
    assertThatThrownBy(() -> admin.assertRequestValid(post(KEY_MANAGERS, km)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("POST " + KEY_MANAGERS)
        .hasMessageContaining("wellKnownEndpiont");
  }

  @Test
  void wso2FsTestPayloadBreaksTheSpecWhereTheFactSheetSays() throws IOException {
    ContractValidator admin =
        ContractValidator.of(Spec.APIM_450_ADMIN, AllowList.wso2KnownSpecBugs());
    ValidationOutcome outcome = admin.validateRequest(post(KEY_MANAGERS, fsKeyManagerExample()));

    assertThat(outcome.failures()).hasSize(2);
    assertThat(outcome.describe()).contains("endpoints").contains("permissions");
  }

  @Test
  void dcrSaasAppBooleanIsAKnownSpecBug() throws IOException {
    Path file = Wso2Specs.dir().orElseThrow().resolve("apim/examples/dcr-register.request.json");
    RecordedRequest register =
        new RecordedRequest(
            "POST",
            "/client-registration/v0.17/register",
            Map.of(
                "Content-Type", List.of("application/json"),
                "Authorization", List.of("Basic bm90OnJlYWw=")),
            Files.readString(file));

    ValidationOutcome strict =
        ContractValidator.of(Spec.APIM_DCR_V017, AllowList.none()).validateRequest(register);
    assertThat(strict.failureKeys()).containsExactly("validation.request.body.schema.type");
    assertThat(strict.failures().get(0).message()).contains("saasApp");

    ValidationOutcome allowed =
        ContractValidator.of(Spec.APIM_DCR_V017, AllowList.wso2KnownSpecBugs())
            .validateRequest(register);
    assertThat(allowed.valid()).isTrue();
    assertThat(allowed.allowed()).hasSize(1);
  }

  @Test
  void dcrSaasAppAllowanceDoesNotHideOtherErrors() throws IOException {
    ObjectNode body = JSON.createObjectNode().put("clientName", "x").put("saasApp", true);
    body.put("grantTyp", "client_credentials");
    ValidationOutcome outcome =
        ContractValidator.of(Spec.APIM_DCR_V017, AllowList.wso2KnownSpecBugs())
            .validateRequest(post("/client-registration/v0.17/register", body));
    assertThat(outcome.failures())
        .extracting(ValidationMessage::message)
        .anyMatch(m -> m.contains("grantTyp"));
  }

  @Test
  void responseValidationChecksStatusAndBody() {
    RecordedRequest create =
        RecordedRequest.json(
            "POST",
            "/api/server/v1/api-resources",
            "{\"name\":\"Accounts\",\"identifier\":\"accounts\"}");
    String created =
        "{\"id\":\"1\",\"name\":\"Accounts\",\"identifier\":\"accounts\",\"scopes\":[],"
            + "\"self\":\"/api/server/v1/api-resources/1\"}";

    ValidationOutcome strict =
        ContractValidator.of(Spec.IS_API_RESOURCES, AllowList.none())
            .validateResponse(create, RecordedResponse.json(201, created));
    assertThat(strict.failureKeys()).containsExactly("validation.response.status.unknown");

    ContractValidator known =
        ContractValidator.of(Spec.IS_API_RESOURCES, AllowList.wso2KnownSpecBugs());
    assertThat(known.validateResponse(create, RecordedResponse.json(201, created)).valid())
        .isTrue();
    // The tenant-qualified path is the same API.
    RecordedRequest tenant =
        RecordedRequest.json("POST", "/t/carbon.super/api/server/v1/api-resources", create.body());
    assertThat(known.validateResponse(tenant, RecordedResponse.json(201, created)).valid())
        .isTrue();

    String misspelled = created.replace("\"identifier\"", "\"identifer\"");
    assertThatThrownBy(
            () -> known.assertResponseValid(create, RecordedResponse.json(201, misspelled)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Response 201 to POST /api/server/v1/api-resources")
        .hasMessageContaining("identifer");
  }

  @Test
  void isDcrResponseSpellingsOfTheServerAreAllowed() {
    RecordedRequest get =
        new RecordedRequest(
            "GET",
            "/api/identity/oauth2/dcr/v1.1/register/abc",
            Map.of("Authorization", List.of("Basic bm90OnJlYWw=")),
            null);
    String body =
        "{\"client_id\":\"abc\",\"client_name\":\"tpp\","
            + "\"tls_client_certificate_bound_access_tokens\":true,"
            + "\"require_pushed_authorization_requests\":false}";

    assertThat(
            ContractValidator.of(Spec.IS_DCR_V11, AllowList.none())
                .validateResponse(get, RecordedResponse.json(200, body))
                .failures())
        .hasSize(2);
    assertThat(
            ContractValidator.of(Spec.IS_DCR_V11, AllowList.wso2KnownSpecBugs())
                .validateResponse(get, RecordedResponse.json(200, body))
                .valid())
        .isTrue();
  }

  @ParameterizedTest
  @EnumSource(Spec.class)
  void everySpecLoads(Spec spec) {
    assertThat(ContractValidator.of(spec, AllowList.none()).spec()).isEqualTo(spec);
  }
}
