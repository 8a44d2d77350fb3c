package io.github.fsonboard.is;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.fsonboard.core.auth.BasicCredentials;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.harness.Spec;
import io.github.fsonboard.is.contract.ContractCheck;
import io.github.fsonboard.is.contract.ContractSpecs;
import io.github.fsonboard.is.contract.NotWso2Fixture;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;

/**
 * One WireMock server on 127.0.0.1 per test class, reset before each test, and an {@link
 * IdentityServer} pointing at it with admin Basic credentials.
 *
 * <p>Every test is also a contract test: after it, each request the SDK sent and each stubbed
 * response is validated against the WSO2 IS spec of its path (see {@link ContractCheck}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class WireMockSupport {
  /** Admin user of the tests. */
  protected static final BasicCredentials ADMIN = BasicCredentials.of("admin", "admin-pw");

  /** {@code Authorization} header value for {@link #ADMIN}. */
  protected static final String ADMIN_BASIC =
      "Basic "
          + Base64.getEncoder().encodeToString("admin:admin-pw".getBytes(StandardCharsets.UTF_8));

  protected WireMockServer wm;
  protected HttpTransport transport;
  protected IdentityServer is;

  private final Set<Spec> validatedSpecs = EnumSet.noneOf(Spec.class);

  @BeforeAll
  void startServer() {
    wm = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    wm.start();
    transport = HttpTransport.create(HttpConfig.defaults());
  }

  @AfterAll
  void stopServer() {
    transport.close();
    wm.stop();
  }

  @AfterAll
  void everyDeclaredSpecWasExercised() {
    ContractSpecs declared = getClass().getAnnotation(ContractSpecs.class);
    if (declared != null && io.github.fsonboard.harness.Wso2Specs.available()) {
      org.assertj.core.api.Assertions.assertThat(validatedSpecs)
          .as("specs reached by %s", getClass().getSimpleName())
          .contains(declared.value());
    }
    System.out.println(ContractCheck.summary());
  }

  @BeforeEach
  void resetServer() {
    wm.resetAll();
    is =
        IdentityServer.builder()
            .baseUrl(baseUrl())
            .transport(transport)
            .adminCredentials(ADMIN)
            .build();
  }

  @AfterEach
  void closeClient() {
    is.close();
  }

  @AfterEach
  void trafficMatchesTheSpecs(TestInfo test) {
    boolean wso2Responses =
        test.getTestMethod().map(m -> !m.isAnnotationPresent(NotWso2Fixture.class)).orElse(true);
    validatedSpecs.addAll(ContractCheck.validate(wm, wso2Responses));
  }

  /**
   * Returns the server's URL.
   *
   * @return {@code http://127.0.0.1:<port>}
   */
  protected String baseUrl() {
    return "http://127.0.0.1:" + wm.port();
  }

  /**
   * Reads {@code fixtures/<path>} from the test class path.
   *
   * @param path e.g. {@code dcr/201.registered.json}
   * @return the text
   */
  protected static String fixture(String path) {
    try (InputStream in =
        WireMockSupport.class.getClassLoader().getResourceAsStream("fixtures/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A discovery document fixture served as if published by this server: the issuer and endpoints
   * the fixture names ({@code https://is.bank.example:9446}, {@code http://127.0.0.1:PORT}) are
   * moved to {@link #baseUrl()}, since the SDK refuses a document naming another issuer or origin.
   *
   * @param path the fixture
   * @return the response
   */
  protected ResponseDefinitionBuilder discoveryDocument(String path) {
    return WireMock.aResponse()
        .withHeader("Content-Type", "application/json")
        .withBody(
            fixture(path)
                .replace("https://is.bank.example:9446", baseUrl())
                .replace("http://127.0.0.1:PORT", baseUrl()));
  }

  /**
   * A JSON response from a fixture.
   *
   * @param status the status
   * @param path the fixture
   * @return the response
   */
  protected static ResponseDefinitionBuilder json(int status, String path) {
    return WireMock.aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(fixture(path));
  }

  /**
   * A SCIM JSON response from a fixture.
   *
   * @param status the status
   * @param path the fixture
   * @return the response
   */
  protected static ResponseDefinitionBuilder scim(int status, String path) {
    return WireMock.aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/scim+json")
        .withBody(fixture(path));
  }

  /** Asserts that the server saw no request at all. */
  protected void assertNoRequest() {
    org.assertj.core.api.Assertions.assertThat(wm.getAllServeEvents()).isEmpty();
  }
}
