package io.github.fsonboard.is.dcr;

import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Query;
import retrofit2.http.Url;

/**
 * RFC 7591/7592 and WSO2 DCR v1.1 calls. URLs are absolute because they come from discovery or from
 * {@code registration_client_uri}. A non-null {@code authorization} overrides the service's own
 * credentials (RFC 7592's registration access token).
 */
interface DcrService {
  /**
   * Registers a client.
   *
   * @param url the registration endpoint
   * @param body the metadata
   * @return the call
   */
  @POST
  Call<Map<String, Object>> register(@Url String url, @Body Map<String, Object> body);

  /**
   * Reads a client.
   *
   * @param url the client's URL
   * @param authorization an {@code Authorization} value, or null
   * @return the call
   */
  @GET
  Call<Map<String, Object>> read(@Url String url, @Header("Authorization") String authorization);

  /**
   * WSO2: finds a client by name ({@code client_name} is a query parameter, not a path segment).
   *
   * @param url the registration endpoint
   * @param clientName the name
   * @return the call
   */
  @GET
  Call<Map<String, Object>> findByName(@Url String url, @Query("client_name") String clientName);

  /**
   * Replaces a client's metadata.
   *
   * @param url the client's URL
   * @param authorization an {@code Authorization} value, or null
   * @param body the metadata
   * @return the call
   */
  @PUT
  Call<Map<String, Object>> update(
      @Url String url,
      @Header("Authorization") String authorization,
      @Body Map<String, Object> body);

  /**
   * Deletes a client.
   *
   * @param url the client's URL
   * @param authorization an {@code Authorization} value, or null
   * @return the call
   */
  @DELETE
  Call<Void> delete(@Url String url, @Header("Authorization") String authorization);
}
