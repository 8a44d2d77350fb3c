package io.github.fsonboard.is.applications;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.github.fsonboard.core.cert.Certificates;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.internal.http.MoshiFactory;
import io.github.fsonboard.harness.TestPki;
import io.github.fsonboard.is.WireMockSupport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An IS application's certificate, found through its OAuth client id (wso2-contracts §9b). */
class ApplicationCertificatesClientTest extends WireMockSupport {
  private static final String APPS = "/api/server/v1/applications";
  private static final String CURRENT = TestPki.ca("tpp-current").certificatePem();

  private void stubApplication(String certificatePem) {
    wm.stubFor(
        get(urlPathEqualTo(APPS))
            .withQueryParam("filter", equalTo("clientId eq ck-1"))
            .willReturn(
                jsonBody(
                    Map.of(
                        "totalResults", 1,
                        "startIndex", 1,
                        "count", 1,
                        "applications", List.of(Map.of("id", "app-1", "name", "tpp_app"))))));
    wm.stubFor(
        get(urlEqualTo(APPS + "/app-1"))
            .willReturn(
                jsonBody(
                    Map.of(
                        "id",
                        "app-1",
                        "name",
                        "tpp_app",
                        "advancedConfigurations",
                        Map.of("certificate", Map.of("type", "PEM", "value", certificatePem))))));
    wm.stubFor(patch(urlEqualTo(APPS + "/app-1")).willReturn(aResponse().withStatus(200)));
  }

  private static ResponseDefinitionBuilder jsonBody(Map<String, Object> body) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody(toJson(body));
  }

  private static String toJson(Object value) {
    return MoshiFactory.moshi().adapter(Object.class).toJson(value);
  }

  @Test
  void findsTheApplicationAndReadsItsCertificate() {
    stubApplication(CURRENT);

    assertThat(is.applicationCertificates().applicationId("ck-1")).contains("app-1");
    assertThat(is.applicationCertificates().find("ck-1")).contains(CURRENT);
  }

  @Test
  void findsAnApplicationByItsExactNameAndReadsItsCertificateById() {
    stubApplication(CURRENT);
    wm.stubFor(
        get(urlPathEqualTo(APPS))
            .withQueryParam("filter", equalTo("name eq tpp_app"))
            .willReturn(
                jsonBody(
                    Map.of(
                        "applications",
                        List.of(
                            Map.of("id", "app-0", "name", "tpp_app_2"),
                            Map.of("id", "app-1", "name", "tpp_app"))))));

    assertThat(is.applicationCertificates().applicationIdByName("tpp_app")).contains("app-1");
    assertThat(is.applicationCertificates().certificateOf("app-1")).contains(CURRENT);
    assertThatThrownBy(() -> is.applicationCertificates().applicationIdByName("a b"))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("name"));
  }

  @Test
  void replacesADifferentCertificateWithOneCanonicalPem() {
    stubApplication(CURRENT);
    String next = TestPki.ca("tpp-next").certificatePem();

    CertificateChange change = is.applicationCertificates().set("ck-1", next.replace("\n", "\\n"));

    assertThat(change).isEqualTo(CertificateChange.UPDATED);
    wm.verify(
        patchRequestedFor(urlEqualTo(APPS + "/app-1"))
            .withRequestBody(
                equalToJson(
                    toJson(
                        Map.of(
                            "advancedConfigurations",
                            Map.of(
                                "certificate",
                                Map.of(
                                    "type", "PEM", "value", Certificates.canonicalPem(next))))))));
  }

  @Test
  void theSameCertificateInAnotherFormWritesNothing() {
    stubApplication(CURRENT);
    String bare = CURRENT.replaceAll("-----[A-Z ]+-----|\\s", "");

    assertThat(is.applicationCertificates().set("ck-1", bare))
        .isEqualTo(CertificateChange.UNCHANGED);
    wm.verify(0, patchRequestedFor(urlEqualTo(APPS + "/app-1")));
  }

  @Test
  void anUnknownClientOrABadCertificateFailsClearly() {
    wm.stubFor(
        get(urlPathEqualTo(APPS))
            .willReturn(
                jsonBody(
                    Map.of(
                        "totalResults",
                        0,
                        "startIndex",
                        1,
                        "count",
                        0,
                        "applications",
                        List.of()))));

    assertThatThrownBy(() -> is.applicationCertificates().set("ck-9", CURRENT))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("clientId"));
    assertThatThrownBy(() -> is.applicationCertificates().set("ck-9", "not a certificate"))
        .isInstanceOf(ValidationException.class);
  }
}
