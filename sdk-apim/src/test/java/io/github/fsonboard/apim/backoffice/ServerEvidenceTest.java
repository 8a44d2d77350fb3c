package io.github.fsonboard.apim.backoffice;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.apim.ApimWireMock;
import io.github.fsonboard.apim.admin.WorkflowTask;
import io.github.fsonboard.core.auth.BasicCredentials;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.is.IdentityServer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the server-read evidence says when the servers cannot name one application. */
class ServerEvidenceTest extends ApimWireMock {
  private static final String APPS = "/api/am/admin/v4/applications";

  private static String app(String id) {
    return "{\"applicationId\":\""
        + id
        + "\",\"name\":\"Accounts App\",\"owner\":\"tpp@example.com\",\"status\":\"APPROVED\"}";
  }

  /** Gathers the evidence of a task of this type for the Accounts App of tpp@example.com. */
  private Evidence gather(String type) {
    WorkflowTask task =
        WorkflowTask.of(
            "ref-1",
            type,
            "CREATED",
            null,
            null,
            Map.of("applicationName", "Accounts App", "userName", "tpp@example.com"));
    try (IdentityServer is =
        IdentityServer.builder()
            .baseUrl(baseUrl())
            .httpConfig(noRetry())
            .adminCredentials(new BasicCredentials("admin", ADMIN_PASSWORD))
            .build()) {
      return EvidenceSource.fromServers(admin().adminPortal(), is).gather(task);
    }
  }

  @Test
  void twoApplicationsOfTheTaskNameAreAmbiguousAndNoUserClaimsAreEmpty() {
    stub(
        get(urlPathEqualTo(APPS))
            .withQueryParam("user", equalTo("tpp@example.com"))
            .willReturn(
                jsonText(
                    200,
                    "{\"count\":2,\"next\":\"\",\"previous\":\"\",\"list\":["
                        + app("a-1")
                        + ","
                        + app("a-2")
                        + "]}")));
    stub(
        get(urlPathEqualTo("/scim2/Users"))
            .willReturn(jsonText(200, "{\"totalResults\":0,\"Resources\":[]}")));
    Evidence evidence = gather("AM_APPLICATION_REGISTRATION_PRODUCTION");

    assertThat(evidence.certificatePem()).isNull();
    assertThat(evidence.userClaims()).isEmpty();
    assertThat(evidence.source())
        .isEqualTo("2 applications named Accounts App owned by tpp@example.com: ambiguous");
  }

  @Test
  void userClaimsAreNamedAsIsSevenScimNamesThem() {
    // An IS 7 SCIM2 user: core emails/name (claim-config.xml), enterprise organization
    // (scim2-schema-extension.config) and urn:scim:wso2:schema country.
    stub(
        get(urlPathEqualTo(APPS))
            .willReturn(
                jsonText(200, "{\"count\":0,\"next\":\"\",\"previous\":\"\",\"list\":[]}")));
    stub(
        get(urlPathEqualTo("/scim2/Users"))
            .willReturn(
                jsonText(
                    200,
                    """
                    {"totalResults":1,"Resources":[{"id":"u-1","userName":"tpp@example.com",
                     "emails":["tpp@example.com",{"type":"work","value":"ops@example.com"}],
                     "name":{"givenName":"Ada","familyName":"Lovelace"},
                     "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":
                       {"organization":"Example TPP Ltd"},
                     "urn:scim:wso2:schema":{"country":"United Kingdom"}}]}
                    """)));
    Evidence evidence = gather("AM_APPLICATION_CREATION");

    assertThat(evidence.userClaims())
        .containsEntry("userName", "tpp@example.com")
        .containsEntry("name.givenName", "Ada")
        .containsEntry("name.familyName", "Lovelace")
        .containsEntry("emails", "tpp@example.com")
        .containsEntry("organization", "Example TPP Ltd")
        .containsEntry("country", "United Kingdom");
  }

  @Test
  void bothServersAreRequired() {
    assertThatThrownBy(() -> EvidenceSource.fromServers(null, null))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.getMessage()).contains("admin").contains("identityServer"));
  }
}
