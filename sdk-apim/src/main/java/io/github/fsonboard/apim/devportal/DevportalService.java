package io.github.fsonboard.apim.devportal;

import io.github.fsonboard.apim.internal.ListBody;
import java.util.List;
import java.util.Map;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/** Developer Portal API v3, relative to {@code /api/am/devportal/v3}. */
interface DevportalService {
  /** ApplicationKeyList. */
  record KeyList(Integer count, List<ApplicationKey> list) {}

  /** The writable ApplicationKey fields a PUT of oauth-keys carries. */
  record KeyUpdateBody(
      String keyManager,
      KeyType keyType,
      List<String> supportedGrantTypes,
      String callbackUrl,
      Map<String, Object> additionalProperties) {}

  @GET("key-managers")
  Call<Map<String, Object>> keyManagers();

  @GET("apis")
  Call<ListBody<ApiInfo>> apis(
      @Query("query") String query, @Query("limit") Integer limit, @Query("offset") Integer offset);

  @GET("apis/{apiId}")
  Call<Api> api(@Path("apiId") String apiId);

  @GET("throttling-policies/{policyLevel}")
  Call<ListBody<ThrottlingPolicy>> throttlingPolicies(
      @Path("policyLevel") String level,
      @Query("limit") Integer limit,
      @Query("offset") Integer offset);

  @POST("applications")
  Call<ResponseBody> createApplication(@Body ApplicationRequest request);

  @GET("applications")
  Call<ListBody<ApplicationInfo>> applications(
      @Query("query") String query, @Query("limit") Integer limit, @Query("offset") Integer offset);

  @GET("applications/{applicationId}")
  Call<Application> application(@Path("applicationId") String id);

  @PUT("applications/{applicationId}")
  Call<Application> updateApplication(
      @Path("applicationId") String id, @Body ApplicationRequest request);

  @DELETE("applications/{applicationId}")
  Call<ResponseBody> deleteApplication(@Path("applicationId") String id);

  @POST("subscriptions")
  Call<ResponseBody> subscribe(@Body SubscriptionRequest request);

  @GET("subscriptions")
  Call<ListBody<Subscription>> subscriptions(
      @Query("applicationId") String applicationId,
      @Query("apiId") String apiId,
      @Query("offset") Integer offset,
      @Query("limit") Integer limit);

  @GET("subscriptions/{subscriptionId}")
  Call<Subscription> subscription(@Path("subscriptionId") String id);

  @DELETE("subscriptions/{subscriptionId}")
  Call<ResponseBody> unsubscribe(@Path("subscriptionId") String id);

  @POST("applications/{applicationId}/generate-keys")
  Call<ApplicationKey> generateKeys(
      @Path("applicationId") String id, @Body KeyGenerationRequest request);

  @GET("applications/{applicationId}/oauth-keys")
  Call<KeyList> keys(@Path("applicationId") String id);

  @GET("applications/{applicationId}/oauth-keys/{keyMappingId}")
  Call<ApplicationKey> key(
      @Path("applicationId") String id, @Path("keyMappingId") String keyMappingId);

  @PUT("applications/{applicationId}/oauth-keys/{keyMappingId}")
  Call<ApplicationKey> updateKey(
      @Path("applicationId") String id,
      @Path("keyMappingId") String keyMappingId,
      @Body KeyUpdateBody body);

  @POST("applications/{applicationId}/oauth-keys/{keyMappingId}/regenerate-secret")
  Call<ConsumerCredentials> regenerateSecret(
      @Path("applicationId") String id, @Path("keyMappingId") String keyMappingId);

  @POST("applications/{applicationId}/oauth-keys/{keyMappingId}/clean-up")
  Call<Void> cleanUp(@Path("applicationId") String id, @Path("keyMappingId") String keyMappingId);
}
