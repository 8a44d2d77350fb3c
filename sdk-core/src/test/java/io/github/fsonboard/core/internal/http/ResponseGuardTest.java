package io.github.fsonboard.core.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.fsonboard.core.auth.Authentication;
import io.github.fsonboard.core.auth.BasicCredentials;
import io.github.fsonboard.core.error.ApiException;
import io.github.fsonboard.core.error.FsOnboardException;
import io.github.fsonboard.core.error.ServerException;
import io.github.fsonboard.core.error.UnexpectedResponseException;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.http.BaseUrl;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.ResponseLimits;
import io.github.fsonboard.core.http.RetryPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;

/** The one bounded, scrubbing path every response body takes ({@link ResponseGuard}). */
class ResponseGuardTest {
  private static final String PASSWORD = "hunter2-Sup3rSecret";
  private static WireMockServer wm;
  private static HttpEngine engine;
  private static Api api;

  interface Api {
    @GET("things/{id}")
    Call<Map<String, Object>> get(@Path("id") String id);

    @DELETE("things/{id}")
    Call<Void> delete(@Path("id") String id);

    @POST("things")
    Call<Map<String, Object>> create(@Body Map<String, Object> body);
  }

  @BeforeAll
  static void start() {
    wm =
        new WireMockServer(
            wireMockConfig().bindAddress("127.0.0.1").dynamicPort().gzipDisabled(true));
    wm.start();
    engine =
        HttpEngine.create(
            HttpConfig.builder()
                .callTimeout(Duration.ofSeconds(5))
                .responseLimits(ResponseLimits.defaults().withApiBody(4096).withErrorBody(1024))
                .build());
    api =
        engine.service(
            BaseUrl.of(wm.baseUrl(), "baseUrl"),
            Authentication.basic(BasicCredentials.of("admin", PASSWORD)),
            Api.class);
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

  private static int requests() {
    return wm.findAll(anyRequestedFor(anyUrl())).size();
  }

  @Test
  void aHtmlPageOnA2xxIsATypedErrorWithStatusTypeAndExcerpt() {
    wm.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/html")
                    .withBody("<html><body>Proxy login " + PASSWORD + "</body></html>")));
    assertThatThrownBy(() -> Calls.execute(api.get("a")))
        .isInstanceOfSatisfying(
            UnexpectedResponseException.class,
            e -> {
              assertThat(e.status()).isEqualTo(200);
              assertThat(e.contentType()).isEqualTo("text/html");
              assertThat(e.excerpt())
                  .startsWith("<html><body>Proxy login")
                  .doesNotContain(PASSWORD);
              assertThat(e.getMessage())
                  .contains("not JSON", "text/html")
                  .doesNotContain("setLenient")
                  .doesNotContain(PASSWORD);
            });
  }

  @Test
  void a2xxBodyOverItsLimitFailsTyped() {
    wm.stubFor(
        any(anyUrl()).willReturn(aResponse().withBody("{\"a\":\"" + "x".repeat(10_000) + "\"}")));
    assertThatThrownBy(() -> Calls.execute(api.get("a")))
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageContaining("larger than 4096 bytes");
  }

  @Test
  void aChunkedBodyWithoutLengthIsCountedAsItIsRead() {
    // No Content-Length to check up front: the bytes themselves are counted.
    wm.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withBody("{\"a\":\"" + "x".repeat(10_000) + "\"}")
                    .withChunkedDribbleDelay(4, 4)));
    assertThatThrownBy(() -> Calls.execute(api.get("a")))
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageContaining("larger than 4096 bytes");
  }

  @Test
  void aBodyWithinItsLengthAndLimitIsReadWhole() {
    String value = "x".repeat(3000);
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withBody("{\"a\":\"" + value + "\"}")));
    assertThat(Calls.execute(api.get("a"))).containsEntry("a", value);
  }

  @Test
  void aGzipBombCountsAtItsInflatedSize() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write("{\"a\":\"".getBytes(StandardCharsets.US_ASCII));
      gz.write(new byte[5_000_000]);
    }
    wm.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse().withHeader("Content-Encoding", "gzip").withBody(bytes.toByteArray())));
    assertThat(bytes.size()).isLessThan(4096 * 2);
    assertThatThrownBy(() -> Calls.execute(api.get("a")))
        .isInstanceOf(UnexpectedResponseException.class);
  }

  @Test
  void anErrorBodyIsCutAndScrubbedOfTheCredentialsSent() {
    String basic =
        java.util.Base64.getEncoder()
            .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    wm.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withBody(
                        "{\"message\":\"bad header Basic "
                            + basic
                            + " for "
                            + PASSWORD
                            + "\",\"pad\":\""
                            + "p".repeat(100_000)
                            + "\"}")));
    assertThatThrownBy(() -> Calls.execute(api.get("a")))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.getMessage()).doesNotContain(basic).doesNotContain(PASSWORD);
              assertThat(e.payload().rawBody().length()).isLessThanOrEqualTo(4096);
              assertThat(e.payload().rawBody()).doesNotContain(basic).doesNotContain(PASSWORD);
            });
  }

  @Test
  void aDuplicatedKeyNeverQuotesItsValues() {
    wm.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse().withBody("{\"secretish\":\"S1-value\",\"secretish\":\"S2-value\"}")));
    assertThatThrownBy(() -> Calls.execute(api.get("a")))
        .isInstanceOf(FsOnboardException.class)
        .hasMessageContaining("a key appears twice")
        .hasMessageNotContaining("S1-value")
        .hasMessageNotContaining("S2-value");
  }

  @Test
  void pathTraversalIdsAreRefusedBeforeAnythingIsSent() {
    for (String id : new String[] {"..", ".", "a/b", "a\\b", "a\nb", " "}) {
      assertThatThrownBy(() -> Calls.execute(api.delete(id)))
          .as(id)
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("id");
    }
    assertThat(requests()).isZero();
  }

  @Test
  void aPostAnswered503WithRetryAfterZeroIsSentOnce() {
    wm.stubFor(
        any(anyUrl()).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "0")));
    assertThatThrownBy(() -> Calls.execute(api.create(Map.of("name", "x"))))
        .isInstanceOf(ServerException.class);
    assertThat(requests()).isEqualTo(1);
  }

  @Test
  void aHugeRetryAfterIsTypedAndNotWaitedPastTheDeadline() {
    for (String value : new String[] {"3600", "99999999999999999999"}) {
      wm.resetAll();
      wm.stubFor(
          any(anyUrl()).willReturn(aResponse().withStatus(503).withHeader("Retry-After", value)));
      assertThatThrownBy(() -> Calls.execute(api.get("a")))
          .as(value)
          .isInstanceOf(ServerException.class);
      // RetryPolicy caps Retry-After, but even the cap outlives this 5 s call: no wait at all.
      assertThat(requests()).as(value).isEqualTo(1);
    }
    assertThat(RetryPolicy.defaults().maxAttempts()).isGreaterThan(1);
  }

  @Test
  void theParsedContentTypeTravelsWithTheBodyCharsetIncluded() {
    byte[] latin1 = "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
    wm.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/plain; charset=ISO-8859-1")
                    .withBody(latin1)));
    okhttp3.Request request = new okhttp3.Request.Builder().url(wm.baseUrl() + "/things/a").build();

    HttpResult<String> result = RawCall.execute(engine.client(null), request);

    assertThat(result.body()).isEqualTo("caf\u00e9");
  }

  @Test
  void contentTypesAreParsedAsOkHttpDoesAndTheCacheStaysBounded() {
    for (int i = 0; i < 500; i++) {
      String header = "application/x-kind-" + i + "+json; charset=utf-8";
      assertThat(ResponseGuard.mediaType(header)).isEqualTo(okhttp3.MediaType.parse(header));
    }
    assertThat(ResponseGuard.mediaType("application/json"))
        .isSameAs(ResponseGuard.mediaType("application/json"))
        .isEqualTo(okhttp3.MediaType.parse("application/json"));
    assertThat(ResponseGuard.mediaType("not a media type")).isNull();
    assertThat(ResponseGuard.mediaType(null)).isNull();
    assertThat(ResponseGuard.MEDIA_TYPES).hasSizeLessThanOrEqualTo(ResponseGuard.MEDIA_TYPES_MAX);
  }
}
