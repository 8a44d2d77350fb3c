package io.github.fsonboard.apim;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.RetryPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the WireMock tests: one server per test class on 127.0.0.1 and a random port, stubs for
 * REST-API sign-in, and fixture loading from {@code fixtures/<area>/<status>.<scenario>.json}.
 */
public abstract class ApimWireMock {
  /** The admin password used by every test. */
  public static final Secret ADMIN_PASSWORD = Secret.of("admin-pa55");

  /** The TPP password used by every test. */
  public static final Secret TPP_PASSWORD = Secret.of("tpp-Pa55word!");

  protected static WireMockServer server;
  protected ApiManager apim;

  @BeforeAll
  static void startServer() {
    server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    server.start();
  }

  @AfterAll
  static void stopServer() {
    server.stop();
  }

  @BeforeEach
  void startClient() {
    server.resetAll();
    server.stubFor(
        post(urlEqualTo("/client-registration/v0.17/register"))
            .willReturn(json(200, "auth/200.register.json")));
    server.stubFor(post(urlEqualTo("/oauth2/token")).willReturn(json(200, "auth/200.token.json")));
    apim = ApiManager.builder().baseUrl(baseUrl()).httpConfig(noRetry()).build();
  }

  @AfterEach
  void closeClient() {
    apim.close();
  }

  /** The server of the running test class. */
  public static WireMockServer wireMock() {
    return server;
  }

  /** The server's base URL. */
  protected static String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  /** Transport settings without retries, so that error tests see exactly one request. */
  protected static HttpConfig noRetry() {
    return HttpConfig.builder().retryPolicy(RetryPolicy.none()).build();
  }

  /** An admin session. */
  protected ApimSession admin() {
    return apim.admin("admin", ADMIN_PASSWORD);
  }

  /** A TPP session. */
  protected ApimSession tpp() {
    return apim.tpp("tpp@example.com", TPP_PASSWORD);
  }

  /** Stubs a request. */
  protected static void stub(MappingBuilder mapping) {
    server.stubFor(mapping);
  }

  /** A JSON response with a fixture body. */
  public static ResponseDefinitionBuilder json(int status, String fixture) {
    return jsonText(status, fixture(fixture));
  }

  /** A JSON response with the body given inline. */
  public static ResponseDefinitionBuilder jsonText(int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  /** Reads {@code fixtures/<path>}. */
  public static String fixture(String path) {
    try (InputStream in = ApimWireMock.class.getResourceAsStream("/fixtures/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
