package io.github.fsonboard.apim;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.fsonboard.apim.auth.ApimScopes;
import io.github.fsonboard.apim.auth.RestApiClient;
import io.github.fsonboard.apim.contract.ContractTraffic;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.error.AuthenticationException;
import io.github.fsonboard.core.error.AuthorizationException;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.RetryPolicy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ContractTraffic.class)
class ApiManagerSignInTest extends ApimWireMock {
  private static final String KEY_MANAGERS = "/api/am/admin/v4/key-managers";
  private static final String FIRST_TOKEN =
      "eyJ4NXQiOiJNell4TW1Ga09HWXdNV0kwWldObU5EY3hOR1l3WW1NNCJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJlLW9uZQ";
  private static final String SECOND_TOKEN =
      "eyJ4NXQiOiJNell4TW1Ga09HWXdNV0kwWldObU5EY3hOR1l3WW1NNCJ9.eyJzdWIiOiJhZG1pbiIsIm4iOjJ9.c2lnbmF0dXJlLXR3bw";

  @Test
  void registersTheRestApiClientWithTheUsersOwnBasicAuthAndSpecShapedBody() {
    stub(get(urlEqualTo(KEY_MANAGERS)).willReturn(json(200, "admin/200.list.json")));

    admin().adminPortal().keyManagers().list();

    server.verify(
        1,
        postRequestedFor(urlEqualTo("/client-registration/v0.17/register"))
            .withHeader("Authorization", equalTo(basic("admin", "admin-pa55")))
            .withHeader("Content-Type", containing("application/json"))
            .withRequestBody(
                equalToJson(
                    "{\"callbackUrl\":\"https://localhost/fsonboard-sdk\","
                        + "\"clientName\":\"fsonboard-sdk-admin\",\"owner\":\"admin\","
                        + "\"grantType\":\"client_credentials password refresh_token\","
                        + "\"saasApp\":true}")));
  }

  @Test
  void registrationBodyHasTheFieldsOfWso2sExample() {
    apim.restApiClient("admin", ADMIN_PASSWORD);
    Map<String, Object> example =
        TestJson.object(TestJson.specsFile("apim/examples/dcr-register.request.json"));
    Map<String, Object> sent =
        TestJson.lastBody(server, "POST", "/client-registration/v0.17/register");
    assertThat(sent.keySet()).isEqualTo(example.keySet());
    assertThat(sent.get("saasApp")).isEqualTo(Boolean.TRUE).isEqualTo(example.get("saasApp"));
    assertThat(sent.get("grantType")).isEqualTo(example.get("grantType"));
  }

  @Test
  void wrongCredentialsAreAnAuthenticationErrorAndNothingIsCached() {
    stub(
        post(urlEqualTo("/client-registration/v0.17/register"))
            .withHeader("Authorization", equalTo(basic("admin", "wrong")))
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"code\":900901,\"message\":\"Invalid Credentials\","
                            + "\"description\":\"Make sure you provided the right credentials\"}")));

    assertThatThrownBy(() -> apim.admin("admin", Secret.of("wrong")))
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("900901")
        .hasMessageContaining("user 'admin'", "check the user name and password")
        .hasMessageNotContaining("wrong")
        .hasCauseInstanceOf(AuthenticationException.class);
    assertThat(admin().client().clientId()).isEqualTo("rSD0fnLhT1Tyz2ktcWXkXVzdMVAa");
    server.verify(2, postRequestedFor(urlEqualTo("/client-registration/v0.17/register")));
  }

  @Test
  void getsTokensWithThePasswordGrantAndTheRegisteredClientsBasicAuth() {
    stub(get(urlEqualTo(KEY_MANAGERS)).willReturn(json(200, "admin/200.list.json")));

    admin().adminPortal().keyManagers().list();

    server.verify(
        1,
        postRequestedFor(urlEqualTo("/oauth2/token"))
            .withHeader(
                "Authorization",
                equalTo(basic("rSD0fnLhT1Tyz2ktcWXkXVzdMVAa", "kT4UwJ3hZc1xZUJTz4J0gSbxmq4a")))
            .withRequestBody(containing("grant_type=password"))
            .withRequestBody(containing("username=admin"))
            .withRequestBody(containing("password=admin-pa55"))
            .withRequestBody(
                containing("scope=apim%3Aadmin%20apim%3Aadmin_operations%20apim%3Atier_view")
                    .or(
                        containing(
                            "scope=apim%3Aadmin+apim%3Aadmin_operations+apim%3Atier_view"))));
    server.verify(
        getRequestedFor(urlEqualTo(KEY_MANAGERS))
            .withHeader("Authorization", equalTo("Bearer " + FIRST_TOKEN)));
  }

  @Test
  void manyCallsAndSignInsCauseOneRegistrationAndOneTokenRequestPerSession() {
    stub(get(urlEqualTo(KEY_MANAGERS)).willReturn(json(200, "admin/200.list.json")));

    ApimSession session = admin();
    for (int i = 0; i < 5; i++) {
      session.adminPortal().keyManagers().list();
    }
    ApimSession again = admin();

    assertThat(again.client()).isEqualTo(session.client());
    server.verify(1, postRequestedFor(urlEqualTo("/client-registration/v0.17/register")));
    server.verify(1, postRequestedFor(urlEqualTo("/oauth2/token")));
    server.verify(5, getRequestedFor(urlEqualTo(KEY_MANAGERS)));
  }

  @Test
  void concurrentCallsShareOneTokenRequest() throws Exception {
    stub(get(urlEqualTo(KEY_MANAGERS)).willReturn(json(200, "admin/200.list.json")));
    ApimSession session = admin();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Integer>> calls = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        calls.add(() -> session.adminPortal().keyManagers().list().size());
      }
      for (Future<Integer> f : pool.invokeAll(calls)) {
        assertThat(f.get()).isEqualTo(2);
      }
    } finally {
      pool.shutdownNow();
    }
    server.verify(1, postRequestedFor(urlEqualTo("/oauth2/token")));
  }

  @Test
  void a401InvalidatesTheTokenAndRefreshesItOnceWithTheRefreshToken() {
    stub(
        get(urlEqualTo(KEY_MANAGERS))
            .inScenario("expiry")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(401))
            .willSetStateTo("refreshed"));
    stub(
        get(urlEqualTo(KEY_MANAGERS))
            .inScenario("expiry")
            .whenScenarioStateIs("refreshed")
            .willReturn(json(200, "admin/200.list.json")));
    stub(
        post(urlEqualTo("/oauth2/token"))
            .withRequestBody(containing("grant_type=refresh_token"))
            .willReturn(json(200, "auth/200.token-refreshed.json")));

    assertThat(admin().adminPortal().keyManagers().list()).hasSize(2);

    server.verify(
        1,
        postRequestedFor(urlEqualTo("/oauth2/token"))
            .withRequestBody(containing("grant_type=password")));
    server.verify(
        1,
        postRequestedFor(urlEqualTo("/oauth2/token"))
            .withRequestBody(containing("grant_type=refresh_token"))
            .withRequestBody(containing("refresh_token=c4b0e1c2-7c1d-3b8e-9d55-3b6a4a8e1f01")));
    server.verify(
        1,
        getRequestedFor(urlEqualTo(KEY_MANAGERS))
            .withHeader("Authorization", equalTo("Bearer " + SECOND_TOKEN)));
  }

  @Test
  void aRefusedRefreshTokenFallsBackToThePasswordGrant() {
    stub(
        get(urlEqualTo(KEY_MANAGERS))
            .inScenario("expiry")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(401))
            .willSetStateTo("again"));
    stub(
        get(urlEqualTo(KEY_MANAGERS))
            .inScenario("expiry")
            .whenScenarioStateIs("again")
            .willReturn(json(200, "admin/200.list.json")));
    stub(
        post(urlEqualTo("/oauth2/token"))
            .withRequestBody(containing("grant_type=refresh_token"))
            .willReturn(json(400, "auth/400.invalid-grant.json")));

    assertThat(admin().adminPortal().keyManagers().list()).hasSize(2);

    server.verify(
        2,
        postRequestedFor(urlEqualTo("/oauth2/token"))
            .withRequestBody(containing("grant_type=password")));
  }

  @Test
  void aRegistrationWhoseResponseWasLostIsRepeatedUnderTheSameName() {
    stub(
        post(urlEqualTo("/client-registration/v0.17/register"))
            .inScenario("lost")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                    .withFault(com.github.tomakehurst.wiremock.http.Fault.EMPTY_RESPONSE))
            .willSetStateTo("answered"));
    stub(
        post(urlEqualTo("/client-registration/v0.17/register"))
            .inScenario("lost")
            .whenScenarioStateIs("answered")
            .willReturn(json(200, "auth/200.register.json")));
    HttpConfig retrying =
        HttpConfig.builder()
            .retryPolicy(RetryPolicy.builder().initialBackoff(Duration.ofMillis(1)).build())
            .build();
    try (ApiManager retryingApim =
        ApiManager.builder().baseUrl(baseUrl()).httpConfig(retrying).build()) {
      assertThat(retryingApim.restApiClient("admin", ADMIN_PASSWORD).clientId())
          .isEqualTo("rSD0fnLhT1Tyz2ktcWXkXVzdMVAa");
    }
    server.verify(
        2,
        postRequestedFor(urlEqualTo("/client-registration/v0.17/register"))
            .withRequestBody(matchingJsonPath("$.clientName", equalTo("fsonboard-sdk-admin")))
            .withoutHeader("X-FsOnboard-Retry-Safe"));
  }

  @Test
  void a403OnReRegistrationRegistersOnceMoreUnderAUniqueName() {
    stub(
        post(urlEqualTo("/client-registration/v0.17/register"))
            .withRequestBody(matchingJsonPath("$.clientName", equalTo("fsonboard-sdk-admin")))
            .willReturn(json(403, "auth/403.register-again.json")));
    stub(get(urlEqualTo(KEY_MANAGERS)).willReturn(json(200, "admin/200.list.json")));

    ApimSession session = admin();
    session.adminPortal().keyManagers().list();

    assertThat(session.client().clientId()).isEqualTo("rSD0fnLhT1Tyz2ktcWXkXVzdMVAa");
    server.verify(2, postRequestedFor(urlEqualTo("/client-registration/v0.17/register")));
    server.verify(
        1,
        postRequestedFor(urlEqualTo("/client-registration/v0.17/register"))
            .withRequestBody(
                matchingJsonPath(
                    "$.clientName",
                    com.github.tomakehurst.wiremock.client.WireMock.matching(
                        "fsonboard-sdk-admin-[0-9a-f]{8}"))));
  }

  @Test
  void aSecond403IsThrownAsAuthorizationException() {
    stub(
        post(urlEqualTo("/client-registration/v0.17/register"))
            .willReturn(json(403, "auth/403.register-again.json")));

    assertThatThrownBy(this::admin)
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("403");
  }

  @Test
  void anExistingClientSkipsRegistration() {
    stub(get(urlEqualTo(KEY_MANAGERS)).willReturn(json(200, "admin/200.list.json")));
    RestApiClient existing =
        new RestApiClient("existingId", Secret.of("existingSecret"), "stored-client");

    apim.signIn("admin", ADMIN_PASSWORD, ApimScopes.ADMIN, existing)
        .adminPortal()
        .keyManagers()
        .list();

    server.verify(0, postRequestedFor(urlEqualTo("/client-registration/v0.17/register")));
    server.verify(
        postRequestedFor(urlEqualTo("/oauth2/token"))
            .withHeader("Authorization", equalTo(basic("existingId", "existingSecret"))));
  }

  @Test
  void tppSignInAsksForTheTppScopes() {
    stub(
        get(urlEqualTo("/api/am/devportal/v3/key-managers"))
            .willReturn(aResponse().withStatus(200).withBody("{\"count\":0,\"list\":[]}")));

    tpp().devPortal().keyManagers().list();

    server.verify(
        postRequestedFor(urlEqualTo("/client-registration/v0.17/register"))
            .withRequestBody(
                matchingJsonPath("$.clientName", equalTo("fsonboard-sdk-tpp_example.com")))
            .withRequestBody(matchingJsonPath("$.owner", equalTo("tpp@example.com"))));
    server.verify(
        postRequestedFor(urlEqualTo("/oauth2/token"))
            .withRequestBody(containing("apim%3Asubscribe"))
            .withRequestBody(containing("apim%3Aapp_manage"))
            .withRequestBody(containing("apim%3Asub_manage"))
            .withRequestBody(containing("apim%3Aapi_key")));
  }

  @Test
  void missingCredentialsAreRefusedBeforeAnyCall() {
    assertThatThrownBy(() -> apim.signIn(" ", null, ApimScopes.ADMIN))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.field())
                    .containsExactly("username", "password"));
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void noSecretReachesTheLogs() {
    stub(get(urlEqualTo(KEY_MANAGERS)).willReturn(json(200, "admin/200.list.json")));
    ch.qos.logback.classic.Logger root =
        (ch.qos.logback.classic.Logger)
            org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logs =
        new ch.qos.logback.core.read.ListAppender<>();
    logs.start();
    root.addAppender(logs);
    try {
      admin().adminPortal().keyManagers().list();
    } finally {
      root.detachAppender(logs);
    }
    assertThat(logs.list).isNotEmpty();
    assertThat(logs.list)
        .extracting(e -> e.getFormattedMessage())
        .noneMatch(
            m ->
                m.contains("admin-pa55")
                    || m.contains("kT4UwJ3hZc1xZUJTz4J0gSbxmq4a")
                    || m.contains(FIRST_TOKEN)
                    || m.contains("c4b0e1c2-7c1d-3b8e-9d55-3b6a4a8e1f01"));
  }

  @Test
  void sessionToStringShowsNoSecret() {
    ApimSession session = admin();
    assertThat(session.toString()).doesNotContain("admin-pa55");
    assertThat(session.client().toString()).doesNotContain("kT4UwJ3hZc1xZUJTz4J0gSbxmq4a");
  }

  static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
