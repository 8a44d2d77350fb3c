package io.github.fsonboard.core.pkce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.github.fsonboard.core.auth.SigningKey;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.error.Violation;
import io.github.fsonboard.harness.TestPki;
import java.net.URI;
import java.security.KeyPair;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestObjectTest {
  private static final URI ENDPOINT = URI.create("https://as.example/oauth2/authorize");
  private static final String ISSUER = "https://as.example/oauth2/token";
  private static final KeyPair RSA = TestPki.rsaKeys();
  private static final KeyPair EC = TestPki.ecKeys();
  private final CodeVerifier verifier = CodeVerifier.generate();

  private AuthorizationRequest request() {
    return AuthorizationRequest.builder(ENDPOINT)
        .clientId("tpp-1")
        .redirectUri(URI.create("https://tpp.example/cb"))
        .scope("openid accounts")
        .state(State.of("st-1"))
        .nonce(Nonce.of("n-1"))
        .codeChallenge(verifier.challenge(CodeChallengeMethod.S256))
        .parameter("max_age", "300")
        .parameter("prompt", "login")
        .build();
  }

  @Test
  void ps256RequestObjectCarriesEveryAuthorizationParameterAndTheRegisteredClaims()
      throws Exception {
    Instant now = Instant.parse("2026-12-03T10:00:00Z");
    RequestObject ro =
        RequestObject.builder(request())
            .audience(ISSUER)
            .lifetime(Duration.ofMinutes(10))
            .clock(Clock.fixed(now, ZoneOffset.UTC))
            .claim("claims", Map.of("id_token", Map.of("acr", Map.of("essential", true))))
            .sign(new SigningKey(RSA.getPrivate(), "kid-rsa", "PS256"));

    SignedJWT jwt = SignedJWT.parse(ro.jwt());
    assertThat(jwt.verify(new RSASSAVerifier((RSAPublicKey) RSA.getPublic()))).isTrue();
    assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("PS256");
    assertThat(jwt.getHeader().getKeyID()).isEqualTo("kid-rsa");
    assertThat(jwt.getHeader().getType().getType()).isEqualTo("oauth-authz-req+jwt");
    JWTClaimsSet c = jwt.getJWTClaimsSet();
    assertThat(c.getIssuer()).isEqualTo("tpp-1");
    assertThat(c.getAudience()).containsExactly(ISSUER);
    assertThat(c.getIssueTime().toInstant()).isEqualTo(now);
    assertThat(c.getNotBeforeTime().toInstant()).isEqualTo(now);
    assertThat(c.getExpirationTime().toInstant()).isEqualTo(now.plusSeconds(600));
    assertThat(ro.expiresAt()).isEqualTo(now.plusSeconds(600));
    assertThat(c.getJWTID()).isEqualTo(ro.jwtId()).isNotBlank();
    assertThat(c.getClaims())
        .containsEntry("client_id", "tpp-1")
        .containsEntry("response_type", "code")
        .containsEntry("redirect_uri", "https://tpp.example/cb")
        .containsEntry("scope", "openid accounts")
        .containsEntry("state", "st-1")
        .containsEntry("nonce", "n-1")
        .containsEntry("code_challenge", verifier.challenge(CodeChallengeMethod.S256).value())
        .containsEntry("code_challenge_method", "S256")
        .containsEntry("prompt", "login")
        .containsEntry("max_age", 300L);
    assertThat(c.getJSONObjectClaim("claims")).containsKey("id_token");
    assertThat(ro.toString()).contains("tpp-1").contains(ro.jwtId()).doesNotContain(ro.jwt());
  }

  @Test
  void es256SignsAndEachObjectHasItsOwnJti() throws Exception {
    SigningKey key = SigningKey.of(EC.getPrivate(), null);
    RequestObject a = RequestObject.sign(request(), key, ISSUER);
    RequestObject b = RequestObject.sign(request(), key, ISSUER);
    SignedJWT jwt = SignedJWT.parse(a.jwt());
    assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("ES256");
    assertThat(jwt.getHeader().getKeyID()).isNull();
    assertThat(jwt.verify(new ECDSAVerifier((ECPublicKey) EC.getPublic()))).isTrue();
    assertThat(a.jwtId()).isNotEqualTo(b.jwtId());
  }

  @Test
  void frontChannelUrlCarriesClientIdRequestAndTheOidcRequiredParametersOnly() {
    RequestObject ro = RequestObject.sign(request(), SigningKey.of(EC.getPrivate(), "k"), ISSUER);
    Map<String, String> q = AuthorizationCallback.parse(ro.toUri()).parameters();
    assertThat(q)
        .containsOnlyKeys("client_id", "response_type", "scope", "request")
        .containsEntry("client_id", "tpp-1")
        .containsEntry("scope", "openid accounts")
        .containsEntry("request", ro.jwt());
    assertThat(ro.toUri().toString()).startsWith(ENDPOINT + "?");
  }

  @Test
  void rs256IsRefusedForFapi() {
    SigningKey rs256 = new SigningKey(RSA.getPrivate(), "k", "RS256");
    assertThatThrownBy(() -> RequestObject.sign(request(), rs256, ISSUER))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("signingKey.algorithm")
        .hasMessageContaining("PS256 or ES256");
  }

  @Test
  void everyBadValueIsNamedAtOnce() {
    assertThatThrownBy(
            () ->
                RequestObject.builder(request())
                    .lifetime(Duration.ofMinutes(61))
                    .jwtId(" ")
                    .clock(null)
                    .claim("state", "x")
                    .claim("exp", 1)
                    .claim("extra", null)
                    .sign(null))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactlyInAnyOrder(
                        "aud",
                        "exp",
                        "jti",
                        "clock",
                        "signingKey",
                        "claims.state",
                        "claims.exp",
                        "claims.extra"));
  }

  @Test
  void byReferenceUrlHasOnlyClientIdAndRequestUri() {
    URI uri = request().toUriByReference("urn:ietf:params:oauth:request_uri:abc");
    assertThat(uri.getRawQuery())
        .isEqualTo("client_id=tpp-1&request_uri=urn%3Aietf%3Aparams%3Aoauth%3Arequest_uri%3Aabc");
    assertThatThrownBy(() -> request().toUriByReference(" "))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("request_uri");
  }

  @Test
  void parametersListEveryValueInWireOrder() {
    assertThat(List.copyOf(request().parameters().keySet()))
        .containsExactly(
            "response_type",
            "client_id",
            "redirect_uri",
            "scope",
            "state",
            "nonce",
            "code_challenge",
            "code_challenge_method",
            "max_age",
            "prompt");
  }
}
