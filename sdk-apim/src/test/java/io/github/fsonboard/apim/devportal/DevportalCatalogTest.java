package io.github.fsonboard.apim.devportal;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.apim.ApiManager;
import io.github.fsonboard.apim.ApimWireMock;
import io.github.fsonboard.apim.contract.ContractTraffic;
import io.github.fsonboard.apim.onboarding.ApiCatalog;
import io.github.fsonboard.core.error.NotFoundException;
import io.github.fsonboard.core.http.BaseUrl;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.paging.Page;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ContractTraffic.class)
class DevportalCatalogTest extends ApimWireMock {
  private static final String BASE = "/api/am/devportal/v3";
  private DevPortal portal;

  @BeforeEach
  void signIn() {
    portal = tpp().devPortal();
  }

  @Test
  void listsKeyManagersWithTheirApplicationConfiguration() {
    stub(
        get(urlEqualTo(BASE + "/key-managers"))
            .willReturn(json(200, "devportal/200.key-managers.json")));

    List<KeyManagerInfo> kms = portal.keyManagers().list();

    assertThat(kms)
        .extracting(KeyManagerInfo::name)
        .containsExactly("Resident Key Manager", "FSKM");
    KeyManagerInfo fskm = portal.keyManagers().find("FSKM").orElseThrow();
    assertThat(fskm.type()).isEqualTo("fsKeyManager");
    assertThat(fskm.applicationConfiguration())
        .extracting(KeyManagerApplicationConfiguration::name)
        .containsExactly("ext_pkce_mandatory", "regulatory", "sp_certificate");
    KeyManagerApplicationConfiguration regulatory = fskm.applicationConfiguration().get(1);
    assertThat(regulatory.required()).isTrue();
    assertThat(regulatory.defaultValue()).isEqualTo("true");
    assertThat(regulatory.values()).containsExactly("true", "false");
    assertThat(fskm.applicationConfiguration().get(0).defaultValue()).isEqualTo(false);
    server.verify(
        getRequestedFor(urlEqualTo(BASE + "/key-managers"))
            .withHeader(
                "Authorization",
                equalTo(
                    "Bearer eyJ4NXQiOiJNell4TW1Ga09HWXdNV0kwWldObU5EY3hOR1l3WW1NNCJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJlLW9uZQ")));
  }

  @Test
  void searchesApisWithQueryLimitAndOffset() {
    stub(
        get(urlPathEqualTo(BASE + "/apis")).willReturn(json(200, "devportal/200.apis-page1.json")));

    Page<ApiInfo> page = portal.apis().search("name:AccountsAPI", 2, 0);

    assertThat(page.items()).hasSize(2);
    assertThat(page.hasNext()).isTrue();
    assertThat(page.next()).isEqualTo("2");
    assertThat(page.total()).isEqualTo(3);
    assertThat(page.items().get(0).throttlingPolicies()).containsExactly("Unlimited", "Gold");
    server.verify(
        getRequestedFor(urlPathEqualTo(BASE + "/apis"))
            .withQueryParam("query", equalTo("name:AccountsAPI"))
            .withQueryParam("limit", equalTo("2"))
            .withQueryParam("offset", equalTo("0")));
  }

  @Test
  void findsAnApiByExactNameAndVersionAcrossPages() {
    stubTwoPagesOfApis();

    ApiInfo api = portal.apis().find("AccountsAPI", "1.0.0").orElseThrow();

    assertThat(api.id()).isEqualTo("3c2b1a09-8f7e-4d6c-b5a4-392817160503");
    assertThat(portal.apis().find("AccountsAPI", "9.9.9")).isEmpty();
  }

  @Test
  void anonymousReadsOfATenantsCatalogNameTheTenant() {
    stubTwoPagesOfApis();
    try (ApiManager tenantApim =
            ApiManager.builder()
                .baseUrl(baseUrl())
                .tenant("bank.example")
                .httpConfig(noRetry())
                .build();
        HttpTransport transport = HttpTransport.create(noRetry())) {

      ApiCatalog.Entry found = ApiCatalog.of(tenantApim).find("AccountsAPI", "1.0.0").orElseThrow();
      assertThat(found.tiers()).isNotEmpty();
      server.verify(
          getRequestedFor(urlPathEqualTo(BASE + "/apis"))
              .withHeader("X-WSO2-Tenant", equalTo("bank.example"))
              .withoutHeader("Authorization"));

      server.resetRequests();
      DevPortal.anonymous(transport, BaseUrl.of(baseUrl())).apis().find("AccountsAPI", "1.0.0");
      server.verify(getRequestedFor(urlPathEqualTo(BASE + "/apis")).withoutHeader("X-WSO2-Tenant"));
    }
  }

  @Test
  void readsAnApiWithItsTiers() {
    String id = "3c2b1a09-8f7e-4d6c-b5a4-392817160503";
    stub(get(urlEqualTo(BASE + "/apis/" + id)).willReturn(json(200, "devportal/200.api.json")));

    Api api = portal.apis().get(id);

    assertThat(api.tierNames()).containsExactly("Unlimited", "Gold");
    assertThat(api.securityScheme()).containsExactly("oauth2");
  }

  @Test
  void anUnknownApiIsNotFound() {
    stub(
        get(urlEqualTo(BASE + "/apis/missing"))
            .willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"code\":404,\"message\":\"Not Found\",\"description\":\"Requested API with id 'missing' not found\"}")));

    assertThatThrownBy(() -> portal.apis().get("missing")).isInstanceOf(NotFoundException.class);
  }

  @Test
  void listsSubscriptionThrottlingPolicies() {
    stub(
        get(urlPathEqualTo(BASE + "/throttling-policies/subscription"))
            .willReturn(json(200, "devportal/200.throttling-subscription.json")));

    Page<ThrottlingPolicy> policies =
        portal.throttlingPolicies().list(PolicyLevel.SUBSCRIPTION, null, null);

    assertThat(policies.items())
        .extracting(ThrottlingPolicy::name)
        .containsExactly("Unlimited", "Gold");
    assertThat(policies.items().get(0).requestCount()).isEqualTo(2147483647L);
    assertThat(policies.hasNext()).isFalse();
  }

  private static void stubTwoPagesOfApis() {
    stub(
        get(urlPathEqualTo(BASE + "/apis"))
            .withQueryParam("offset", equalTo("0"))
            .willReturn(json(200, "devportal/200.apis-page1.json")));
    stub(
        get(urlPathEqualTo(BASE + "/apis"))
            .withQueryParam("offset", equalTo("2"))
            .willReturn(json(200, "devportal/200.apis-page2.json")));
  }
}
