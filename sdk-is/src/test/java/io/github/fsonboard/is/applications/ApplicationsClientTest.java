package io.github.fsonboard.is.applications;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.error.BadRequestException;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.harness.Spec;
import io.github.fsonboard.is.WireMockSupport;
import io.github.fsonboard.is.contract.ContractSpecs;
import java.util.List;
import org.junit.jupiter.api.Test;

@ContractSpecs({Spec.IS_APPLICATIONS})
class ApplicationsClientTest extends WireMockSupport {
  private static final String PATH = "/api/server/v1/applications/app-1/authorized-apis";

  @Test
  void authorizesAnApiWithRbac() {
    // ServerApplicationManagementService.addAuthorizedAPI answers 200 with no body.
    wm.stubFor(post(PATH).willReturn(aResponse().withStatus(200)));
    assertThat(
            is.applications()
                .authorizeApi("app-1", ApiAuthorization.rbac("r-1", List.of("accounts"))))
        .isTrue();
    wm.verify(
        postRequestedFor(urlEqualTo(PATH))
            .withRequestBody(
                equalToJson(
                    "{\"id\":\"r-1\",\"policyIdentifier\":\"RBAC\",\"scopes\":[\"accounts\"]}")));
  }

  @Test
  void anApiAuthorizedAlreadyIsReportedNotThrown() {
    // Re-authorizing is 409 APP-60509: the authorization exists, so a re-run goes on.
    wm.stubFor(post(PATH).willReturn(json(409, "applications/409.already-authorized.json")));
    assertThat(
            is.applications()
                .authorizeApi("app-1", ApiAuthorization.rbac("r-1", List.of("accounts"))))
        .isFalse();
  }

  @Test
  void serverErrorsAreTyped() {
    wm.stubFor(post(PATH).willReturn(json(400, "applications/400.invalid-scope.json")));
    assertThatThrownBy(
            () ->
                is.applications()
                    .authorizeApi("app-1", ApiAuthorization.rbac("r-1", List.of("accounts.write"))))
        .isInstanceOfSatisfying(
            BadRequestException.class, e -> assertThat(e.payload().code()).isEqualTo("APP-60508"));
  }

  @Test
  void badInputFailsBeforeAnyCall() {
    assertThatThrownBy(() -> ApiAuthorization.rbac(" ", List.of()))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("id"));
    assertThatThrownBy(
            () -> is.applications().authorizeApi("", ApiAuthorization.rbac("r", List.of())))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("applicationId"));
    assertNoRequest();
  }
}
