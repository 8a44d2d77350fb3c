package io.github.fsonboard.apim.admin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.apim.ApimWireMock;
import io.github.fsonboard.apim.contract.ContractTraffic;
import io.github.fsonboard.core.error.NotFoundException;
import io.github.fsonboard.core.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Admin v4 {@code /applications} as carbon-apimgt's admin ApplicationsApiServiceImpl serves it. */
@ExtendWith(ContractTraffic.class)
class AdminApplicationsTest extends ApimWireMock {
  private static final String APPS = "/api/am/admin/v4/applications";
  private static final String ID = "01234567-0123-0123-0123-012345678901";

  private static String page(String next, String... names) {
    StringBuilder list = new StringBuilder();
    for (String n : names) {
      list.append(list.length() == 0 ? "" : ",")
          .append("{\"applicationId\":\"")
          .append(ID)
          .append("\",\"name\":\"")
          .append(n)
          .append("\",\"owner\":\"tpp@example.com\",\"status\":\"APPROVED\",\"groupId\":\"\"}");
    }
    return "{\"count\":"
        + names.length
        + ",\"next\":\""
        + next
        + "\",\"previous\":\"\",\"list\":["
        + list
        + "]}";
  }

  @Test
  void walksThePagesByTheNextLinkFilteringByUserAndName() {
    stub(
        get(urlPathEqualTo(APPS))
            .withQueryParam("offset", equalTo("0"))
            .willReturn(
                jsonText(200, page("/applications?limit=100&offset=100&user=", "Accounts App"))));
    stub(
        get(urlPathEqualTo(APPS))
            .withQueryParam("offset", equalTo("1"))
            .willReturn(jsonText(200, page("", "Accounts App 2"))));

    AdminApplicationsClient apps = admin().adminPortal().applications();

    assertThat(apps.stream("tpp@example.com", "Accounts"))
        .extracting(AdminApplication::name)
        .containsExactly("Accounts App", "Accounts App 2");
    server.verify(
        2,
        getRequestedFor(urlPathEqualTo(APPS))
            .withQueryParam("user", equalTo("tpp@example.com"))
            .withQueryParam("name", equalTo("Accounts"))
            .withQueryParam("limit", equalTo("100")));
    assertThat(apps.find("tpp@example.com", "Accounts App"))
        .get()
        .extracting(AdminApplication::applicationId)
        .isEqualTo(ID);
  }

  @Test
  void deletesAndChangesTheOwnerWithOneRequestEach() {
    stub(delete(urlPathEqualTo(APPS + "/" + ID)).willReturn(aResponse().withStatus(200)));
    stub(
        post(urlPathEqualTo(APPS + "/" + ID + "/change-owner"))
            .willReturn(aResponse().withStatus(200)));
    AdminApplicationsClient apps = admin().adminPortal().applications();

    apps.delete(ID);
    apps.changeOwner(ID, "tpp2@example.com");

    server.verify(1, deleteRequestedFor(urlPathEqualTo(APPS + "/" + ID)));
    server.verify(
        1,
        postRequestedFor(urlPathEqualTo(APPS + "/" + ID + "/change-owner"))
            .withQueryParam("owner", equalTo("tpp2@example.com")));
  }

  @Test
  void anUnknownApplicationIsNotFoundAndBadInputNamesEveryField() {
    stub(
        delete(urlPathEqualTo(APPS + "/" + ID))
            .willReturn(
                jsonText(
                    404,
                    "{\"code\":404,\"message\":\"Not Found\",\"description\":"
                        + "\"Requested application with Id '"
                        + ID
                        + "' not found\",\"moreInfo\":\"\",\"error\":[]}")));
    AdminApplicationsClient apps = admin().adminPortal().applications();

    assertThatThrownBy(() -> apps.delete(ID)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> apps.changeOwner(" ", null))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("applicationId")
        .hasMessageContaining("newOwner");
  }
}
