package io.github.fsonboard.apim.devportal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.apim.ApimWireMock;
import io.github.fsonboard.apim.TestJson;
import io.github.fsonboard.apim.contract.ContractTraffic;
import io.github.fsonboard.core.error.BadRequestException;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.error.Violation;
import io.github.fsonboard.core.paging.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ContractTraffic.class)
class SubscriptionsTest extends ApimWireMock {
  private static final String BASE = "/api/am/devportal/v3/subscriptions";
  private static final String APP_ID = "8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5f01";
  private static final String API_ID = "3c2b1a09-8f7e-4d6c-b5a4-392817160503";
  private SubscriptionsClient subscriptions;

  @BeforeEach
  void signIn() {
    subscriptions = tpp().devPortal().subscriptions();
  }

  @Test
  void subscribesWithPolicyAndRequestedPolicy() {
    stub(post(urlEqualTo(BASE)).willReturn(json(201, "devportal/201.subscription.json")));

    SubscriptionResult r =
        subscriptions.create(new SubscriptionRequest(APP_ID, API_ID, "Unlimited", "Gold"));

    assertThat(r.created()).get().extracting(Subscription::status).isEqualTo("UNBLOCKED");
    server.verify(
        postRequestedFor(urlEqualTo(BASE))
            .withRequestBody(
                equalToJson(
                    "{\"applicationId\":\""
                        + APP_ID
                        + "\",\"apiId\":\""
                        + API_ID
                        + "\",\"throttlingPolicy\":\"Unlimited\",\"requestedThrottlingPolicy\":\"Gold\"}")));
    assertThat(TestJson.lastBody(server, "POST", BASE).keySet())
        .containsExactlyInAnyOrderElementsOf(
            TestJson.object(
                    TestJson.specsFile("apim/examples/devportal-subscription-create.request.json"))
                .keySet());
  }

  @Test
  void a202IsPending() {
    stub(post(urlEqualTo(BASE)).willReturn(json(202, "devportal/202.subscription-pending.json")));

    SubscriptionResult r =
        subscriptions.create(new SubscriptionRequest(APP_ID, API_ID, "Gold", null));

    assertThat(r.isPending()).isTrue();
    assertThat(TestJson.lastBody(server, "POST", BASE))
        .doesNotContainKey("requestedThrottlingPolicy");
  }

  @Test
  void aTierTheApiDoesNotOfferIsABadRequest() {
    stub(
        post(urlEqualTo(BASE))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"code\":900910,\"message\":\"Bad Request\",\"description\":\"Tier Platinum is not allowed for API AccountsAPI-1.0.0\"}")));

    assertThatThrownBy(
            () -> subscriptions.create(new SubscriptionRequest(APP_ID, API_ID, "Platinum", null)))
        .isInstanceOfSatisfying(
            BadRequestException.class, e -> assertThat(e.payload().code()).isEqualTo("900910"));
  }

  @Test
  void listsByApplicationAndByApi() {
    stub(get(urlPathEqualTo(BASE)).willReturn(json(200, "devportal/200.subscriptions.json")));

    Page<Subscription> byApp = subscriptions.listByApplication(APP_ID, 25, 0);
    subscriptions.listByApi(API_ID, null, null);

    assertThat(byApp.items())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.apiInfo().name()).isEqualTo("AccountsAPI");
              assertThat(s.applicationInfo().name()).isEqualTo("Accounts App");
            });
    server.verify(
        getRequestedFor(urlPathEqualTo(BASE))
            .withQueryParam("applicationId", equalTo(APP_ID))
            .withQueryParam("limit", equalTo("25"))
            .withQueryParam("offset", equalTo("0")));
    server.verify(getRequestedFor(urlEqualTo(BASE + "?apiId=" + API_ID)));
  }

  @Test
  void findsAnApplicationsSubscriptionToAnApi() {
    stub(get(urlPathEqualTo(BASE)).willReturn(json(200, "devportal/200.subscriptions.json")));

    assertThat(subscriptions.find(APP_ID, API_ID))
        .get()
        .extracting(Subscription::subscriptionId)
        .isEqualTo("5f4e3d2c-1b0a-4987-8654-3210fedcba01");
    assertThat(subscriptions.find(APP_ID, "other-api")).isEmpty();
  }

  @Test
  void deletes() {
    String id = "5f4e3d2c-1b0a-4987-8654-3210fedcba01";
    stub(delete(urlEqualTo(BASE + "/" + id)).willReturn(aResponse().withStatus(200)));

    assertThat(subscriptions.delete(id)).isEmpty();
  }

  @Test
  void missingValuesAreRefusedBeforeAnyCall() {
    assertThatThrownBy(() -> new SubscriptionRequest(null, "", null, null))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly("applicationId", "apiId", "throttlingPolicy"));
  }
}
