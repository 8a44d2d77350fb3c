package io.github.fsonboard.core.oauth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import io.github.fsonboard.core.auth.ClientAuthentication;
import io.github.fsonboard.core.auth.MutableClock;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.auth.SigningKey;
import io.github.fsonboard.core.error.ApiException;
import io.github.fsonboard.core.error.FsOnboardException;
import io.github.fsonboard.core.error.OAuthError;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.error.Violation;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.RetryPolicy;
import io.github.fsonboard.core.oidc.AuthorizationSession;
import io.github.fsonboard.core.pkce.AuthorizationCallback;
import io.github.fsonboard.core.pkce.AuthorizationRequest;
import io.github.fsonboard.core.pkce.CodeChallengeMethod;
import io.github.fsonboard.core.pkce.CodeVerifier;
import io.github.fsonboard.core.pkce.Nonce;
import io.github.fsonboard.core.pkce.RequestObject;
import io.github.fsonboard.core.pkce.State;
import io.github.fsonboard.harness.TestPki;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PushedAuthorizationClientTest {
  private static final URI AUTHORIZE = URI.create("https://as.example/oauth2/authorize");
  private static final String ISSUER = "https://as.example/oauth2/token";
  private static final String REQUEST_URI = "urn:ietf:params:oauth:par:request_uri:1b2c";
  private static final KeyPair EC = TestPki.ecKeys();
  private static WireMockServer wm;

  @BeforeAll
  static void start() {
    wm = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
    wm.start();
  }

  @AfterAll
  static void stop() {
    wm.stop();
  }

  @BeforeEach
  void reset() {
    wm.resetAll();
  }

  private static URI parEndpoint() {
    return URI.create(wm.url("/oauth2/par"));
  }

  private static void answers(int status, String json) {
    wm.stubFor(
        post(urlPathEqualTo("/oauth2/par"))
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/json")
                    .withBody(json)));
  }

  private static void created() {
    answers(201, "{\"request_uri\":\"" + REQUEST_URI + "\",\"expires_in\":60}");
  }

  private static PushedAuthorizationClient.Builder client(ClientAuthentication auth) {
    return PushedAuthorizationClient.builder()
        .endpoint(parEndpoint())
        .clientAuthentication(auth)
        .httpConfig(
            HttpConfig.builder()
                .retryPolicy(RetryPolicy.builder().initialBackoff(Duration.ofMillis(1)).build())
                .build());
  }

  private static SigningKey key() {
    return new SigningKey(EC.getPrivate(), "k-1", "ES256");
  }

  private static AuthorizationRequest request(String clientId) {
    return AuthorizationRequest.builder(AUTHORIZE)
        .clientId(clientId)
        .redirectUri(URI.create("https://tpp.example/cb"))
        .scope("openid accounts")
        .state(State.of("st"))
        .nonce(Nonce.of("nn"))
        .codeChallenge(CodeVerifier.generate().challenge(CodeChallengeMethod.S256))
        .build();
  }

  /** The form fields of the one PAR request sent, in order, repeated names kept. */
  private static List<String[]> sentForm() {
    var requests = wm.findAll(postRequestedFor(urlPathEqualTo("/oauth2/par")));
    assertThat(requests).hasSize(1);
    List<String[]> form = new ArrayList<>();
    for (String pair : requests.get(0).getBodyAsString().split("&")) {
      String[] kv = pair.split("=", 2);
      form.add(
          new String[] {
            URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
            URLDecoder.decode(kv[1], StandardCharsets.UTF_8)
          });
    }
    return form;
  }

  private static String field(List<String[]> form, String name) {
    List<String> values = form.stream().filter(f -> f[0].equals(name)).map(f -> f[1]).toList();
    assertThat(values).as(name + " sent once").hasSizeLessThanOrEqualTo(1);
    return values.isEmpty() ? null : values.get(0);
  }

  @Test
  void plainPushSendsEveryParameterWithPrivateKeyJwtAndReturnsTheByReferenceUrl() throws Exception {
    created();
    MutableClock clock = new MutableClock(Instant.parse("2026-12-03T10:00:00Z"));
    PushedAuthorization p =
        client(ClientAuthentication.privateKeyJwt("tpp", key(), URI.create(ISSUER)))
            .clock(clock)
            .build()
            .push(request("tpp"));

    List<String[]> form = sentForm();
    assertThat(field(form, "client_id")).isEqualTo("tpp");
    assertThat(field(form, "response_type")).isEqualTo("code");
    assertThat(field(form, "redirect_uri")).isEqualTo("https://tpp.example/cb");
    assertThat(field(form, "scope")).isEqualTo("openid accounts");
    assertThat(field(form, "state")).isEqualTo("st");
    assertThat(field(form, "nonce")).isEqualTo("nn");
    assertThat(field(form, "code_challenge_method")).isEqualTo("S256");
    assertThat(field(form, "code_challenge")).hasSize(43);
    assertThat(field(form, "request")).isNull();
    SignedJWT assertion = SignedJWT.parse(field(form, "client_assertion"));
    assertThat(assertion.getJWTClaimsSet().getAudience()).containsExactly(ISSUER);

    assertThat(p.requestUri()).isEqualTo(REQUEST_URI);
    assertThat(p.expiresIn()).isEqualTo(Duration.ofSeconds(60));
    assertThat(p.expiresAt()).isEqualTo(Instant.parse("2026-12-03T10:01:00Z"));
    assertThat(AuthorizationCallback.parse(p.authorizationUri()).parameters())
        .containsOnlyKeys("client_id", "request_uri")
        .containsEntry("request_uri", REQUEST_URI);
    assertThat(p.authorizationUri().getPath()).isEqualTo("/oauth2/authorize");
  }

  @Test
  void signingClientPushesOnlyTheRequestObjectAndClientAuthentication() throws Exception {
    created();
    client(ClientAuthentication.privateKeyJwt("tpp", key()))
        .signRequestObjects(key(), ISSUER)
        .build()
        .push(request("tpp"));

    List<String[]> form = sentForm();
    assertThat(form)
        .extracting(f -> f[0])
        .containsExactlyInAnyOrder(
            "request", "client_id", "client_assertion_type", "client_assertion");
    SignedJWT ro = SignedJWT.parse(field(form, "request"));
    assertThat(ro.verify(new ECDSAVerifier((ECPublicKey) EC.getPublic()))).isTrue();
    assertThat(ro.getJWTClaimsSet().getAudience()).containsExactly(ISSUER);
    assertThat(ro.getJWTClaimsSet().getStringClaim("state")).isEqualTo("st");
    // Without an assertion audience the client assertion names the PAR endpoint (RFC 9126 §2).
    SignedJWT assertion = SignedJWT.parse(field(form, "client_assertion"));
    assertThat(assertion.getJWTClaimsSet().getAudience()).containsExactly(parEndpoint().toString());
  }

  @Test
  void basicAuthenticationStillSendsClientIdOnceInTheForm() {
    created();
    RequestObject ro = RequestObject.sign(request("tpp"), key(), ISSUER);
    client(ClientAuthentication.clientSecretBasic("tpp", Secret.of("s3cret"))).build().push(ro);
    List<String[]> form = sentForm();
    assertThat(field(form, "client_id")).isEqualTo("tpp");
    assertThat(field(form, "request")).isEqualTo(ro.jwt());
    assertThat(
            wm.findAll(postRequestedFor(urlPathEqualTo("/oauth2/par")))
                .get(0)
                .getHeader("Authorization"))
        .startsWith("Basic ");
  }

  @Test
  void refusalsAreTypedOAuthErrorsAndThePushIsNeverRepeated() {
    answers(
        400,
        "{\"error\":\"invalid_request_object\",\"error_description\":\"Request Object signature"
            + " verification failed.\"}");
    PushedAuthorizationClient par =
        client(ClientAuthentication.privateKeyJwt("tpp", key())).build();
    assertThatThrownBy(() -> par.push(request("tpp")))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.oauthError()).contains(OAuthError.INVALID_REQUEST_OBJECT);
            });

    wm.resetAll();
    answers(401, "{\"error\":\"invalid_client\",\"error_description\":\"Client Authentication\"}");
    assertThatThrownBy(() -> par.push(request("tpp")))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> assertThat(e.oauthError()).contains(OAuthError.INVALID_CLIENT));

    wm.resetAll();
    answers(503, "{\"error\":\"temporarily_unavailable\"}");
    assertThatThrownBy(() -> par.push(request("tpp"))).isInstanceOf(ApiException.class);
    assertThat(wm.findAll(postRequestedFor(urlPathEqualTo("/oauth2/par")))).hasSize(1);
  }

  @Test
  void unusableAnswersAreRefused() {
    PushedAuthorizationClient par =
        client(ClientAuthentication.privateKeyJwt("tpp", key())).build();
    for (String body :
        List.of(
            "{\"expires_in\":60}",
            "{\"request_uri\":\"\",\"expires_in\":60}",
            "{\"request_uri\":\"urn:x y\",\"expires_in\":60}",
            "{\"request_uri\":\"" + "u".repeat(3000) + "\",\"expires_in\":60}",
            "{\"request_uri\":\"urn:x\"}",
            "{\"request_uri\":\"urn:x\",\"expires_in\":-5}",
            "{\"request_uri\":\"urn:x\",\"expires_in\":\"soon\"}",
            "[]")) {
      wm.resetAll();
      answers(201, body);
      assertThatThrownBy(() -> par.push(request("tpp")))
          .as(body)
          .isInstanceOf(FsOnboardException.class)
          .isNotInstanceOf(ApiException.class);
    }
    wm.resetAll();
    answers(201, "{\"request_uri\":\"urn:x\",\"expires_in\":999999999}");
    assertThat(par.push(request("tpp")).expiresIn()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void badSettingsAndAnotherClientsRequestAreRefusedBeforeAnyCall() {
    assertThatThrownBy(
            () ->
                PushedAuthorizationClient.builder()
                    .signRequestObjects(
                        new SigningKey(TestPki.rsaKeys().getPrivate(), null, "RS256"), " ")
                    .build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactlyInAnyOrder(
                        "endpoint", "clientAuthentication", "aud", "signingKey.algorithm"));
    // a setter's bad value is reported by build() together with the other problems
    assertThatThrownBy(
            () ->
                PushedAuthorizationClient.builder()
                    .endpoint("http://is.bank.example/oauth2/par")
                    .clock(null)
                    .build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly("endpoint", "clock", "clientAuthentication"));
    PushedAuthorizationClient par =
        client(ClientAuthentication.privateKeyJwt("tpp", key())).build();
    assertThatThrownBy(() -> par.push(request("someone-else")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("client_id");
    assertThat(wm.findAll(postRequestedFor(urlPathEqualTo("/oauth2/par")))).isEmpty();
  }

  @Test
  void authorizationSessionPushesInOneCall() {
    created();
    AuthorizationSession s =
        AuthorizationSession.builder(AUTHORIZE)
            .clientId("tpp")
            .redirectUri(URI.create("https://tpp.example/cb"))
            .scope("openid")
            .build();
    URI uri =
        s.authorizationUri(
            client(ClientAuthentication.privateKeyJwt("tpp", key()))
                .signRequestObjects(key(), ISSUER)
                .build());
    Map<String, String> q = AuthorizationCallback.parse(uri).parameters();
    assertThat(q).containsOnlyKeys("client_id", "request_uri");
    assertThat(q.get("request_uri")).isEqualTo(REQUEST_URI);
  }
}
