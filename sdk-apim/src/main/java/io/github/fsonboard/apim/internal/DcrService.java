package io.github.fsonboard.apim.internal;

import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.POST;

/** APIM's REST-API client registration (DCR v0.17), authenticated with the user's Basic auth. */
interface DcrService {
  @POST("client-registration/v0.17/register")
  Call<DcrResponse> register(@Body DcrRequest request);
}
