package io.github.fsonboard.core.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The TRACE wire log writes one line per request and per response, headers and body included. */
class LoggingInterceptorTest {
  private WireMockServer wm;
  private ListAppender<ILoggingEvent> appender;
  private Logger wire;
  private Level before;

  @BeforeEach
  void setUp() {
    wm = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
    wm.start();
    wire = (Logger) LoggerFactory.getLogger("io.github.fsonboard.http.wire");
    before = wire.getLevel();
    wire.setLevel(Level.TRACE);
    appender = new ListAppender<>();
    appender.start();
    wire.addAppender(appender);
  }

  @AfterEach
  void tearDown() {
    wire.detachAppender(appender);
    wire.setLevel(before);
    wm.stop();
  }

  @Test
  void eachWireEntryIsOneLineWithItsHeadersAndEscapedBody() throws Exception {
    wm.stubFor(
        post(urlPathEqualTo("/api"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\n  \"ok\": true,\n  \"note\": \"two\\tparts\"\n}")));
    OkHttpClient client =
        new OkHttpClient.Builder().addNetworkInterceptor(new LoggingInterceptor()).build();
    Request request =
        new Request.Builder()
            .url(wm.url("/api"))
            .header("Authorization", "Bearer at-Secret123")
            .post(
                RequestBody.create(
                    "{\n  \"name\": \"Accounts App\"\r\n}", MediaType.get("application/json")))
            .build();
    try (Response response = client.newCall(request).execute()) {
      assertThat(response.body().string()).contains("\"ok\": true");
    }

    List<String> lines = appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    assertThat(lines).hasSize(2);
    assertThat(lines).noneMatch(l -> l.contains("\n") || l.contains("\r"));
    assertThat(lines.get(0))
        .startsWith("--> POST " + wm.url("/api") + " (attempt 1) | ")
        .contains(" | Authorization: ****", " | Content-Type: application/json")
        .endsWith(" | body: {\\n  \"name\": \"Accounts App\"\\r\\n}")
        .doesNotContain("at-Secret123");
    assertThat(lines.get(1))
        .startsWith("<-- 200 POST " + wm.url("/api") + " | ")
        .contains(" | Content-Type: application/json")
        .endsWith(" | body: {\\n  \"ok\": true,\\n  \"note\": \"two\\tparts\"\\n}");
  }
}
