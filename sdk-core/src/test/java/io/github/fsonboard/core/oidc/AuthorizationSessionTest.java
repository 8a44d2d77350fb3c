package io.github.fsonboard.core.oidc;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import io.github.fsonboard.core.auth.ClientAuthentication;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.cert.InvalidJwtException;
import io.github.fsonboard.core.error.OAuthError;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.oauth.OAuthTokenClient;
import io.github.fsonboard.core.pkce.AuthorizationDeniedException;
import io.github.fsonboard.core.pkce.CodeChallengeMethod;
import io.github.fsonboard.core.pkce.CodeVerifier;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthorizationSessionTest {
  private static final URI AUTHORIZE = URI.create("https://as.example/realms/fs/auth");
  private static final URI CALLBACK = URI.create("https://tpp.example/cb");
  private static final String ACCESS = "access-token-value";
  private static WireMockServer wm;
  private OAuthTokenClient tokens;

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
    tokens =
        OAuthTokenClient.builder()
            .tokenEndpoint("http://127.0.0.1:" + wm.port() + "/token")
            .clientAuthentication(
                ClientAuthentication.clientSecretBasic("tpp", Secret.of("tpp-secret")))
            .build();
  }

  private static AuthorizationSession session() {
    return AuthorizationSession.builder(AUTHORIZE)
        .clientId(TestIdTokens.CLIENT)
        .redirectUri(CALLBACK)
        .scope("openid accounts")
        .issuer(TestIdTokens.ISS)
        .maxAge(Duration.ofMinutes(5))
        .build();
  }

  /** The token endpoint answers the code with an ID token built for {@code s} and {@code code}. */
  private static void tokenEndpointAnswers(AuthorizationSession s, String code, String nonce) {
    String idToken =
        TestIdTokens.sign(
            TestIdTokens.claims()
                .claim("nonce", nonce)
                .claim("auth_time", TestIdTokens.NOW.minusSeconds(10).getEpochSecond())
                .claim("at_hash", IdTokenValidator.leftHalfHash(ACCESS, JWSAlgorithm.ES256))
                .claim("c_hash", IdTokenValidator.leftHalfHash(code, JWSAlgorithm.ES256))
                .build());
    wm.stubFor(
        post("/token")
            .withRequestBody(containing("code=" + code))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"access_token\":\""
                            + ACCESS
                            + "\",\"token_type\":\"Bearer\",\"expires_in\":300,\"id_token\":\""
                            + idToken
                            + "\"}")));
  }

  private static URI callback(AuthorizationSession s, String code, String iss) {
    return URI.create(
        CALLBACK
            + "?code="
            + code
            + "&state="
            + s.state().value()
            + (iss == null ? "" : "&iss=" + iss));
  }

  @Test
  void theAuthorizationUriCarriesPkceStateNonceAndMaxAge() {
    AuthorizationSession s = session();
    String q = s.authorizationUri().getRawQuery();
    assertThat(q)
        .contains("response_type=code")
        .contains("client_id=tpp")
        .contains("state=" + s.state().value())
        .contains("nonce=" + s.nonce().value())
        .contains("code_challenge_method=S256")
        .contains("max_age=300");
    assertThat(s.toString()).doesNotContain(s.state().value()).doesNotContain(s.nonce().value());
  }

  @Test
  void aStoredSessionRestoresToTheSameRequest() {
    AuthorizationSession s = session();
    AuthorizationSession fromString = AuthorizationSession.deserialize(s.serialize());
    AuthorizationSession fromMap = AuthorizationSession.fromMap(s.toMap());
    assertThat(fromString.authorizationUri()).isEqualTo(s.authorizationUri());
    assertThat(fromMap.authorizationUri()).isEqualTo(s.authorizationUri());
    // The verifier survives: its S256 challenge is what the request sent.
    String challenge =
        CodeVerifier.of(s.toMap().get("code_verifier")).challenge(CodeChallengeMethod.S256).value();
    assertThat(fromString.authorizationUri().getRawQuery()).contains(challenge);
  }

  @Test
  void aDamagedStoredSessionNamesWhatIsWrong() {
    Map<String, String> m = new java.util.HashMap<>(session().toMap());
    m.remove("code_verifier");
    m.remove("state");
    assertThatThrownBy(() -> AuthorizationSession.fromMap(m))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("session.code_verifier")
        .hasMessageContaining("session.state");
    // The one query codec words it (was "appears twice" with the session's own parser).
    assertThatThrownBy(() -> AuthorizationSession.deserialize("v=1&v=1"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("session")
        .hasMessageContaining("is repeated");
    assertThatThrownBy(() -> AuthorizationSession.deserialize("state=%E2%28"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("session")
        .hasMessageContaining("not valid UTF-8");
  }

  @Test
  void completesTheCallbackIntoValidatedTokensInOneCall() {
    AuthorizationSession stored = session();
    AuthorizationSession s = AuthorizationSession.deserialize(stored.serialize());
    tokenEndpointAnswers(s, "the-code", s.nonce().value());
    AuthorizationResult r =
        s.complete(callback(s, "the-code", TestIdTokens.ISS), tokens, TestIdTokens.validator());
    assertThat(r.tokens().accessToken().reveal()).isEqualTo(ACCESS);
    assertThat(r.validatedIdToken()).get().extracting(IdToken::subject).isEqualTo("user-1");
    String verifier = stored.toMap().get("code_verifier");
    wm.verify(
        postRequestedFor(urlEqualTo("/token"))
            .withRequestBody(containing("code_verifier=" + verifier))
            .withRequestBody(containing("grant_type=authorization_code")));
  }

  @Test
  void aReplayedIdTokenOfAnotherSessionIsRefused() {
    AuthorizationSession s = session();
    tokenEndpointAnswers(s, "c2", "nonce-of-another-session");
    assertThatThrownBy(
            () -> s.complete(callback(s, "c2", TestIdTokens.ISS), tokens, TestIdTokens.validator()))
        .isInstanceOf(InvalidJwtException.class)
        .hasMessageContaining("nonce");
  }

  @Test
  void theCallbackIsCheckedBeforeAnyTokenRequest() {
    AuthorizationSession s = session();
    IdTokenValidator v = TestIdTokens.validator();
    assertThatThrownBy(() -> s.complete(callback(s, "c", "https://evil.example"), tokens, v))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("iss"));
    assertThatThrownBy(() -> s.complete(callback(s, "c", null), tokens, v))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("iss"));
    URI forged = URI.create(CALLBACK + "?code=c&state=forged&iss=" + TestIdTokens.ISS);
    assertThatThrownBy(() -> s.complete(forged, tokens, v))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("state"));
    URI denied =
        URI.create(
            CALLBACK
                + "?error=access_denied&state="
                + s.state().value()
                + "&iss="
                + TestIdTokens.ISS);
    assertThatThrownBy(() -> s.complete(denied, tokens, v))
        .isInstanceOfSatisfying(
            AuthorizationDeniedException.class,
            e -> assertThat(e.oauthError()).isEqualTo(OAuthError.ACCESS_DENIED));
    assertThatThrownBy(() -> s.complete(callback(s, "c", TestIdTokens.ISS), tokens, null))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("idTokens"));
    wm.verify(0, postRequestedFor(urlEqualTo("/token")));
  }

  private static AuthorizationSession jarmSession() {
    return AuthorizationSession.builder(AUTHORIZE)
        .clientId(TestIdTokens.CLIENT)
        .redirectUri(CALLBACK)
        .scope("openid accounts")
        .issuer(TestIdTokens.ISS)
        .responseMode(ResponseMode.JWT)
        .build();
  }

  /** A JARM authorization response as the server signs it: iss, aud, exp, code, state. */
  private static JWTClaimsSet.Builder jarm(AuthorizationSession s, String code) {
    return new JWTClaimsSet.Builder()
        .issuer(TestIdTokens.ISS)
        .audience(TestIdTokens.CLIENT)
        .expirationTime(java.util.Date.from(TestIdTokens.NOW.plusSeconds(60)))
        .claim("code", code)
        .claim("state", s.state().value());
  }

  private static URI jarmCallback(String jwt) {
    return URI.create(CALLBACK + "?response=" + jwt);
  }

  @Test
  void aJwtResponseModeSessionAsksForItAndKeepsItWhenStored() {
    AuthorizationSession s = jarmSession();
    assertThat(s.authorizationUri().getRawQuery()).contains("response_mode=jwt");
    assertThat(s.request().parameters()).containsEntry("response_mode", "jwt");
    assertThat(AuthorizationSession.deserialize(s.serialize()).authorizationUri())
        .isEqualTo(s.authorizationUri());
    assertThat(session().authorizationUri().getRawQuery()).doesNotContain("response_mode");
    Map<String, String> m = new java.util.HashMap<>(s.toMap());
    m.put("response_mode", "form_post.jwt");
    assertThatThrownBy(() -> AuthorizationSession.fromMap(m))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.field()).isEqualTo("session.response_mode"));
  }

  @Test
  void completesAJwtSecuredResponseFromTheClaimsAlone() {
    AuthorizationSession s = AuthorizationSession.deserialize(jarmSession().serialize());
    tokenEndpointAnswers(s, "jarm-code", s.nonce().value());
    // A code put beside the response by someone else is not read: the signed one is.
    URI callback =
        URI.create(
            jarmCallback(TestIdTokens.sign(jarm(s, "jarm-code").build())) + "&code=injected");

    AuthorizationResult r = s.complete(callback, tokens, TestIdTokens.validator());

    assertThat(r.validatedIdToken()).get().extracting(IdToken::subject).isEqualTo("user-1");
    wm.verify(postRequestedFor(urlEqualTo("/token")).withRequestBody(containing("code=jarm-code")));
  }

  @Test
  void everyBadJwtResponseIsRefusedBeforeAnyTokenRequest() {
    AuthorizationSession s = jarmSession();
    IdTokenValidator v = TestIdTokens.validator();
    String good = TestIdTokens.sign(jarm(s, "c").build());
    String[] parts = good.split("\\.");
    String otherPayload =
        TestIdTokens.sign(jarm(s, "c").claim("code", "swapped").build()).split("\\.")[1];
    String tampered = parts[0] + "." + otherPayload + "." + parts[2];

    assertThatThrownBy(() -> s.complete(jarmCallback(tampered), tokens, v))
        .isInstanceOfSatisfying(
            InvalidJwtException.class,
            e -> assertThat(e.reason()).startsWith("authorization response").contains("signature"));
    assertRefused(s, jarm(s, "c").audience("another-client"), "authorization response audience");
    assertRefused(s, jarm(s, "c").issuer("https://evil.example"), "authorization response issuer");
    assertRefused(
        s,
        jarm(s, "c").expirationTime(java.util.Date.from(TestIdTokens.NOW.minusSeconds(600))),
        "authorization response expired");
    assertRefused(s, jarm(s, "c").expirationTime(null), "authorization response has no exp");

    assertThatThrownBy(
            () ->
                s.complete(
                    jarmCallback(TestIdTokens.sign(jarm(s, "c").claim("state", "x").build())),
                    tokens,
                    v))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("state"));
    assertThatThrownBy(() -> s.complete(callback(s, "plain", TestIdTokens.ISS), tokens, v))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("response"));
    String denied =
        TestIdTokens.sign(
            jarm(s, null)
                .claim("error", "access_denied")
                .claim("error_description", "user said no")
                .build());
    assertThatThrownBy(() -> s.complete(jarmCallback(denied), tokens, v))
        .isInstanceOfSatisfying(
            AuthorizationDeniedException.class,
            e -> assertThat(e.oauthError()).isEqualTo(OAuthError.ACCESS_DENIED));
    AuthorizationSession noOpenId =
        AuthorizationSession.builder(AUTHORIZE)
            .clientId(TestIdTokens.CLIENT)
            .redirectUri(CALLBACK)
            .responseMode(ResponseMode.JWT)
            .build();
    assertThatThrownBy(() -> noOpenId.complete(jarmCallback(good), tokens, null))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("idTokens"));
    wm.verify(0, postRequestedFor(urlEqualTo("/token")));
  }

  private void assertRefused(AuthorizationSession s, JWTClaimsSet.Builder claims, String reason) {
    URI callback = jarmCallback(TestIdTokens.sign(claims.build()));
    assertThatThrownBy(() -> s.complete(callback, tokens, TestIdTokens.validator()))
        .isInstanceOfSatisfying(
            InvalidJwtException.class, e -> assertThat(e.reason()).startsWith(reason));
  }

  @Test
  void theBuilderNamesEveryMissingValue() {
    assertThatThrownBy(
            () -> AuthorizationSession.builder(null).maxAge(Duration.ofSeconds(-1)).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("authorizationEndpoint")
        .hasMessageContaining("clientId")
        .hasMessageContaining("redirectUri")
        .hasMessageContaining("maxAge");
    assertThatThrownBy(
            () ->
                AuthorizationSession.builder(AUTHORIZE)
                    .clientId("c")
                    .redirectUri(CALLBACK)
                    .responseMode(null)
                    .build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("responseMode");
  }
}
