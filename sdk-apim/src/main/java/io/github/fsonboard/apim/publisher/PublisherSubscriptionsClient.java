package io.github.fsonboard.apim.publisher;

import io.github.fsonboard.apim.internal.ListBody;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.internal.http.Calls;
import io.github.fsonboard.core.internal.paging.Paging;
import io.github.fsonboard.core.paging.Page;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The subscriptions to the bank's APIs ({@code /subscriptions} of the Publisher API v4; scopes
 * {@code apim:subscription_view} to read, {@code apim:subscription_block} to block). Behaviour read
 * from carbon-apimgt publisher v1 {@code SubscriptionsApiServiceImpl}: {@code blockSubscription}
 * answers 404 for an unknown subscription, otherwise sets the status to the {@code blockState}
 * ({@code BLOCKED} or {@code PROD_ONLY_BLOCKED}; for JWT applications it also adds gateway blocking
 * conditions) and answers 200 with the updated subscription; {@code unBlockSubscription} sets
 * {@code UNBLOCKED} whatever the status was, so it would also release a subscription held {@code
 * ON_HOLD} for approval — {@link io.github.fsonboard.apim.lifecycle.TppLifecycle} only unblocks a
 * blocked one. The TPP's Developer Portal then shows the same status on the subscription.
 * Thread-safe.
 */
public final class PublisherSubscriptionsClient {
  private static final int PAGE = 100;
  private final PublisherService api;

  PublisherSubscriptionsClient(PublisherService api) {
    this.api = api;
  }

  /**
   * Lists one page of an API's subscriptions ({@code GET /subscriptions?apiId=&limit=&offset=}).
   *
   * @param apiId the API's UUID, or null for every API the signed-in user provides
   * @param limit the page size, or null for the server default (25)
   * @param offset the index of the first item, or null for 0
   * @return one page
   */
  public Page<PublisherSubscription> list(String apiId, Integer limit, Integer offset) {
    return ListBody.page(Calls.execute(api.subscriptions(apiId, limit, offset)), offset, limit);
  }

  /**
   * Streams every subscription of an API, fetching pages of 100 only as the stream reaches them.
   *
   * @param apiId the API's UUID, or null for every API the signed-in user provides
   * @return the subscriptions
   */
  public Stream<PublisherSubscription> stream(String apiId) {
    return Paging.stream(
        "subscriptions (publisher)", at -> list(apiId, PAGE, Paging.position(at, 0)));
  }

  /**
   * Finds one subscription of an API (the Publisher API has no read-one operation).
   *
   * @param apiId the API's UUID
   * @param subscriptionId the subscription's UUID
   * @return the subscription, or empty
   */
  public Optional<PublisherSubscription> find(String apiId, String subscriptionId) {
    Validation v = new Validation();
    v.require(apiId != null && !apiId.isBlank(), "apiId", "is required");
    v.require(subscriptionId != null && !subscriptionId.isBlank(), "subscriptionId", "is required");
    v.throwIfInvalid();
    return stream(apiId).filter(s -> subscriptionId.equals(s.subscriptionId())).findFirst();
  }

  /**
   * Blocks a subscription ({@code POST /subscriptions/block-subscription}).
   *
   * @param subscriptionId the UUID
   * @param state how far to block it
   * @return the updated subscription
   * @throws io.github.fsonboard.core.error.NotFoundException when there is no such subscription
   */
  public PublisherSubscription block(String subscriptionId, BlockState state) {
    Validation v = new Validation();
    v.require(subscriptionId != null && !subscriptionId.isBlank(), "subscriptionId", "is required");
    v.require(state != null, "state", "is required");
    v.throwIfInvalid();
    return Calls.executeBody(api.block(subscriptionId, state.name()));
  }

  /**
   * Unblocks a subscription ({@code POST /subscriptions/unblock-subscription}): its status becomes
   * {@code UNBLOCKED} whatever it was.
   *
   * @param subscriptionId the UUID
   * @return the updated subscription
   * @throws io.github.fsonboard.core.error.NotFoundException when there is no such subscription
   */
  public PublisherSubscription unblock(String subscriptionId) {
    return Calls.executeBody(
        api.unblock(Validation.requireNonBlank(subscriptionId, "subscriptionId")));
  }
}
