package io.github.fsonboard.apim.publisher;

import io.github.fsonboard.apim.internal.ListBody;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Query;

/** Publisher API v4, relative to {@code /api/am/publisher/v4}. */
interface PublisherService {
  @GET("subscriptions")
  Call<ListBody<PublisherSubscription>> subscriptions(
      @Query("apiId") String apiId, @Query("limit") Integer limit, @Query("offset") Integer offset);

  @POST("subscriptions/block-subscription")
  Call<PublisherSubscription> block(
      @Query("subscriptionId") String subscriptionId, @Query("blockState") String blockState);

  @POST("subscriptions/unblock-subscription")
  Call<PublisherSubscription> unblock(@Query("subscriptionId") String subscriptionId);
}
