package io.github.fsonboard.apim.devportal;

import io.github.fsonboard.apim.internal.Json;
import io.github.fsonboard.apim.internal.ListBody;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.internal.http.Calls;
import io.github.fsonboard.core.internal.http.HttpResult;
import io.github.fsonboard.core.internal.paging.Paging;
import io.github.fsonboard.core.paging.Page;
import java.util.Optional;
import java.util.stream.Stream;
import okhttp3.ResponseBody;

/**
 * SubscriptionsClient of the user's applications to APIs ({@code /subscriptions}; scope {@code
 * apim:subscribe} or {@code apim:sub_manage}). Thread-safe.
 *
 * <pre>{@code
 * SubscriptionResult s = session.devPortal().subscriptions()
 *     .create(new SubscriptionRequest(appId, apiId, "Unlimited", null));
 * }</pre>
 */
public final class SubscriptionsClient {
  private static final int PAGE = 100;
  private final DevportalService api;

  SubscriptionsClient(DevportalService api) {
    this.api = api;
  }

  /**
   * Subscribes an application to an API ({@code POST /subscriptions}).
   *
   * @param request the application, API and tier
   * @return {@link SubscriptionResult.Created} (201) or {@link SubscriptionResult.Pending} (202)
   * @throws io.github.fsonboard.core.error.BadRequestException e.g. when the tier is not one of the
   *     API's
   */
  public SubscriptionResult create(SubscriptionRequest request) {
    Validation.requireNonNull(request, "request");
    HttpResult<ResponseBody> r = Calls.exchange(api.subscribe(request));
    if (r.status() == 202) {
      return new SubscriptionResult.Pending(
          Json.decode(r, WorkflowResponse.class, "workflow response of POST /subscriptions"));
    }
    return new SubscriptionResult.Created(
        Json.decode(r, Subscription.class, "subscription in POST /subscriptions"));
  }

  /**
   * Lists an application's subscriptions ({@code GET /subscriptions?applicationId=}).
   *
   * @param applicationId the application's UUID
   * @param limit the page size, or null for the server default
   * @param offset the index of the first item, or null for 0
   * @return one page
   */
  public Page<Subscription> listByApplication(String applicationId, Integer limit, Integer offset) {
    Validation.requireNonBlank(applicationId, "applicationId");
    return ListBody.page(
        Calls.execute(api.subscriptions(applicationId, null, offset, limit)), offset, limit);
  }

  /**
   * Streams every subscription of an application, fetching pages of 100 only as the stream reaches
   * them.
   *
   * @param applicationId the application's UUID
   * @return the subscriptions
   */
  public Stream<Subscription> streamByApplication(String applicationId) {
    Validation.requireNonBlank(applicationId, "applicationId");
    return Paging.stream(
        "subscriptions", at -> listByApplication(applicationId, PAGE, Paging.position(at, 0)));
  }

  /**
   * Lists the user's subscriptions to an API ({@code GET /subscriptions?apiId=}).
   *
   * @param apiId the API's UUID
   * @param limit the page size, or null for the server default
   * @param offset the index of the first item, or null for 0
   * @return one page
   */
  public Page<Subscription> listByApi(String apiId, Integer limit, Integer offset) {
    Validation.requireNonBlank(apiId, "apiId");
    return ListBody.page(
        Calls.execute(api.subscriptions(null, apiId, offset, limit)), offset, limit);
  }

  /**
   * Streams every subscription of the user to an API, fetching pages of 100 only as the stream
   * reaches them.
   *
   * @param apiId the API's UUID
   * @return the subscriptions
   */
  public Stream<Subscription> streamByApi(String apiId) {
    Validation.requireNonBlank(apiId, "apiId");
    return Paging.stream("subscriptions", at -> listByApi(apiId, PAGE, Paging.position(at, 0)));
  }

  /**
   * Finds an application's subscription to an API (pages through the application's subscriptions),
   * e.g. to subscribe only once.
   *
   * @param applicationId the application's UUID
   * @param apiId the API's UUID
   * @return the subscription, or empty
   */
  public Optional<Subscription> find(String applicationId, String apiId) {
    Validation.requireNonBlank(apiId, "apiId");
    return streamByApplication(applicationId)
        .filter(
            s -> apiId.equals(s.apiId()) || (s.apiInfo() != null && apiId.equals(s.apiInfo().id())))
        .findFirst();
  }

  /**
   * Reads a subscription ({@code GET /subscriptions/{id}}).
   *
   * @param subscriptionId the UUID
   * @return the subscription
   */
  public Subscription get(String subscriptionId) {
    return Calls.execute(
        api.subscription(Validation.requireNonBlank(subscriptionId, "subscriptionId")));
  }

  /**
   * Removes a subscription ({@code DELETE /subscriptions/{id}}).
   *
   * @param subscriptionId the UUID
   * @return empty when removed (200), or the workflow holding the removal (202)
   */
  public Optional<WorkflowResponse> delete(String subscriptionId) {
    HttpResult<ResponseBody> r =
        Calls.exchange(
            api.unsubscribe(Validation.requireNonBlank(subscriptionId, "subscriptionId")));
    return ApplicationsClient.pending(r, "DELETE /subscriptions");
  }
}
