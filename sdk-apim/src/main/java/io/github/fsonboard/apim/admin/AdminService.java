package io.github.fsonboard.apim.admin;

import io.github.fsonboard.apim.internal.ListBody;
import java.util.List;
import java.util.Map;
import okhttp3.MultipartBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.Multipart;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Part;
import retrofit2.http.Path;
import retrofit2.http.Query;

/** Admin API v4, relative to {@code /api/am/admin/v4}. */
interface AdminService {
  /** KeyManagerList. */
  record KeyManagerList(Integer count, List<KeyManagerSummary> list) {}

  /** Application/SubscriptionThrottlePolicyList. */
  record ThrottlePolicyList(Integer count, List<ThrottlePolicy> list) {}

  /** WorkflowInfo. */
  record WorkflowInfo(
      String workflowType,
      String workflowStatus,
      String createdTime,
      String updatedTime,
      String referenceId,
      Map<String, Object> properties,
      String description) {}

  /** Workflow: the body of update-workflow-status. */
  record WorkflowStatusUpdate(String status, String description) {}

  @GET("key-managers")
  Call<KeyManagerList> listKeyManagers();

  @GET("key-managers/{keyManagerId}")
  Call<KeyManager> getKeyManager(@Path("keyManagerId") String id);

  @POST("key-managers")
  Call<KeyManager> createKeyManager(@Body KeyManager keyManager);

  @PUT("key-managers/{keyManagerId}")
  Call<KeyManager> updateKeyManager(@Path("keyManagerId") String id, @Body KeyManager keyManager);

  @DELETE("key-managers/{keyManagerId}")
  Call<Void> deleteKeyManager(@Path("keyManagerId") String id);

  @Multipart
  @POST("key-managers/discover")
  Call<KeyManagerDiscovery> discover(@Part MultipartBody.Part url, @Part MultipartBody.Part type);

  @GET("workflows")
  Call<ListBody<WorkflowInfo>> workflows(
      @Query("workflowType") String workflowType,
      @Query("limit") Integer limit,
      @Query("offset") Integer offset);

  @GET("workflows/{externalWorkflowRef}")
  Call<WorkflowInfo> workflow(@Path("externalWorkflowRef") String ref);

  @POST("workflows/update-workflow-status")
  Call<Map<String, Object>> updateWorkflowStatus(
      @Query("workflowReferenceId") String ref, @Body WorkflowStatusUpdate body);

  @GET("throttling/policies/{level}")
  Call<ThrottlePolicyList> throttlingPolicies(@Path("level") String level);

  @GET("applications")
  Call<ListBody<AdminApplication>> applications(
      @Query("user") String user,
      @Query("name") String name,
      @Query("limit") Integer limit,
      @Query("offset") Integer offset);

  @DELETE("applications/{applicationId}")
  Call<Void> deleteApplication(@Path("applicationId") String applicationId);

  @POST("applications/{applicationId}/change-owner")
  Call<Void> changeApplicationOwner(
      @Path("applicationId") String applicationId, @Query("owner") String owner);
}
