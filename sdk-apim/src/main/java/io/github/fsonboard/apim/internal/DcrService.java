package io.github.fsonboard.apim.internal;

import io.github.fsonboard.core.internal.http.RetrySafe;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.Headers;
import retrofit2.http.POST;

/** APIM's REST-API client registration (DCR v0.17), authenticated with the user's Basic auth. */
interface DcrService {
  // Safe to repeat after a lost response: the client name is stable per user, so the server either
  // returns the same client or answers 403, after which RestApiSignIn registers a suffixed name,
  // which is what a new process would do anyway.
  @Headers(RetrySafe.HEADER_LINE)
  @POST("client-registration/v0.17/register")
  Call<DcrResponse> register(@Body DcrRequest request);
}
