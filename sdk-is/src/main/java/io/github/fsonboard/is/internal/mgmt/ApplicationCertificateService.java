package io.github.fsonboard.is.internal.mgmt;

import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.PATCH;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * WSO2 IS application management, for an application's certificate (wso2-contracts §9b; the calls
 * FS's {@code IdentityServerUtils} makes).
 */
public interface ApplicationCertificateService {
  /**
   * GET /api/server/v1/applications?filter=clientId eq X.
   *
   * @param filter the filter
   * @return the call
   */
  @GET("api/server/v1/applications")
  Call<Map<String, Object>> list(@Query("filter") String filter);

  /**
   * GET /api/server/v1/applications/{id}.
   *
   * @param id the application id
   * @return the call
   */
  @GET("api/server/v1/applications/{id}")
  Call<Map<String, Object>> get(@Path("id") String id);

  /**
   * PATCH /api/server/v1/applications/{id} (200).
   *
   * @param id the application id
   * @param body e.g. {@code advancedConfigurations.certificate}
   * @return the call
   */
  @PATCH("api/server/v1/applications/{id}")
  Call<Void> patch(@Path("id") String id, @Body Map<String, Object> body);
}
