package io.github.fsonboard.apim.devportal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
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

import io.github.fsonboard.apim.ApimWireMock;
import io.github.fsonboard.apim.TestJson;
import io.github.fsonboard.apim.contract.ContractTraffic;
import io.github.fsonboard.core.error.ConflictException;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.error.Violation;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ContractTraffic.class)
class ApplicationsTest extends ApimWireMock {
  private static final String BASE = "/api/am/devportal/v3/applications";
  private static final String APP_ID = "8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5f01";
  private ApplicationsClient apps;

  @BeforeEach
  void signIn() {
    apps = tpp().devPortal().applications();
  }

  private static ApplicationRequest request() {
    return ApplicationRequest.builder().name("Accounts App").description("AISP app").build();
  }

  @Test
  void createsAnApplicationWithTheSchemasFieldNames() {
    stub(post(urlEqualTo(BASE)).willReturn(json(201, "devportal/201.application.json")));

    ApplicationResult result = apps.create(request());

    assertThat(result).isInstanceOf(ApplicationResult.Created.class);
    assertThat(result.created()).get().extracting(Application::applicationId).isEqualTo(APP_ID);
    server.verify(
        postRequestedFor(urlEqualTo(BASE))
            .withRequestBody(
                equalToJson(
                    "{\"name\":\"Accounts App\",\"throttlingPolicy\":\"Unlimited\","
                        + "\"description\":\"AISP app\",\"tokenType\":\"JWT\",\"groups\":[],"
                        + "\"attributes\":{}}")));
  }

  @Test
  void requestBodyHasTheExampleFileFieldSet() {
    stub(post(urlEqualTo(BASE)).willReturn(json(201, "devportal/201.application.json")));
    apps.create(request());
    Map<String, Object> example =
        TestJson.object(
            TestJson.specsFile("apim/examples/devportal-application-create.request.json"));
    assertThat(TestJson.lastBody(server, "POST", BASE).keySet())
        .containsExactlyInAnyOrderElementsOf(example.keySet());
  }

  @Test
  void a202IsAPendingWorkflowNotAnError() {
    stub(post(urlEqualTo(BASE)).willReturn(json(202, "devportal/202.application-pending.json")));

    ApplicationResult result = apps.create(request());

    assertThat(result.isPending()).isTrue();
    assertThat(result.created()).isEmpty();
    assertThat(((ApplicationResult.Pending) result).workflow().workflowStatus())
        .isEqualTo("CREATED");
  }

  @Test
  void anExistingNameIsAConflict() {
    stub(post(urlEqualTo(BASE)).willReturn(json(409, "devportal/409.application-exists.json")));

    assertThatThrownBy(() -> apps.create(request()))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.payload().description()).contains("duplicate application"));
  }

  @Test
  void findsByExactNameAmongLooseMatches() {
    stub(get(urlPathEqualTo(BASE)).willReturn(json(200, "devportal/200.applications-query.json")));

    assertThat(apps.find("Accounts App"))
        .get()
        .extracting(ApplicationInfo::applicationId)
        .isEqualTo(APP_ID);
    assertThat(apps.find("Accounts")).isEmpty();
    server.verify(
        getRequestedFor(urlPathEqualTo(BASE))
            .withQueryParam("query", equalTo("Accounts App"))
            .withQueryParam("limit", equalTo("100"))
            .withQueryParam("offset", equalTo("0")));
  }

  @Test
  void getsUpdatesAndDeletes() {
    stub(
        get(urlEqualTo(BASE + "/" + APP_ID))
            .willReturn(json(200, "devportal/201.application.json")));
    stub(
        put(urlEqualTo(BASE + "/" + APP_ID))
            .willReturn(json(200, "devportal/201.application.json")));
    stub(delete(urlEqualTo(BASE + "/" + APP_ID)).willReturn(aResponse().withStatus(200)));

    assertThat(apps.get(APP_ID).owner()).isEqualTo("tpp@example.com");
    apps.update(
        APP_ID,
        ApplicationRequest.builder().name("Accounts App").throttlingPolicy("50PerMin").build());
    assertThat(apps.delete(APP_ID)).isEmpty();

    server.verify(
        putRequestedFor(urlEqualTo(BASE + "/" + APP_ID))
            .withRequestBody(
                equalToJson(
                    "{\"name\":\"Accounts App\",\"throttlingPolicy\":\"50PerMin\",\"tokenType\":\"JWT\",\"groups\":[],\"attributes\":{}}")));
  }

  @Test
  void aPendingDeletionReturnsTheWorkflow() {
    stub(
        delete(urlEqualTo(BASE + "/" + APP_ID))
            .willReturn(json(202, "devportal/202.application-pending.json")));

    assertThat(apps.delete(APP_ID))
        .get()
        .extracting(WorkflowResponse::workflowStatus)
        .isEqualTo("CREATED");
  }

  @Test
  void invalidRequestsNameEveryField() {
    assertThatThrownBy(
            () -> ApplicationRequest.builder().throttlingPolicy(" ").tokenType("SAML").build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly("name", "throttlingPolicy", "tokenType"));
  }
}
