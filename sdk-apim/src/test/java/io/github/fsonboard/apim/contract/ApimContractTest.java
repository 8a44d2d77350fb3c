package io.github.fsonboard.apim.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fsonboard.harness.RecordedExchange;
import io.github.fsonboard.harness.RecordedRequest;
import io.github.fsonboard.harness.RecordedResponse;
import io.github.fsonboard.harness.Spec;
import io.github.fsonboard.harness.Wso2Specs;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The contract check itself: it must catch what it is meant to catch. */
class ApimContractTest {
  private static final String KM =
      "{\"name\":\"FSKM\",\"type\":\"fsKeyManager\",\"allowedOrganizations\":[\"ALL\"]}";

  @BeforeAll
  static void specs() {
    Wso2Specs.assumeAvailable();
  }

  private static RecordedExchange exchange(String method, String path, String body, int status) {
    return new RecordedExchange(
        RecordedRequest.json(method, path, body),
        RecordedResponse.json(status, "{\"code\":900,\"message\":\"m\"}"));
  }

  @Test
  void choosesTheSpecByPathPrefixAndRelease() {
    assertThat(ApimContract.specFor("/api/am/admin/v4/key-managers", ApimVersion.V4_4_0))
        .contains(Spec.APIM_440_ADMIN);
    assertThat(ApimContract.specFor("/t/bank/api/am/devportal/v3/apis", ApimVersion.V4_7_0))
        .contains(Spec.APIM_470_DEVPORTAL);
    assertThat(ApimContract.specFor("/client-registration/v0.17/register", ApimVersion.V4_5_0))
        .contains(Spec.APIM_DCR_V017);
    assertThat(ApimContract.specFor("/api/identity/user/v1.0/me", ApimVersion.V4_5_0))
        .contains(Spec.IS_SELF_REGISTRATION);
    assertThat(ApimContract.specFor("/oauth2/token", ApimVersion.V4_5_0)).isEmpty();
  }

  @Test
  void aMisspelledRequestFieldFailsOnEveryRelease() {
    List<String> problems =
        ApimContract.problems(
            List.of(
                exchange(
                    "POST",
                    "/api/am/devportal/v3/applications",
                    "{\"name\":\"A\",\"throttlingPolicy\":\"Unlimited\",\"descripton\":\"x\"}",
                    400)),
            ApimVersion.values());

    assertThat(problems.stream().filter(p -> p.startsWith("Request")))
        .hasSize(3)
        .allMatch(p -> p.contains("descripton"));
  }

  @Test
  void allowedOrganizationsIsValidFrom450Only() {
    List<RecordedExchange> create =
        List.of(exchange("POST", "/api/am/admin/v4/key-managers", KM, 400));

    assertThat(ApimContract.problems(create, ApimVersion.V4_4_0))
        .singleElement()
        .asString()
        .contains("allowedOrganizations");
    assertThat(ApimContract.problems(create, ApimVersion.V4_5_0, ApimVersion.V4_7_0)).isEmpty();
  }

  @Test
  void anErrorBodyOutsideTheErrorSchemaFails() {
    RecordedExchange wrong =
        new RecordedExchange(
            RecordedRequest.json("GET", "/api/am/admin/v4/key-managers/x", null),
            RecordedResponse.json(404, "{\"code\":\"404\",\"msg\":\"Not Found\"}"));

    assertThat(ApimContract.errorBodyProblem(wrong))
        .get()
        .asString()
        .contains("code must be an integer", "message must be a string", "unknown property msg");
  }

  @Test
  void trafficWithoutASpecIsSkipped() {
    assertThat(
            ApimContract.problems(
                List.of(exchange("POST", "/oauth2/token", "{\"nonsense\":1}", 200)),
                ApimVersion.values()))
        .isEmpty();
  }
}
