package io.github.fsonboard.testkit;

import static io.github.fsonboard.testkit.TestHttp.form;
import static io.github.fsonboard.testkit.TestHttp.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IsJwtAssertionTest {
  static final String BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";

  ECKey idp;
  Wso2Emulator wso2;
  TestHttp http;

  @BeforeEach
  void start() throws Exception {
    idp = new ECKeyGenerator(Curve.P_256).keyID("idp").generate();
    wso2 =
        Wso2Emulator.builder()
            .jwtBearerIssuer("https://idp.example", idp.toECPublicKey())
            .build()
            .start();
    http = new TestHttp(wso2);
  }

  @AfterEach
  void stop() {
    wso2.close();
  }

  static String sign(
      ECKey key, String iss, String sub, String aud, Instant iat, Instant exp, String jti)
      throws Exception {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(),
            new JWTClaimsSet.Builder()
                .issuer(iss)
                .subject(sub)
                .audience(aud)
                .issueTime(Date.from(iat))
                .expirationTime(Date.from(exp))
                .jwtID(jti)
                .build());
    jwt.sign(new ECDSASigner(key));
    return jwt.serialize();
  }

  @Test
  void jwtBearerGrantFromTrustedIssuerWithWso2Checks() throws Exception {
    TestHttp.Res client =
        http.is(
            "POST",
            IsOAuthTest.DCR,
            http.adminBasic(),
            map("client_name", "bearer-app", "grant_types", List.of(BEARER)));
    String basic = TestHttp.basic(client.str("client_id"), client.str("client_secret"));
    String aud = wso2.isBaseUrl() + "/oauth2/token";
    Instant now = Instant.now();
    String jti = UUID.randomUUID().toString();
    String good = sign(idp, "https://idp.example", "alice", aud, now, now.plusSeconds(300), jti);
    TestHttp.Res ok =
        http.isForm(
            "/oauth2/token",
            basic,
            form("grant_type", BEARER, "assertion", good, "scope", "accounts"));
    assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    assertThat(
            http.isForm(
                    "/oauth2/introspect", http.adminBasic(), form("token", ok.str("access_token")))
                .str("username"))
        .isEqualTo("alice");
    TestHttp.Res replay =
        http.isForm("/oauth2/token", basic, form("grant_type", BEARER, "assertion", good));
    assertThat(replay.status()).isEqualTo(400);
    assertThat(replay.str("error")).isEqualTo("invalid_grant");
    String oldIat =
        sign(
            idp,
            "https://idp.example",
            "alice",
            aud,
            now.minus(Duration.ofMinutes(31)),
            now.plusSeconds(300),
            UUID.randomUUID().toString());
    assertThat(
            http.isForm("/oauth2/token", basic, form("grant_type", BEARER, "assertion", oldIat))
                .status())
        .isEqualTo(400);
    String wrongAud =
        sign(
            idp,
            "https://idp.example",
            "alice",
            "https://other",
            now,
            now.plusSeconds(300),
            UUID.randomUUID().toString());
    assertThat(
            http.isForm("/oauth2/token", basic, form("grant_type", BEARER, "assertion", wrongAud))
                .status())
        .isEqualTo(400);
    ECKey stranger = new ECKeyGenerator(Curve.P_256).keyID("idp").generate();
    String forged =
        sign(
            stranger,
            "https://idp.example",
            "alice",
            aud,
            now,
            now.plusSeconds(300),
            UUID.randomUUID().toString());
    assertThat(
            http.isForm("/oauth2/token", basic, form("grant_type", BEARER, "assertion", forged))
                .status())
        .isEqualTo(400);
  }

  @Test
  void privateKeyJwtClientAuthentication() throws Exception {
    ECKey clientKey = new ECKeyGenerator(Curve.P_256).keyID("c1").generate();
    // IS's RegistrationRequestDTO has no inline "jwks": the client's keys come from jwks_uri.
    byte[] jwks =
        new com.nimbusds.jose.jwk.JWKSet(clientKey.toPublicJWK())
            .toString()
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    HttpServer keys = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    keys.createContext(
        "/jwks",
        exchange -> {
          exchange.sendResponseHeaders(200, jwks.length);
          try (var out = exchange.getResponseBody()) {
            out.write(jwks);
          }
        });
    keys.start();
    try {
      privateKeyJwtClientAuthentication(
          clientKey, "http://127.0.0.1:" + keys.getAddress().getPort() + "/jwks");
    } finally {
      keys.stop(0);
    }
  }

  private void privateKeyJwtClientAuthentication(ECKey clientKey, String jwksUri) throws Exception {
    TestHttp.Res client =
        http.is(
            "POST",
            IsOAuthTest.DCR,
            http.adminBasic(),
            map(
                "client_name",
                "pkjwt-app",
                "grant_types",
                List.of("client_credentials"),
                "token_endpoint_auth_method",
                "private_key_jwt",
                "jwks_uri",
                jwksUri));
    String id = client.str("client_id");
    String aud = wso2.isBaseUrl() + "/oauth2/token";
    Instant now = Instant.now();
    String assertion =
        sign(clientKey, id, id, aud, now, now.plusSeconds(300), UUID.randomUUID().toString());
    TestHttp.Res ok =
        http.isForm(
            "/oauth2/token",
            null,
            form(
                "grant_type",
                "client_credentials",
                "client_assertion_type",
                "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                "client_assertion",
                assertion));
    assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    TestHttp.Res replay =
        http.isForm(
            "/oauth2/token",
            null,
            form(
                "grant_type",
                "client_credentials",
                "client_assertion_type",
                "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                "client_assertion",
                assertion));
    assertThat(replay.status()).isEqualTo(401);
    assertThat(replay.str("error")).isEqualTo("invalid_client");
  }
}
