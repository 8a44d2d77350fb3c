package io.github.fsonboard.is.apiresources;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.error.ConflictException;
import io.github.fsonboard.core.error.FsOnboardException;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.paging.Page;
import io.github.fsonboard.harness.Spec;
import io.github.fsonboard.is.WireMockSupport;
import io.github.fsonboard.is.contract.ContractSpecs;
import io.github.fsonboard.is.contract.NotWso2Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

@ContractSpecs({Spec.IS_API_RESOURCES})
class ApiResourcesClientTest extends WireMockSupport {
  private static final String BASE = "/api/server/v1/api-resources";
  private static final String ID = "9d8c7b6a-5e4f-4a3b-2c1d-0e9f8a7b6c5d";

  private static NewApiResource accounts() {
    return new NewApiResource(
        "Accounts API",
        "accounts_api",
        "AISP",
        true,
        List.of(new ApiResourceScope("accounts", "Read accounts", "Read account data", null)));
  }

  @Test
  @NotWso2Fixture("defensive: IS 7 answers 201 with a body; this covers a 201 without one")
  void createSendsJsonAndReadsBackFromLocationWhenNoBody() {
    wm.stubFor(
        post(BASE)
            .willReturn(
                aResponse().withStatus(201).withHeader("Location", baseUrl() + BASE + "/" + ID)));
    wm.stubFor(get(BASE + "/" + ID).willReturn(json(200, "apiresources/201.created.json")));
    ApiResource r = is.apiResources().create(accounts());
    wm.verify(
        postRequestedFor(urlEqualTo(BASE))
            .withHeader("Content-Type", equalTo("application/json; charset=UTF-8"))
            .withHeader("Authorization", equalTo(ADMIN_BASIC))
            .withRequestBody(
                equalToJson(
                    """
                    {"name":"Accounts API","identifier":"accounts_api","description":"AISP",
                     "requiresAuthorization":true,
                     "scopes":[{"name":"accounts","displayName":"Read accounts",
                                "description":"Read account data"}]}
                    """)));
    assertThat(r.id()).isEqualTo(ID);
    assertThat(r.scopes()).extracting(ApiResourceScope::id).containsExactly("s-1");
  }

  @Test
  void createUsesTheBodyWhenPresent() {
    wm.stubFor(post(BASE).willReturn(json(201, "apiresources/201.created.json")));
    assertThat(is.apiResources().create(accounts()).type()).isEqualTo("BUSINESS");
    wm.verify(0, getRequestedFor(urlPathEqualTo(BASE + "/" + ID)));
  }

  @Test
  void existingIdentifierIsAConflictWithWso2Code() {
    wm.stubFor(post(BASE).willReturn(json(409, "apiresources/409.exists.json")));
    assertThatThrownBy(() -> is.apiResources().create(accounts()))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> {
              assertThat(e.payload().code()).isEqualTo("API-RESOURCE-60003");
              assertThat(e.payload().traceId()).isNotBlank();
            });
  }

  @Test
  void findByIdentifierFiltersThenReadsScopes() {
    wm.stubFor(
        get(urlPathEqualTo(BASE)).willReturn(json(200, "apiresources/200.by-identifier.json")));
    wm.stubFor(get(BASE + "/" + ID).willReturn(json(200, "apiresources/201.created.json")));
    ApiResource r = is.apiResources().findByIdentifier("accounts_api").orElseThrow();
    assertThat(r.scopes()).extracting(ApiResourceScope::name).containsExactly("accounts");
    wm.verify(
        getRequestedFor(urlPathEqualTo(BASE))
            .withQueryParam("filter", equalTo("identifier eq accounts_api")));
  }

  @Test
  void listReadsTheApiResourcesKeyAndBothCursors() {
    // ServerAPIResourceManagementService.getAPIResources: "apiResources" (not the YAML's
    // "APIResources"), cursors in the links' before/after parameters.
    wm.stubFor(get(urlPathEqualTo(BASE)).willReturn(json(200, "apiresources/200.page2.json")));
    Page<ApiResource> page = is.apiResources().list(null, 5, null, "MjE=");
    assertThat(page.items()).extracting(ApiResource::identifier).containsExactly("/scim2/Users");
    assertThat(page.previous()).isEqualTo("MjE=");
    wm.verify(
        getRequestedFor(urlPathEqualTo(BASE))
            .withQueryParam("limit", equalTo("5"))
            .withQueryParam("before", equalTo("MjE="))
            .withQueryParam("after", absent()));
  }

  @Test
  @NotWso2Fixture("hostile: a page link whose cursor has a broken percent-escape")
  void aBrokenEscapeInAPageLinkIsAMalformedResponse() {
    wm.stubFor(
        get(urlPathEqualTo(BASE))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"totalResults\": 0, \"apiResources\": [], \"links\": [{\"href\":"
                            + " \"/api/server/v1/api-resources?after=MjE%3\", \"rel\": \"next\"}]}")));

    assertThatThrownBy(() -> is.apiResources().list(null, null, null, null))
        .isExactlyInstanceOf(FsOnboardException.class)
        .hasMessage(
            "API resources page has a malformed link: 'after' has a truncated percent-escape");
  }

  @Test
  void beforeAndAfterTogetherFailBeforeAnyCall() {
    // The server refuses both at once with 400 API-RESOURCE-60011.
    assertThatThrownBy(() -> is.apiResources().list(null, null, "YQ==", "Yg=="))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.field())
                    .containsExactly("after", "before"));
    assertNoRequest();
  }

  @Test
  void removeScopeDeletesOneScope() {
    // IS answers PATCH removedScopes with 501 API-RESOURCE-60006; DELETE .../scopes/{name} works.
    wm.stubFor(
        delete(BASE + "/" + ID + "/scopes/accounts").willReturn(aResponse().withStatus(204)));
    is.apiResources().removeScope(ID, "accounts");
    wm.verify(deleteRequestedFor(urlEqualTo(BASE + "/" + ID + "/scopes/accounts")));
  }

  @Test
  void streamFollowsNextCursors() {
    wm.stubFor(
        get(urlPathEqualTo(BASE))
            .withQueryParam("after", absent())
            .willReturn(json(200, "apiresources/200.page1.json")));
    wm.stubFor(
        get(urlPathEqualTo(BASE))
            .withQueryParam("after", equalTo("MjA="))
            .willReturn(json(200, "apiresources/200.page2.json")));
    assertThat(is.apiResources().stream(null).map(ApiResource::identifier).toList())
        .containsExactly("accounts_api", "payments_api", "/scim2/Users");
    Page<ApiResource> p2 = is.apiResources().list(null, 100, "MjA=", null);
    assertThat(p2.hasNext()).isFalse();
    assertThat(p2.previous()).isEqualTo("MjE=");
  }

  @Test
  void addScopesPatchesAndDeleteDeletes() {
    wm.stubFor(patch(urlEqualTo(BASE + "/" + ID)).willReturn(aResponse().withStatus(204)));
    wm.stubFor(delete(BASE + "/" + ID).willReturn(aResponse().withStatus(204)));
    is.apiResources().addScopes(ID, List.of(ApiResourceScope.of("payments", "Payments")));
    is.apiResources().delete(ID);
    wm.verify(
        patchRequestedFor(urlEqualTo(BASE + "/" + ID))
            .withRequestBody(
                equalToJson(
                    "{\"addedScopes\":[{\"name\":\"payments\",\"displayName\":\"Payments\"}]}")));
    wm.verify(deleteRequestedFor(urlEqualTo(BASE + "/" + ID)));
  }

  @Test
  void badInputFailsBeforeAnyCall() {
    assertThatThrownBy(() -> new NewApiResource("n", " ", null, null, null))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("identifier"));
    assertThatThrownBy(() -> is.apiResources().addScopes(ID, List.of()))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("addedScopes"));
    assertNoRequest();
  }
}
