package io.github.fsonboard.benchmarks;

import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.github.fsonboard.apim.devportal.Application;
import io.github.fsonboard.apim.devportal.DevPortal;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.auth.TokenProvider;
import io.github.fsonboard.core.http.BaseUrl;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.HttpTransport;
import java.io.IOException;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The program {@link ColdStart} launches in a fresh JVM: one devportal "get application" call, with
 * the SDK ({@code sdk}) or with bare OkHttp + Moshi ({@code bare}), then exit.
 */
public final class ColdStartCall {
  private ColdStartCall() {}

  /**
   * Makes one call.
   *
   * @param args {@code sdk|bare} and the server base URL
   * @throws IOException on failure of the bare call
   */
  public static void main(String[] args) throws IOException {
    String base = args[1];
    String name;
    if ("sdk".equals(args[0])) {
      try (HttpTransport transport = HttpTransport.create(HttpConfig.defaults())) {
        Application app =
            DevPortal.create(transport, BaseUrl.of(base), TokenProvider.of(Secret.of("cold")))
                .applications()
                .get(LoopbackServer.APPLICATION_ID);
        name = app.name();
      }
    } else {
      OkHttpClient client = new OkHttpClient();
      Request request =
          new Request.Builder()
              .url(base + LoopbackServer.APPLICATION_PATH)
              .header("Authorization", "Bearer cold")
              .build();
      try (Response response = client.newCall(request).execute()) {
        Map<String, Object> body =
            new Moshi.Builder()
                .build()
                .<Map<String, Object>>adapter(
                    Types.newParameterizedType(Map.class, String.class, Object.class))
                .fromJson(response.body().source());
        name = String.valueOf(body.get("name"));
      }
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
    System.out.println("first call done: " + name);
  }
}
