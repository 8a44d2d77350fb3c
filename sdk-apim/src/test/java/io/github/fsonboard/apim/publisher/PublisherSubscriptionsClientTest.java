package io.github.fsonboard.apim.publisher;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fsonboard.apim.ApimWireMock;
import io.github.fsonboard.apim.contract.ContractTraffic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Publisher v4 {@code /subscriptions} as carbon-apimgt's SubscriptionsApiServiceImpl serves it. */
@ExtendWith(ContractTraffic.class)
class PublisherSubscriptionsTest extends ApimWireMock {
  private static final String SUBS = "/api/am/publisher/v4/subscriptions";
  private static final String API = "11111111-1111-1111-1111-111111111111";
  private static final String SUB = "22222222-2222-2222-2222-222222222222";

  private static String subscription(String status) {
    return "{\"subscriptionId\":\""
        + SUB
        + "\",\"applicationInfo\":{\"applicationId\":\"a1\",\"name\":\"AISP App\","
        + "\"subscriber\":\"tpp@example.com\"},\"throttlingPolicy\":\"Gold\","
        + "\"subscriptionStatus\":\""
        + status
        + "\"}";
  }

  @Test
  void findsASubscriptionOfAnApiAndBlocksIt() {
    stub(
        get(urlPathEqualTo(SUBS))
            .withQueryParam("apiId", equalTo(API))
            .willReturn(
                jsonText(
                    200,
                    "{\"count\":1,\"list\":["
                        + subscription("UNBLOCKED")
                        + "],\"pagination\":{\"offset\":0,\"limit\":100,\"total\":1,"
                        + "\"next\":\"\",\"previous\":\"\"}}")));
    stub(
        post(urlPathEqualTo(SUBS + "/block-subscription"))
            .willReturn(jsonText(200, subscription("PROD_ONLY_BLOCKED"))));
    PublisherSubscriptionsClient subs = admin().publisherPortal().subscriptions();

    PublisherSubscription found = subs.find(API, SUB).orElseThrow();
    assertThat(found.blocked()).isFalse();
    assertThat(found.applicationInfo().subscriber()).isEqualTo("tpp@example.com");

    PublisherSubscription blocked = subs.block(SUB, BlockState.PROD_ONLY_BLOCKED);

    assertThat(blocked.is(BlockState.PROD_ONLY_BLOCKED)).isTrue();
    assertThat(blocked.blocked()).isTrue();
    server.verify(
        1,
        postRequestedFor(urlPathEqualTo(SUBS + "/block-subscription"))
            .withQueryParam("subscriptionId", equalTo(SUB))
            .withQueryParam("blockState", equalTo("PROD_ONLY_BLOCKED")));
  }

  @Test
  void unblockSendsOnlyTheSubscriptionId() {
    stub(
        post(urlPathEqualTo(SUBS + "/unblock-subscription"))
            .willReturn(jsonText(200, subscription("UNBLOCKED"))));

    PublisherSubscription unblocked = admin().publisherPortal().subscriptions().unblock(SUB);

    assertThat(unblocked.blocked()).isFalse();
    server.verify(
        1,
        postRequestedFor(urlPathEqualTo(SUBS + "/unblock-subscription"))
            .withQueryParam("subscriptionId", equalTo(SUB)));
  }
}
