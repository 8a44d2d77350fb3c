package io.github.fsonboard.core.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.fsonboard.core.auth.Authentication;
import io.github.fsonboard.core.error.ApiException;
import io.github.fsonboard.core.error.AuthenticationException;
import io.github.fsonboard.core.error.AuthorizationException;
import io.github.fsonboard.core.error.BadRequestException;
import io.github.fsonboard.core.error.ConflictException;
import io.github.fsonboard.core.error.ErrorDetail;
import io.github.fsonboard.core.error.FsOnboardException;
import io.github.fsonboard.core.error.NotFoundException;
import io.github.fsonboard.core.error.RateLimitException;
import io.github.fsonboard.core.error.ServerException;
import io.github.fsonboard.core.http.BaseUrl;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.RetryPolicy;
import java.time.Duration;
import java.util.Map;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;

/** Public, and so is {@link Thing}: Moshi's record adapter only binds public records. */
public class ErrorMappingTest {
  private static WireMockServer wm;
  private static HttpEngine engine;

  @BeforeAll
  static void start() {
    wm = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
    wm.start();
    engine = HttpEngine.create(HttpConfig.builder().retryPolicy(RetryPolicy.none()).build());
  }

  @AfterAll
  static void stop() {
    wm.stop();
    engine.close();
  }

  @BeforeEach
  void reset() {
    wm.resetAll();
  }

  private static ApiException fail(
      String method, String path, int status, String type, String body) {
    var response = aResponse().withStatus(status);
    if (type != null) {
      response.withHeader("Content-Type", type);
    }
    if (body != null) {
      response.withBody(body);
    }
    wm.stubFor(any(anyUrl()).willReturn(response));
    Request request =
        new Request.Builder()
            .url(wm.url(path))
            .method(method, method.equals("GET") ? null : RequestBody.create(new byte[0]))
            .build();
    Throwable t =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> RawCall.execute(engine.client(Authentication.none()), request));
    assertThat(t).isInstanceOf(ApiException.class);
    return (ApiException) t;
  }

  @Test
  void wso2ErrorShape() {
    ApiException e =
        fail(
            "POST",
            "/api/am/admin/v4/key-managers",
            409,
            "application/json",
            """
            {"code":901402,"message":"Key Manager Already Exists",
             "description":"Key manager with name FSKM already exists",
             "moreInfo":"https://docs","error":[{"code":"900","message":"name","description":"taken"}]}
            """);

    assertThat(e).isInstanceOf(ConflictException.class);
    assertThat(e.status()).isEqualTo(409);
    assertThat(e.method()).isEqualTo("POST");
    assertThat(e.url()).isEqualTo(wm.url("/api/am/admin/v4/key-managers"));
    assertThat(e.payload().code()).isEqualTo("901402");
    assertThat(e.payload().message()).isEqualTo("Key Manager Already Exists");
    assertThat(e.payload().description()).isEqualTo("Key manager with name FSKM already exists");
    assertThat(e.payload().moreInfo()).isEqualTo("https://docs");
    assertThat(e.payload().details()).containsExactly(new ErrorDetail("900", "name", "taken"));
    assertThat(e.payload().errorCode()).contains("901402");
    assertThat(e.getMessage())
        .contains("HTTP 409", "POST", "/api/am/admin/v4/key-managers")
        .contains("901402 Key Manager Already Exists: Key manager with name FSKM already exists")
        .contains("900 name: taken");
  }

  @Test
  void oauthInvalidGrant() {
    ApiException e =
        fail(
            "POST",
            "/oauth2/token",
            400,
            "application/json",
            "{\"error\":\"invalid_grant\",\"error_description\":\"PKCE validation failed\"}");

    assertThat(e).isInstanceOf(BadRequestException.class);
    assertThat(e.payload().error()).isEqualTo("invalid_grant");
    assertThat(e.payload().errorDescription()).isEqualTo("PKCE validation failed");
    assertThat(e.payload().errorCode()).contains("invalid_grant");
    assertThat(e.getMessage())
        .contains("POST", "/oauth2/token", "invalid_grant: PKCE validation failed");
  }

  @Test
  void oauthInvalidClient() {
    ApiException e =
        fail(
            "POST",
            "/oauth2/token",
            401,
            "application/json",
            "{\"error\":\"invalid_client\",\"error_description\":\"Client Authentication failed.\"}");

    assertThat(e).isInstanceOf(AuthenticationException.class);
    assertThat(e.payload().error()).isEqualTo("invalid_client");
    assertThat(e.getMessage()).contains("invalid_client: Client Authentication failed.");
  }

  @Test
  void scimErrorShape() {
    ApiException e =
        fail(
            "POST",
            "/scim2/Users",
            409,
            "application/scim+json",
            """
            {"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],
             "status":"409","scimType":"uniqueness","detail":"User name already exists"}
            """);

    assertThat(e).isInstanceOf(ConflictException.class);
    assertThat(e.payload().scimStatus()).isEqualTo("409");
    assertThat(e.payload().scimType()).isEqualTo("uniqueness");
    assertThat(e.payload().detail()).isEqualTo("User name already exists");
    assertThat(e.payload().contentType()).isEqualTo("application/scim+json");
    assertThat(e.payload().errorCode()).contains("uniqueness");
    assertThat(e.getMessage()).contains("uniqueness: User name already exists");
  }

  @Test
  void traceIdIsKeptAndShown() {
    ApiException e =
        fail(
            "GET",
            "/api/x",
            500,
            "application/json",
            "{\"code\":\"500\",\"message\":\"Internal server error\",\"traceId\":\"7f3c-11aa\"}");

    assertThat(e).isInstanceOf(ServerException.class);
    assertThat(e.payload().traceId()).isEqualTo("7f3c-11aa");
    assertThat(e.traceId()).contains("7f3c-11aa");
    assertThat(e.getMessage()).contains("500 Internal server error", "traceId 7f3c-11aa");
  }

  @Test
  void noTraceIdIsEmpty() {
    ApiException e = fail("GET", "/api/x", 404, "application/json", "{\"code\":\"404\"}");
    assertThat(e.traceId()).isEmpty();
  }

  @Test
  void htmlErrorPageYieldsReadableMessageWithoutMarkup() {
    ApiException e =
        fail(
            "GET",
            "/api/x",
            502,
            "text/html",
            """
            <!DOCTYPE html><html><head><title>502 Bad Gateway</title>
            <style>body { color: red; }</style><script>var a = "<b>";</script></head>
            <body><h1>Bad Gateway</h1><p>The upstream server is unreachable.</p></body></html>
            """);

    assertThat(e).isInstanceOf(ServerException.class);
    assertThat(e.getMessage())
        .contains("HTTP 502", "GET", "Bad Gateway", "The upstream server is unreachable.")
        .doesNotContain("<", ">", "color: red", "var a");
    assertThat(e.payload().contentType()).isEqualTo("text/html");
  }

  @Test
  void emptyBodyStillYieldsUsefulMessage() {
    ApiException e = fail("POST", "/api/identity/oauth2/dcr/v1.1/register", 401, null, null);

    assertThat(e).isInstanceOf(AuthenticationException.class);
    assertThat(e.payload().rawBody()).isEmpty();
    assertThat(e.payload().errorCode()).isEmpty();
    assertThat(e.getMessage())
        .isEqualTo(
            "HTTP 401 from POST "
                + wm.url("/api/identity/oauth2/dcr/v1.1/register")
                + " (no error body)");
  }

  @Test
  void nonJsonTextBody() {
    ApiException e = fail("GET", "/x", 503, "text/plain", "Service temporarily unavailable");

    assertThat(e).isInstanceOf(ServerException.class);
    assertThat(e.payload().rawBody()).isEqualTo("Service temporarily unavailable");
    assertThat(e.getMessage()).endsWith(": Service temporarily unavailable");
  }

  @Test
  void truncatedJsonBody() {
    ApiException e =
        fail("GET", "/x", 400, "application/json", "{\"code\":\"900\",\"message\":\"Unauthen");

    assertThat(e).isInstanceOf(BadRequestException.class);
    assertThat(e.payload().rawBody()).contains("Unauthen");
    assertThat(e.getMessage()).contains("HTTP 400", "Unauthen");
  }

  @Test
  void hugeBodyIsBoundedAndStillTyped() {
    String huge = "{\"code\":\"X1\",\"message\":\"" + "y".repeat(3 * 1024 * 1024) + "\"}";
    ApiException e = fail("GET", "/x", 500, "application/json", huge);

    assertThat(e).isInstanceOf(ServerException.class);
    assertThat(e.payload().rawBody().length()).isLessThanOrEqualTo(4 * 1024);
    assertThat(e.getMessage().length()).isLessThan(70 * 1024);
  }

  @Test
  void hugeHtmlBodyMessageIsShort() {
    String huge = "<html><body>" + "<p>error</p>".repeat(500_000) + "</body></html>";
    ApiException e = fail("GET", "/x", 503, "text/html", huge);

    assertThat(e).isInstanceOf(ServerException.class);
    assertThat(e.getMessage().length()).isLessThan(500);
  }

  @ParameterizedTest
  @CsvSource({
    "400,BadRequestException",
    "401,AuthenticationException",
    "403,AuthorizationException",
    "404,NotFoundException",
    "409,ConflictException",
    "422,BadRequestException",
    "429,RateLimitException",
    "500,ServerException",
    "502,ServerException",
    "503,ServerException",
    "504,ServerException",
    "418,ApiException"
  })
  void statusesMapToSubtypes(int status, String simpleName) {
    ApiException e = fail("DELETE", "/things/1", status, "application/json", "{\"message\":\"m\"}");

    assertThat(e.getClass().getSimpleName()).isEqualTo(simpleName);
    assertThat(e.status()).isEqualTo(status);
    assertThat(e.getMessage()).startsWith("HTTP " + status + " from DELETE " + wm.url("/things/1"));
  }

  @Test
  void subtypeHierarchy() {
    assertThat(ApiException.of(403, "GET", "u", null)).isInstanceOf(AuthorizationException.class);
    assertThat(ApiException.of(404, "GET", "u", null)).isInstanceOf(NotFoundException.class);
    assertThat(ApiException.of(429, "GET", "u", null)).isInstanceOf(RateLimitException.class);
    assertThat(ApiException.of(599, "GET", "u", null)).isInstanceOf(ServerException.class);
    assertThat(ApiException.of(404, "GET", "u", null).payload()).isNotNull();
  }

  @Test
  void urlQuerySecretsAreRedactedInMessage() {
    ApiException e = fail("GET", "/cb?code=abc123&access_token=tok987&state=s1", 404, null, null);

    assertThat(e.url()).contains("code=****", "access_token=****", "state=s1");
    assertThat(e.getMessage()).doesNotContain("abc123", "tok987");
  }

  @Test
  void rateLimitRetryAfterIsExposed() {
    wm.stubFor(
        get(anyUrl()).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "12")));
    Request r = new Request.Builder().url(wm.url("/x")).build();

    assertThatThrownBy(() -> RawCall.execute(engine.client(null), r))
        .asInstanceOf(type(RateLimitException.class))
        .satisfies(e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(12)));
  }

  // ---- Retrofit path (Calls) ----

  /** A DTO. */
  public record Thing(String name, int size) {}

  interface Api {
    @GET("things/{id}")
    Call<Thing> get(@Path("id") String id);

    @POST("things")
    Call<Void> create(@Body Thing thing);

    @GET("things")
    Call<Map<String, Object>> list();
  }

  private static Api api() {
    return engine.service(BaseUrl.of(wm.baseUrl() + "/api/v1/"), Authentication.none(), Api.class);
  }

  @Test
  void anEmptySuccessBodyDecodesAsNullNotAsATransportError() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/things/9"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withHeader("Location", "/api/v1/things/9")));

    HttpResult<Thing> result = Calls.exchange(api().get("9"));

    assertThat(result.status()).isEqualTo(201);
    assertThat(result.body()).isNull();
    assertThat(result.header("Location")).isEqualTo("/api/v1/things/9");
  }

  @Test
  void retrofitCallsUseThePathPrefixAndDecodeRecords() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/things/7"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withHeader("X-Trace", "t1")
                    .withBody("{\"name\":\"seven\",\"size\":7,\"extra\":true}")));

    HttpResult<Thing> result = Calls.exchange(api().get("7"));

    assertThat(result.status()).isEqualTo(200);
    assertThat(result.body()).isEqualTo(new Thing("seven", 7));
    assertThat(result.header("x-TRACE")).isEqualTo("t1");
  }

  @Test
  void retrofitEmptyBodyIsNull() {
    wm.stubFor(post(urlPathEqualTo("/api/v1/things")).willReturn(aResponse().withStatus(201)));

    assertThat(Calls.execute(api().create(new Thing("a", 1)))).isNull();
  }

  @Test
  void retrofitErrorsAreMappedToo() {
    wm.stubFor(
        post(urlPathEqualTo("/api/v1/things"))
            .willReturn(
                aResponse()
                    .withStatus(409)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"code\":\"901402\",\"message\":\"exists\"}")));

    assertThatThrownBy(() -> Calls.execute(api().create(new Thing("a", 1))))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("POST " + wm.url("/api/v1/things"))
        .hasMessageContaining("901402 exists");
  }

  @Test
  void retrofitHugeErrorBodyIsBounded() {
    wm.stubFor(
        get(anyUrl())
            .willReturn(aResponse().withStatus(500).withBody("z".repeat(2 * 1024 * 1024))));

    assertThatThrownBy(() -> Calls.execute(api().list()))
        .isInstanceOfSatisfying(
            ServerException.class,
            e -> assertThat(e.payload().rawBody().length()).isLessThanOrEqualTo(4096));
  }

  @Test
  void malformedSuccessBodyIsAnSdkException() {
    wm.stubFor(
        get(anyUrl())
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"name\": [1,2")));

    assertThatThrownBy(() -> Calls.execute(api().get("1")))
        .isExactlyInstanceOf(FsOnboardException.class)
        .hasMessageContaining("Malformed response body from GET");
  }

  @Test
  void wrongTypeSuccessBodyIsAnSdkException() {
    wm.stubFor(
        get(anyUrl())
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"name\": {\"x\":1}, \"size\": 1}")));

    assertThatThrownBy(() -> Calls.execute(api().get("1")))
        .isExactlyInstanceOf(FsOnboardException.class);
  }
}
