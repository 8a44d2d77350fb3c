package io.github.fsonboard.benchmarks;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.github.fsonboard.apim.devportal.Application;
import io.github.fsonboard.apim.devportal.DevPortal;
import io.github.fsonboard.core.auth.ClientAuthentication;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.auth.TokenProvider;
import io.github.fsonboard.core.http.BaseUrl;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.oauth.OAuthTokenClient;
import io.github.fsonboard.core.oauth.TokenRequest;
import io.github.fsonboard.core.oauth.TokenResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * (1) SDK overhead per call: an SDK call against the bare OkHttp + Moshi request that does the same
 * work (same URL, same headers, same JSON decoding) on the same loopback server. Methods come in
 * {@code sdkX} / {@code bareX} pairs; the results table divides their medians.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CallOverheadBenchmark {
  private static final String ACCESS_TOKEN = "bench-static-token";
  private static final String CLIENT_ID = "bench-client";
  private static final String CLIENT_SECRET = "bench-client-secret";

  private LoopbackServer server;
  private HttpTransport transport;
  private DevPortal devportal;
  private OAuthTokenClient tokens;
  private OkHttpClient bare;
  private JsonAdapter<Map<String, Object>> mapAdapter;
  private String applicationUrl;
  private String tokenUrl;

  /**
   * Starts the server and builds both clients.
   *
   * @throws IOException when the server cannot start
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    server = LoopbackServer.start();
    transport = HttpTransport.create(HttpConfig.defaults());
    devportal =
        DevPortal.create(
            transport, BaseUrl.of(server.baseUrl()), TokenProvider.of(Secret.of(ACCESS_TOKEN)));
    tokens =
        OAuthTokenClient.builder()
            .tokenEndpoint(server.baseUrl() + LoopbackServer.TOKEN_PATH)
            .clientAuthentication(
                ClientAuthentication.clientSecretBasic(CLIENT_ID, Secret.of(CLIENT_SECRET)))
            .transport(transport)
            .build();
    // Same timeouts as the SDK's defaults: a call timeout costs a watchdog hand-off per call, which
    // is configuration, not SDK overhead.
    HttpConfig defaults = HttpConfig.defaults();
    bare =
        new OkHttpClient.Builder()
            .connectTimeout(defaults.connectTimeout())
            .readTimeout(defaults.readTimeout())
            .writeTimeout(defaults.writeTimeout())
            .callTimeout(defaults.callTimeout())
            .build();
    mapAdapter =
        new Moshi.Builder()
            .build()
            .adapter(Types.newParameterizedType(Map.class, String.class, Object.class));
    applicationUrl = server.baseUrl() + LoopbackServer.APPLICATION_PATH;
    tokenUrl = server.baseUrl() + LoopbackServer.TOKEN_PATH;
  }

  /** Stops the server and releases both clients. */
  @TearDown(Level.Trial)
  public void tearDown() {
    System.out.println("\nloopback server: " + server.connectionReport());
    transport.close();
    bare.dispatcher().executorService().shutdown();
    bare.connectionPool().evictAll();
    server.close();
  }

  /**
   * SDK: {@code devportal.applications().get(id)}.
   *
   * @return the application
   */
  @Benchmark
  public Application sdkGetApplication() {
    return devportal.applications().get(LoopbackServer.APPLICATION_ID);
  }

  /**
   * Bare OkHttp + Moshi: the same GET with the same bearer header, decoded to a map.
   *
   * @return the decoded body
   * @throws IOException on I/O failure
   */
  @Benchmark
  public Map<String, Object> bareGetApplication() throws IOException {
    Request request =
        new Request.Builder()
            .url(applicationUrl)
            .header("Authorization", "Bearer " + ACCESS_TOKEN)
            .header("Accept", "application/json")
            .build();
    try (Response response = bare.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("HTTP " + response.code());
      }
      return mapAdapter.fromJson(response.body().source());
    }
  }

  /**
   * SDK: a client_credentials token request with client_secret_basic.
   *
   * @return the token response
   */
  @Benchmark
  public TokenResponse sdkTokenRequest() {
    return tokens.request(TokenRequest.clientCredentials("accounts"));
  }

  /**
   * Bare OkHttp + Moshi: the same form POST with HTTP Basic client authentication.
   *
   * @return the decoded body
   * @throws IOException on I/O failure
   */
  @Benchmark
  public Map<String, Object> bareTokenRequest() throws IOException {
    Request request =
        new Request.Builder()
            .url(tokenUrl)
            .header("Authorization", Credentials.basic(CLIENT_ID, CLIENT_SECRET))
            .header("Accept", "application/json")
            .post(
                new FormBody.Builder()
                    .add("grant_type", "client_credentials")
                    .add("scope", "accounts")
                    .build())
            .build();
    try (Response response = bare.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("HTTP " + response.code());
      }
      return mapAdapter.fromJson(response.body().source());
    }
  }
}
