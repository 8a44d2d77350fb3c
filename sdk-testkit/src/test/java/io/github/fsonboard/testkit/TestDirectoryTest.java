package io.github.fsonboard.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TestDirectoryTest {
  static Wso2Emulator emulator;

  @BeforeAll
  static void start() {
    emulator = Wso2Emulator.builder().build().start();
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  static JWKSet fetch(String url) throws Exception {
    HttpResponse<String> r =
        HttpClient.newBuilder()
            .sslContext(emulator.sslContext())
            .build()
            .send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    return JWKSet.parse(r.body());
  }

  @Test
  void ssasVerifyWithTheDirectoryJwksTheGatewayServes() throws Exception {
    TestSoftware tpp = emulator.directory().software("dirTpp1").roles("AISP").issue();

    SignedJWT ssa = SignedJWT.parse(tpp.ssa());
    JWK key = fetch(emulator.directory().jwksUrl()).getKeyByKeyId(ssa.getHeader().getKeyID());
    assertThat(ssa.verify(new RSASSAVerifier(key.toRSAKey()))).isTrue();
    assertThat(ssa.getJWTClaimsSet().getIssuer()).isEqualTo(emulator.directory().issuer());
    assertThat(ssa.getJWTClaimsSet().getStringClaim("software_id")).isEqualTo("dirTpp1");
    assertThat(ssa.getJWTClaimsSet().getStringListClaim("software_roles")).containsExactly("AISP");
    assertThat(ssa.getJWTClaimsSet().getStringClaim("software_jwks_endpoint"))
        .isEqualTo(tpp.jwksUrl());
  }

  @Test
  void theSoftwareJwksHoldsTheSigningKeyWithItsCertificate() throws Exception {
    TestSoftware tpp = emulator.directory().software("dirTpp2").algorithm("ES256").issue();

    JWK key = fetch(tpp.jwksUrl()).getKeyByKeyId(tpp.keyId());

    assertThat(key.getX509CertChain()).hasSize(1);
    assertThat(key.toECKey().toECPublicKey()).isEqualTo(tpp.signingCertificate().getPublicKey());
    assertThat(tpp.transportCertificate().getIssuerX500Principal())
        .isEqualTo(emulator.directory().caCertificate().getSubjectX500Principal());
    assertThat(tpp.transportPrivateKeyPem()).startsWith("-----BEGIN PRIVATE KEY-----");
    assertThat(tpp.toString()).doesNotContain("PRIVATE");
  }

  @Test
  void reissuingKeepsTheSoftwareButNotTheJti() throws Exception {
    TestSoftware tpp = emulator.directory().software("dirTpp3").issue();

    TestSoftware again = emulator.directory().reissue(tpp);

    assertThat(again.keyId()).isEqualTo(tpp.keyId());
    assertThat(SignedJWT.parse(again.ssa()).getJWTClaimsSet().getJWTID())
        .isNotEqualTo(SignedJWT.parse(tpp.ssa()).getJWTClaimsSet().getJWTID());
  }

  @Test
  void badSsasCanBeIssuedOnPurpose() throws Exception {
    Instant past = Instant.parse("2020-01-01T00:00:00Z");
    TestSoftware tpp =
        emulator
            .directory()
            .software("dirTpp4")
            .issuer("Elsewhere")
            .expiresAt(past)
            .signedByUnknownKey()
            .issue();

    SignedJWT ssa = SignedJWT.parse(tpp.ssa());
    JWK key = fetch(emulator.directory().jwksUrl()).getKeys().get(0);
    assertThat(ssa.verify(new RSASSAVerifier(key.toRSAKey()))).isFalse();
    assertThat(ssa.getJWTClaimsSet().getIssuer()).isEqualTo("Elsewhere");
    assertThat(ssa.getJWTClaimsSet().getExpirationTime().toInstant()).isEqualTo(past);
    assertThatThrownBy(() -> emulator.directory().software("not valid!"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
