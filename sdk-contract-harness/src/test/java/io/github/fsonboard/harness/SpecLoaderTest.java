package io.github.fsonboard.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SpecLoaderTest {

  @BeforeAll
  static void specs() {
    Wso2Specs.assumeAvailable();
  }

  /**
   * Exactly the {type: object, properties: {}} schemas are opened: admin 4.5.0 has 6
   * (BlockingCondition.conditionValue, KeyManager.additionalProperties,
   * KeyManagerConfiguration.default and values[], TokenValidation.value, WorkflowInfo.properties);
   * devportal 4.5.0 has 9 (API.keyManagers, ApplicationInfo.attributes and the additionalProperties
   * of ApplicationKey, the three generate requests and KeyManagerInfo,
   * KeyManagerApplicationConfiguration.default and values[]). The IS specs have none.
   */
  @Test
  void opensOnlyWso2FreeFormMaps() {
    assertThat(SpecLoader.openFreeFormMaps(SpecLoader.parse(Wso2Specs.path(Spec.APIM_450_ADMIN))))
        .isEqualTo(6);
    assertThat(
            SpecLoader.openFreeFormMaps(SpecLoader.parse(Wso2Specs.path(Spec.APIM_450_DEVPORTAL))))
        .isEqualTo(9);
    assertThat(SpecLoader.openFreeFormMaps(SpecLoader.parse(Wso2Specs.path(Spec.IS_DCR_V11))))
        .isZero();
  }

  @Test
  void errorResponsesDeclaredByReferenceAreValidatedAgainstTheirSchema() {
    assertThat(
            SpecLoader.inlineResponseReferences(
                SpecLoader.parse(Wso2Specs.path(Spec.APIM_450_ADMIN))))
        .isPositive();
    ContractValidator admin = ContractValidator.of(Spec.APIM_450_ADMIN, AllowList.none());
    RecordedRequest get = RecordedRequest.json("GET", "/api/am/admin/v4/key-managers/nope", null);

    ValidationOutcome good =
        admin.validateResponse(
            get, RecordedResponse.json(404, "{\"code\":901411,\"message\":\"Not Found\"}"));
    ValidationOutcome misspelled =
        admin.validateResponse(
            get, RecordedResponse.json(404, "{\"code\":901411,\"mesage\":\"Not Found\"}"));

    assertThat(good.failures()).isEmpty();
    assertThat(misspelled.failures()).isNotEmpty();
  }

  @Test
  void devportalExamplesAreSpecValid() throws Exception {
    Path examples = Wso2Specs.dir().orElseThrow().resolve("apim/examples");
    ContractValidator devportal = ContractValidator.of(Spec.APIM_450_DEVPORTAL, AllowList.none());
    Map<String, List<String>> headers =
        Map.of(
            "Content-Type", List.of("application/json"),
            "Authorization", List.of("Bearer not-a-real-token"));
    for (String[] call :
        new String[][] {
          {"/api/am/devportal/v3/applications", "devportal-application-create.request.json"},
          {"/api/am/devportal/v3/subscriptions", "devportal-subscription-create.request.json"},
          {
            "/api/am/devportal/v3/applications/app-id/generate-keys",
            "devportal-generate-keys-fskm.request.json"
          }
        }) {
      String body = Files.readString(examples.resolve(call[1]));
      devportal.assertRequestValid(new RecordedRequest("POST", call[0], headers, body));
    }
  }
}
