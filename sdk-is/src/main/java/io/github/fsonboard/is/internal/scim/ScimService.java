package io.github.fsonboard.is.internal.scim;

import java.util.Map;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.Headers;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/** SCIM 2.0 endpoints of WSO2 IS: Users, Me and Roles v2, all {@code application/scim+json}. */
public interface ScimService {
  /** SCIM's media type (RFC 7644 §8.1). */
  String SCIM_JSON = "application/scim+json";

  /**
   * POST /scim2/Users.
   *
   * @param user the resource
   * @return the call
   */
  @POST("scim2/Users")
  @Headers({"Content-Type: " + SCIM_JSON, "Accept: " + SCIM_JSON})
  Call<Map<String, Object>> createUser(@Body Map<String, Object> user);

  /**
   * GET /scim2/Users.
   *
   * @param filter a SCIM filter, or null
   * @param startIndex 1-based, or null
   * @param count page size, or null
   * @return the call
   */
  @GET("scim2/Users")
  @Headers("Accept: " + SCIM_JSON)
  Call<Map<String, Object>> listUsers(
      @Query("filter") String filter,
      @Query("startIndex") Integer startIndex,
      @Query("count") Integer count);

  /**
   * GET /scim2/Users/{id}.
   *
   * @param id the user id
   * @return the call
   */
  @GET("scim2/Users/{id}")
  @Headers("Accept: " + SCIM_JSON)
  Call<Map<String, Object>> getUser(@Path("id") String id);

  /**
   * DELETE /scim2/Users/{id}.
   *
   * @param id the user id
   * @return the call
   */
  @DELETE("scim2/Users/{id}")
  Call<Void> deleteUser(@Path("id") String id);

  /**
   * GET /scim2/Me.
   *
   * @return the call
   */
  @GET("scim2/Me")
  @Headers("Accept: " + SCIM_JSON)
  Call<Map<String, Object>> me();

  /**
   * POST /scim2/v2/Roles.
   *
   * @param role the resource
   * @return the call
   */
  @POST("scim2/v2/Roles")
  @Headers({"Content-Type: " + SCIM_JSON, "Accept: " + SCIM_JSON})
  Call<Map<String, Object>> createRole(@Body Map<String, Object> role);

  /**
   * GET /scim2/v2/Roles.
   *
   * @param filter a SCIM filter, or null
   * @param startIndex 1-based, or null
   * @param count page size, or null
   * @return the call
   */
  @GET("scim2/v2/Roles")
  @Headers("Accept: " + SCIM_JSON)
  Call<Map<String, Object>> listRoles(
      @Query("filter") String filter,
      @Query("startIndex") Integer startIndex,
      @Query("count") Integer count);

  /**
   * GET /scim2/v2/Roles/{id}.
   *
   * @param id the role id
   * @return the call
   */
  @GET("scim2/v2/Roles/{id}")
  @Headers("Accept: " + SCIM_JSON)
  Call<Map<String, Object>> getRole(@Path("id") String id);

  /**
   * PATCH /scim2/v2/Roles/{id} with a PatchOp.
   *
   * @param id the role id
   * @param patch the PatchOp message
   * @return the call
   */
  @PATCH("scim2/v2/Roles/{id}")
  @Headers({"Content-Type: " + SCIM_JSON, "Accept: " + SCIM_JSON})
  Call<ResponseBody> patchRole(@Path("id") String id, @Body Map<String, Object> patch);

  /**
   * DELETE /scim2/v2/Roles/{id}.
   *
   * @param id the role id
   * @return the call
   */
  @DELETE("scim2/v2/Roles/{id}")
  Call<Void> deleteRole(@Path("id") String id);
}
