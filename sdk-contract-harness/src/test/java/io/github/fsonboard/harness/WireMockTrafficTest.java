package io.github.fsonboard.harness;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WireMockTrafficTest {

  private static final String REGISTER = "/client-registration/v0.17/register";
  private WireMockServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    server.start();
    server.stubFor(
        post(REGISTER)
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"clientId\":\"id\",\"clientName\":\"rest_api_admin\","
                            + "\"callbackUrl\":\"www.google.lk\",\"clientSecret\":\"s\","
                            + "\"isSaasApplication\":\"true\",\"appOwner\":\"admin\","
                            + "\"jsonString\":\"{}\",\"jsonAppAttribute\":\"{}\","
                            + "\"tokenType\":\"JWT\"}")));
    server.stubFor(get(REGISTER + "?x=1").willReturn(aResponse().withStatus(404)));
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private void send(HttpRequest.Builder request) throws Exception {
    http.send(request.build(), HttpResponse.BodyHandlers.discarding());
  }

  @Test
  void recordsRequestsAndResponsesOldestFirst() throws Exception {
    String body = "{\"clientName\":\"rest_api_admin\",\"saasApp\":true}";
    send(
        HttpRequest.newBuilder(URI.create(server.baseUrl() + REGISTER))
            .header("Content-Type", "application/json")
            .header("Authorization", "Basic bm90OnJlYWw=")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
    send(HttpRequest.newBuilder(URI.create(server.baseUrl() + REGISTER + "?x=1")).GET());

    List<RecordedRequest> requests = WireMockTraffic.requests(server);
    assertThat(requests).extracting(RecordedRequest::method).containsExactly("POST", "GET");
    assertThat(requests.get(0).pathAndQuery()).isEqualTo(REGISTER);
    assertThat(requests.get(0).body()).isEqualTo(body);
    assertThat(requests.get(0).headers()).containsKey("Content-Type");
    assertThat(requests.get(1).query()).isEqualTo("x=1");
    assertThat(requests.get(1).body()).isNull();

    List<RecordedExchange> exchanges = WireMockTraffic.exchanges(server);
    assertThat(exchanges).extracting(e -> e.response().status()).containsExactly(200, 404);
    assertThat(WireMockTraffic.requests(server.getAllServeEvents())).isEqualTo(requests);
  }

  @Test
  void aStubbedFaultIsARequestButNotAnExchange() throws Exception {
    server.stubFor(
        get(REGISTER + "?fault=1")
            .willReturn(
                aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.EMPTY_RESPONSE)));
    try {
      send(HttpRequest.newBuilder(URI.create(server.baseUrl() + REGISTER + "?fault=1")).GET());
    } catch (java.io.IOException expected) {
      // the empty response
    }
    send(HttpRequest.newBuilder(URI.create(server.baseUrl() + REGISTER + "?x=1")).GET());

    assertThat(WireMockTraffic.requests(server))
        .extracting(RecordedRequest::query)
        .containsExactly("fault=1", "x=1");
    assertThat(WireMockTraffic.exchanges(server))
        .extracting(e -> e.request().query())
        .containsExactly("x=1");
  }

  @Test
  void recordedTrafficFeedsTheValidator() throws Exception {
    Wso2Specs.assumeAvailable();
    send(
        HttpRequest.newBuilder(URI.create(server.baseUrl() + REGISTER))
            .header("Content-Type", "application/json")
            .header("Authorization", "Basic bm90OnJlYWw=")
            .POST(HttpRequest.BodyPublishers.ofString("{\"clientName\":\"a\",\"saasApp\":true}")));
    RecordedExchange exchange = WireMockTraffic.exchanges(server).get(0);

    ContractValidator strict = ContractValidator.of(Spec.APIM_DCR_V017, AllowList.none());
    assertThatThrownBy(() -> strict.assertExchangesValid(List.of(exchange)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("saasApp");
    ContractValidator.of(Spec.APIM_DCR_V017, AllowList.wso2KnownSpecBugs())
        .assertExchangesValid(List.of(exchange));
  }
}
