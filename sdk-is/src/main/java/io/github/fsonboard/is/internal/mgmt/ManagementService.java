package io.github.fsonboard.is.internal.mgmt;

import java.util.List;
import java.util.Map;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.HEAD;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/** WSO2 IS JSON management APIs: API resources, OAuth2 scopes, applications, self sign-up. */
public interface ManagementService {
  /**
   * POST /api/server/v1/api-resources (201 + Location).
   *
   * @param body the resource
   * @return the call
   */
  @POST("api/server/v1/api-resources")
  Call<ResponseBody> createApiResource(@Body Map<String, Object> body);

  /**
   * GET /api/server/v1/api-resources.
   *
   * @param filter e.g. {@code identifier eq X}, or null
   * @param limit page size, or null
   * @param after cursor, or null
   * @param before cursor, or null
   * @return the call
   */
  @GET("api/server/v1/api-resources")
  Call<Map<String, Object>> listApiResources(
      @Query("filter") String filter,
      @Query("limit") Integer limit,
      @Query("after") String after,
      @Query("before") String before);

  /**
   * GET /api/server/v1/api-resources/{id}.
   *
   * @param id the id
   * @return the call
   */
  @GET("api/server/v1/api-resources/{id}")
  Call<Map<String, Object>> getApiResource(@Path("id") String id);

  /**
   * PATCH /api/server/v1/api-resources/{id}.
   *
   * @param id the id
   * @param body {@code name}, {@code description}, {@code addedScopes}
   * @return the call
   */
  @PATCH("api/server/v1/api-resources/{id}")
  Call<Void> patchApiResource(@Path("id") String id, @Body Map<String, Object> body);

  /**
   * DELETE /api/server/v1/api-resources/{id}/scopes/{scopeName} (204).
   *
   * @param id the resource id
   * @param scopeName the scope name
   * @return the call
   */
  @DELETE("api/server/v1/api-resources/{id}/scopes/{scopeName}")
  Call<Void> deleteApiResourceScope(@Path("id") String id, @Path("scopeName") String scopeName);

  /**
   * DELETE /api/server/v1/api-resources/{id}.
   *
   * @param id the id
   * @return the call
   */
  @DELETE("api/server/v1/api-resources/{id}")
  Call<Void> deleteApiResource(@Path("id") String id);

  /**
   * POST /api/identity/oauth2/v1.0/scopes.
   *
   * @param body the scope
   * @return the call
   */
  @POST("api/identity/oauth2/v1.0/scopes")
  Call<ResponseBody> createScope(@Body Map<String, Object> body);

  /**
   * GET /api/identity/oauth2/v1.0/scopes.
   *
   * @return the call
   */
  @GET("api/identity/oauth2/v1.0/scopes")
  Call<List<Map<String, Object>>> listScopes();

  /**
   * GET /api/identity/oauth2/v1.0/scopes/name/{name}.
   *
   * @param name the scope name
   * @return the call
   */
  @GET("api/identity/oauth2/v1.0/scopes/name/{name}")
  Call<Map<String, Object>> getScope(@Path("name") String name);

  /**
   * PUT /api/identity/oauth2/v1.0/scopes/name/{name}.
   *
   * @param name the scope name
   * @param body {@code displayName}, {@code description}, {@code bindings}
   * @return the call
   */
  @PUT("api/identity/oauth2/v1.0/scopes/name/{name}")
  Call<ResponseBody> updateScope(@Path("name") String name, @Body Map<String, Object> body);

  /**
   * DELETE /api/identity/oauth2/v1.0/scopes/name/{name}.
   *
   * @param name the scope name
   * @return the call
   */
  @DELETE("api/identity/oauth2/v1.0/scopes/name/{name}")
  Call<Void> deleteScope(@Path("name") String name);

  /**
   * HEAD /api/identity/oauth2/v1.0/scopes/name/{name}.
   *
   * @param name the scope name
   * @return the call
   */
  @HEAD("api/identity/oauth2/v1.0/scopes/name/{name}")
  Call<Void> scopeExists(@Path("name") String name);

  /**
   * POST /api/server/v1/applications/{appId}/authorized-apis.
   *
   * @param applicationId the application id
   * @param body {@code id}, {@code policyIdentifier}, {@code scopes}
   * @return the call
   */
  @POST("api/server/v1/applications/{appId}/authorized-apis")
  Call<Void> authorizeApi(@Path("appId") String applicationId, @Body Map<String, Object> body);

  /**
   * POST /api/identity/user/v1.0/me (self sign-up).
   *
   * @param body {@code user}, {@code properties}
   * @return the call
   */
  @POST("api/identity/user/v1.0/me")
  Call<ResponseBody> selfRegister(@Body Map<String, Object> body);
}
