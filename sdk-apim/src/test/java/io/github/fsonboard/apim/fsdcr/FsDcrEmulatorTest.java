package io.github.fsonboard.apim.fsdcr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.github.fsonboard.apim.contract.EmulatorTraffic;
import io.github.fsonboard.apim.onboarding.DcrOnboarding;
import io.github.fsonboard.apim.onboarding.DcrOnboardingResult;
import io.github.fsonboard.apim.onboarding.Onboarding;
import io.github.fsonboard.apim.onboarding.PlannedAction;
import io.github.fsonboard.apim.onboarding.StepEvent;
import io.github.fsonboard.apim.onboarding.StepStatus;
import io.github.fsonboard.core.auth.ClientAuthentication;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.cert.CertificatePurpose;
import io.github.fsonboard.core.cert.CertificateValidator;
import io.github.fsonboard.core.error.ApiException;
import io.github.fsonboard.core.error.AuthenticationException;
import io.github.fsonboard.core.error.BadRequestException;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.error.Violation;
import io.github.fsonboard.core.http.ClientCertificate;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.http.RetryPolicy;
import io.github.fsonboard.core.http.Trust;
import io.github.fsonboard.core.oauth.OAuthTokenClient;
import io.github.fsonboard.harness.AllowList;
import io.github.fsonboard.harness.ContractValidator;
import io.github.fsonboard.harness.RecordedExchange;
import io.github.fsonboard.harness.Spec;
import io.github.fsonboard.harness.TestPki;
import io.github.fsonboard.harness.ValidationOutcome;
import io.github.fsonboard.harness.Wso2Specs;
import io.github.fsonboard.testkit.FaultRule;
import io.github.fsonboard.testkit.Fixture;
import io.github.fsonboard.testkit.TestSoftware;
import io.github.fsonboard.testkit.Wso2Emulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The FS DCR road on the emulator, end to end with the SDK client, and each server check refusing a
 * request with the server's own error (requests the SDK would refuse to send are sent raw). Every
 * exchange is validated against dcr-swagger.yaml after each test when the specs are present.
 */
class FsDcrEmulatorTest {
  /**
   * Where WSO2's server differs from its own dcr-swagger.yaml (each with the server code), and
   * requests the tests send malformed on purpose.
   */
  static final AllowList SERVER_DIFFERS =
      AllowList.none()
          .allow(
              "validation.response.body.schema.allOf",
              "POST",
              "/open-banking/v3\\.3/register",
              "",
              201,
              "GatewayUtils.constructDCRResponseForCreate drops the required iss, iat, exp, aud, jti")
          .allow(
              "validation.response.body.schema.allOf",
              "PUT",
              "/open-banking/v3\\.3/register/[^/]+",
              "",
              200,
              "GatewayUtils.constructDCRResponseForCreate drops the required iss, iat, exp, aud, jti")
          .allow(
              "validation.response.body.schema.allOf",
              "GET",
              "/open-banking/v3\\.3/register/[^/]+",
              "",
              200,
              "GatewayUtils.constructDCRResponseForRetrieval returns the client id, secret and"
                  + " the configured params only")
          .allow(
              "validation.response.body.schema.enum",
              null,
              "/open-banking/v3\\.3/register.*",
              "invalid_request",
              400,
              "DynamicClientRegistrationRequestMediator answers invalid_request"
                  + " (DCRConstants.INVALID_REQUEST), which RegistrationError's enum lacks")
          .allow(
              "validation.response.body.schema.additionalProperties",
              null,
              "/open-banking/v3\\.3/register.*",
              "traceId",
              400,
              "IS DCR errors pass through the gateway with IS's traceId")
          .allow(
              "validation.response.status.unknown",
              "POST",
              "/open-banking/v3\\.3/register",
              "401",
              401,
              "The API is Mutual-SSL mandatory: APIM refuses a call without a client certificate"
                  + " with 401 (API_AUTH_INVALID_CREDENTIALS)")
          .allow(
              "validation.response.body.unexpected",
              null,
              "/open-banking/v3\\.3/register.*",
              "",
              401,
              "APIM's authentication failures and DCRUtil.getErrorResponse carry a JSON body the"
                  + " spec's 401Error does not declare");

  static Wso2Emulator emulator;
  static EmulatorTraffic traffic;
  final List<HttpTransport> transports = new ArrayList<>();

  @BeforeAll
  static void start() {
    emulator = Wso2Emulator.builder().fixture(Fixture.defaults()).build().start();
    traffic = EmulatorTraffic.record(emulator, FaultRule.Target.FS_GATEWAY);
  }

  @AfterAll
  static void stop() {
    if (emulator != null) {
      emulator.close();
    }
  }

  @AfterEach
  void closeAndCheckContract() {
    transports.forEach(HttpTransport::close);
    try {
      if (Wso2Specs.available()) {
        ContractValidator spec = ContractValidator.of(Spec.FS_DCR, SERVER_DIFFERS);
        List<String> problems = new ArrayList<>();
        for (RecordedExchange e : traffic.exchanges()) {
          if (!e.request().path().startsWith("/open-banking/")) {
            continue; // the directory's JWKS is not part of the API
          }
          for (ValidationOutcome o :
              List.of(
                  spec.validateRequest(e.request()),
                  spec.validateResponse(e.request(), e.response()))) {
            if (!o.valid()) {
              problems.add(o.describe());
            }
          }
        }
        assertThat(problems).isEmpty();
      }
    } finally {
      traffic.clear();
    }
  }

  HttpTransport transport(TestSoftware tls) {
    HttpTransport t =
        HttpTransport.create(
            HttpConfig.builder()
                .retryPolicy(RetryPolicy.none())
                .trust(Trust.pem(emulator.trustedCertificatePem()))
                .clientCertificate(
                    ClientCertificate.pem(
                        tls.transportCertificatePem(), Secret.of(tls.transportPrivateKeyPem())))
                .build());
    transports.add(t);
    return t;
  }

  FsDcrClient client(TestSoftware software, TestSoftware tls) {
    return FsDcrClient.builder()
        .baseUrl(emulator.fsDcrBaseUrl())
        .tokenEndpoint(emulator.isBaseUrl() + "/oauth2/token")
        .transport(transport(tls))
        .signingKey(software.asSigningKey())
        .transportCertificate(
            validator(CertificatePurpose.TLS_CLIENT), software.transportCertificate())
        .signingCertificate(validator(CertificatePurpose.SIGNING), software.signingCertificate())
        .build();
  }

  static CertificateValidator validator(CertificatePurpose purpose) {
    return CertificateValidator.builder()
        .trustAnchors(List.of(emulator.directory().caCertificate()))
        .purpose(purpose)
        .build();
  }

  FsDcrClient client(TestSoftware software) {
    return client(software, software);
  }

  static RegistrationRequest request(TestSoftware software) {
    return RegistrationRequest.builder(SoftwareStatement.parse(software.ssa()))
        .audience("aspsp1")
        .scopes("accounts", "payments")
        .build();
  }

  static long clientsNamed(String softwareId) {
    return emulator.state().identityServerClientCount(softwareId);
  }

  @Test
  void registerTokenReadUpdateDelete() {
    TestSoftware tpp = emulator.directory().software("roadTpp1").issue();
    FsDcrClient dcr = client(tpp);

    ClientRegistration created = dcr.register(request(tpp));
    assertThat(created.clientId()).isNotBlank();
    assertThat(created.clientSecret()).isNotNull();
    assertThat(created.softwareId()).isEqualTo("roadTpp1");

    // The registered TPP gets a token from the emulator's IS with private_key_jwt.
    var token =
        OAuthTokenClient.builder()
            .tokenEndpoint(emulator.isBaseUrl() + "/oauth2/token")
            .clientAuthentication(
                ClientAuthentication.privateKeyJwt(created.clientId(), tpp.asSigningKey()))
            .transport(transport(tpp))
            .build()
            .clientCredentials("accounts");
    assertThat(token.accessToken().reveal()).isNotBlank();

    ClientRegistration read = dcr.read(created.clientId());
    assertThat(read.clientId()).isEqualTo(created.clientId());
    assertThat(read.scope()).isEqualTo("accounts payments");

    // An update carries a fresh SSA: FS refuses an SSA jti it has seen (SSAJTIValidator).
    TestSoftware fresh = emulator.directory().reissue(tpp);
    ClientRegistration updated =
        dcr.update(created.clientId(), request(fresh).toBuilder().scopes("accounts").build());
    assertThat(updated.scope()).isEqualTo("accounts");
    assertThat(dcr.read(created.clientId()).scope()).isEqualTo("accounts");

    dcr.delete(created.clientId());
    assertThat(clientsNamed("roadTpp1")).isZero();
    // A deleted client cannot get the token a read needs.
    assertThatThrownBy(() -> dcr.read(created.clientId()))
        .isInstanceOfSatisfying(
            AuthenticationException.class,
            e -> assertThat(e.payload().error()).isEqualTo("invalid_client"));
  }

  @Test
  void es256SoftwareRegistersAndReads() {
    TestSoftware tpp = emulator.directory().software("esTpp1").algorithm("ES256").issue();
    FsDcrClient dcr = client(tpp);

    ClientRegistration created = dcr.register(request(tpp));

    assertThat(dcr.read(created.clientId()).softwareId()).isEqualTo("esTpp1");
  }

  @Test
  void reRunningNeverCreatesASecondClient() {
    TestSoftware tpp = emulator.directory().software("rerunTpp1").issue();
    FsDcrClient dcr = client(tpp);
    RegistrationOutcome first = dcr.ensureRegistered(request(tpp), null);
    assertThat(first.created()).isTrue();

    TestSoftware fresh = emulator.directory().reissue(tpp);
    RegistrationOutcome again =
        dcr.ensureRegistered(request(fresh), first.registration().clientId());
    assertThat(again.created()).isFalse();
    assertThat(again.registration().clientId()).isEqualTo(first.registration().clientId());

    // Without the client id the server refuses the second registration; the SDK types it.
    assertThatThrownBy(() -> dcr.ensureRegistered(request(fresh), null))
        .isInstanceOfSatisfying(
            SoftwareAlreadyRegisteredException.class,
            e -> {
              assertThat(e.softwareId()).isEqualTo("rerunTpp1");
              assertThat(e.payload().errorDescription())
                  .isEqualTo("Application with the name rerunTpp1 already exist in the system");
            });
    assertThat(clientsNamed("rerunTpp1")).isEqualTo(1);
  }

  @Test
  void aForeignDirectorysSsaIsRefused() {
    TestSoftware tpp =
        emulator.directory().software("foreignTpp1").issuer("Other Directory Ltd").issue();

    assertRefused(
        () -> client(tpp).register(request(tpp)),
        "invalid_software_statement",
        "Invalid issuer in software statement");
  }

  @Test
  void anSsaSignedByAnUnknownKeyIsRefused() {
    TestSoftware tpp = emulator.directory().software("unknownKeyTpp").signedByUnknownKey().issue();

    assertRefused(
        () -> client(tpp).register(request(tpp)),
        "invalid_software_statement",
        "Signature validation failed for the software statement");
  }

  @Test
  void aReplayedSsaIsRefused() {
    TestSoftware tpp = emulator.directory().software("replayTpp1").issue();
    FsDcrClient dcr = client(tpp);
    dcr.delete(dcr.register(request(tpp)).clientId());

    assertRefused(
        () -> dcr.register(request(tpp)),
        "invalid_software_statement",
        "Rejected the replayed jti in the software statement");
  }

  @Test
  void aReplayedRequestIsRefused() throws Exception {
    TestSoftware tpp = emulator.directory().software("replayReq1").issue();
    String signed = client(tpp).signedRequest(request(tpp));
    HttpResponse<String> first = post(tpp, signed);
    assertThat(first.statusCode()).isEqualTo(201);
    String clientId = first.body().replaceAll(".*\"client_id\":\"([^\"]+)\".*", "$1");
    client(tpp).delete(clientId);
    TestSoftware fresh = emulator.directory().reissue(tpp);

    // The same request jti with a fresh SSA, after the first client is gone.
    String jti = SignedJWT.parse(signed).getJWTClaimsSet().getJWTID();
    HttpResponse<String> replay =
        post(tpp, resign(tpp, signed, c -> c.jwtID(jti).claim("software_statement", fresh.ssa())));

    assertError(
        replay,
        400,
        "invalid_client_metadata",
        "Rejected the replayed jti in the registration request");
  }

  @Test
  void aRedirectUriOutsideTheSsaIsRefusedBeforeAndByTheServer() throws Exception {
    TestSoftware tpp = emulator.directory().software("redirectTpp1").issue();
    RegistrationRequest outside =
        request(tpp).toBuilder().redirectUris("https://redirecttpp1.tpp.example/other").build();

    assertThatThrownBy(() -> client(tpp).register(outside))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.violations()).extracting(Violation::field).contains("redirect_uris"));

    String good = client(tpp).signedRequest(request(tpp));
    HttpResponse<String> r =
        post(
            tpp,
            resign(
                tpp,
                good,
                c -> c.claim("redirect_uris", List.of("https://redirecttpp1.tpp.example/other"))));
    assertError(
        r, 400, "invalid_redirect_uri", "Redirect URIs do not match with the software statement");
  }

  @Test
  void aWrongSigningAlgorithmIsRefused() throws Exception {
    TestSoftware tpp = emulator.directory().software("algTpp1").issue();
    assertThat(
            client(tpp).check(request(tpp).toBuilder().idTokenSignedResponseAlg("RS256").build()))
        .extracting(Violation::field)
        .contains("id_token_signed_response_alg");

    String good = client(tpp).signedRequest(request(tpp));
    assertError(
        post(tpp, resign(tpp, good, c -> c.claim("id_token_signed_response_alg", "RS256"))),
        400,
        "invalid_client_metadata",
        "Invalid signature algorithm requested");

    // A request signed with a key that is not the software's: the gateway's signature check.
    SignedJWT other =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.PS256).keyID(tpp.keyId()).build(),
            SignedJWT.parse(good).getJWTClaimsSet());
    other.sign(new RSASSASigner(TestPki.rsaKeys().getPrivate()));
    HttpResponse<String> forged = post(tpp, other.serialize());
    assertThat(forged.statusCode()).isEqualTo(400);
    assertThat(forged.body())
        .contains("\"error\":\"invalid_request\"")
        .contains("Invalid request signature. ");
  }

  @Test
  void anExpiredSsaIsRefusedBeforeAndByTheServer() throws Exception {
    TestSoftware tpp =
        emulator
            .directory()
            .software("expiredTpp1")
            .expiresAt(Instant.now().minus(Duration.ofMinutes(5)))
            .issue();

    assertThat(client(tpp).check(request(tpp)))
        .extracting(Violation::field)
        .contains("software_statement");

    // The request itself is signed right (the SDK would not send it): only the SSA is expired.
    TestSoftware valid = emulator.directory().software("expiredTpp2").issue();
    String good = client(valid).signedRequest(request(valid));
    String expired =
        resign(
            tpp,
            good,
            c ->
                c.issuer("expiredTpp1")
                    .claim("software_id", "expiredTpp1")
                    .claim("redirect_uris", SoftwareStatement.parse(tpp.ssa()).redirectUris())
                    .claim("software_statement", tpp.ssa()));
    assertError(
        post(tpp, expired),
        400,
        "invalid_software_statement",
        "Signature validation failed for the software statement");
  }

  @Test
  void aCertificateThatDoesNotMatchIsRefused() throws Exception {
    TestSoftware tpp = emulator.directory().software("certTpp1").issue();
    TestSoftware other = emulator.directory().software("certTpp2").issue();
    ClientRegistration created = client(tpp).register(request(tpp));

    // Same software keys, another TPP's transport certificate.
    assertThatThrownBy(() -> client(tpp, other).read(created.clientId()))
        .isInstanceOfSatisfying(
            AuthenticationException.class,
            e -> {
              assertThat(e.payload().code()).isEqualTo("900901");
              assertThat(e.payload().message()).isEqualTo("Invalid Credentials");
            });

    // No client certificate at all.
    HttpResponse<String> none =
        HttpClient.newBuilder()
            .sslContext(emulator.sslContext())
            .build()
            .send(
                HttpRequest.newBuilder(URI.create(emulator.fsDcrBaseUrl() + "/register"))
                    .header("Content-Type", "application/jwt")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            client(tpp).signedRequest(request(tpp))))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.body()).contains("900901");
  }

  @Test
  void aTokenOfAnotherClientIsRefused() throws Exception {
    TestSoftware a = emulator.directory().software("bindTppA").issue();
    TestSoftware b = emulator.directory().software("bindTppB").issue();
    ClientRegistration clientA = client(a).register(request(a));
    ClientRegistration clientB = client(b).register(request(b));
    String tokenA =
        OAuthTokenClient.builder()
            .tokenEndpoint(emulator.isBaseUrl() + "/oauth2/token")
            .clientAuthentication(
                ClientAuthentication.privateKeyJwt(clientA.clientId(), a.asSigningKey()))
            .transport(transport(a))
            .build()
            .clientCredentials()
            .accessToken()
            .reveal();

    HttpResponse<String> r =
        mtls(a)
            .send(
                HttpRequest.newBuilder(
                        URI.create(emulator.fsDcrBaseUrl() + "/register/" + clientB.clientId()))
                    .header("Authorization", "Bearer " + tokenA)
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertError(r, 401, "unauthorized", "Token is not bound to the client id sent in the request");
  }

  @Test
  void onboardingByDcrPlansRunsAndResumesWithoutDuplicates() {
    TestSoftware tpp = emulator.directory().software("onboardTpp1").issue();
    FsDcrClient dcr = client(tpp);
    DcrOnboarding first = Onboarding.tppByDcr(dcr).request(request(tpp)).build();

    assertThat(first.plan().changes())
        .extracting(PlannedAction::action)
        .containsExactly(PlannedAction.Action.CREATE);
    assertThat(clientsNamed("onboardTpp1")).isZero();
    List<StepEvent> events = new ArrayList<>();
    DcrOnboardingResult result = first.run(events::add);

    assertThat(result.created()).isTrue();
    assertThat(events)
        .extracting(StepEvent::status)
        .containsExactly(StepStatus.STARTED, StepStatus.DONE);

    DcrOnboarding again =
        Onboarding.tppByDcr(dcr)
            .request(request(emulator.directory().reissue(tpp)))
            .knownClientId(result.registration().clientId())
            .build();
    assertThat(again.plan().hasChanges()).isFalse();
    DcrOnboardingResult resumed = again.run();
    assertThat(resumed.created()).isFalse();
    assertThat(resumed.registration().clientId()).isEqualTo(result.registration().clientId());
    assertThat(resumed.steps()).extracting(StepEvent::status).containsExactly(StepStatus.SKIPPED);
    assertThat(clientsNamed("onboardTpp1")).isEqualTo(1);

    // A saved client id whose client is gone: the onboarding registers again.
    dcr.delete(result.registration().clientId());
    DcrOnboarding afterDelete =
        Onboarding.tppByDcr(dcr)
            .request(request(emulator.directory().reissue(tpp)))
            .knownClientId(result.registration().clientId())
            .build();
    assertThat(afterDelete.plan().hasChanges()).isTrue();
    assertThat(afterDelete.run().created()).isTrue();
    assertThat(clientsNamed("onboardTpp1")).isEqualTo(1);
  }

  @Test
  void onboardingByDcrRefusesABadRequestBeforeSendingAnything() {
    TestSoftware tpp =
        emulator
            .directory()
            .software("onboardTpp2")
            .expiresAt(Instant.now().minus(Duration.ofMinutes(1)))
            .issue();
    DcrOnboarding onboarding = Onboarding.tppByDcr(client(tpp)).request(request(tpp)).build();
    long before = emulator.state().totalRequests();

    assertThat(onboarding.validate()).extracting(Violation::field).contains("software_statement");
    assertThatThrownBy(onboarding::run).isInstanceOf(ValidationException.class);
    assertThatThrownBy(onboarding::plan).isInstanceOf(ValidationException.class);
    assertThat(emulator.state().totalRequests()).isEqualTo(before);
  }

  private static void assertRefused(Runnable call, String error, String description) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            BadRequestException.class,
            e -> {
              assertThat(((ApiException) e).status()).isEqualTo(400);
              assertThat(e.payload().error()).isEqualTo(error);
              assertThat(e.payload().errorDescription()).isEqualTo(description);
            });
  }

  private static void assertError(
      HttpResponse<String> r, int status, String error, String description) {
    assertThat(r.statusCode()).isEqualTo(status);
    assertThat(r.body())
        .contains("\"error\":\"" + error + "\"")
        .contains("\"error_description\":\"" + description + "\"");
  }

  /** Re-signs a request with the software key after changing its claims (a fresh jti too). */
  private static String resign(TestSoftware tpp, String signed, Consumer<JWTClaimsSet.Builder> edit)
      throws Exception {
    SignedJWT jwt = SignedJWT.parse(signed);
    JWTClaimsSet.Builder c = new JWTClaimsSet.Builder(jwt.getJWTClaimsSet());
    c.jwtID(UUID.randomUUID().toString());
    edit.accept(c);
    SignedJWT out =
        new SignedJWT(new JWSHeader.Builder(jwt.getHeader()).keyID(tpp.keyId()).build(), c.build());
    out.sign(new RSASSASigner(tpp.signingKey()));
    return out.serialize();
  }

  private static HttpResponse<String> post(TestSoftware tpp, String jwt) throws Exception {
    return mtls(tpp)
        .send(
            HttpRequest.newBuilder(URI.create(emulator.fsDcrBaseUrl() + "/register"))
                .header("Content-Type", "application/jwt")
                .POST(HttpRequest.BodyPublishers.ofString(jwt))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /** A JDK client presenting the software's transport certificate. */
  private static HttpClient mtls(TestSoftware tpp) throws Exception {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    ks.load(null, null);
    ks.setKeyEntry(
        "tpp", tpp.transportKey(), new char[0], new Certificate[] {tpp.transportCertificate()});
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(ks, new char[0]);
    KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
    trust.load(null, null);
    trust.setCertificateEntry("emulator", emulator.trustedCertificate());
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(trust);
    SSLContext ssl = SSLContext.getInstance("TLS");
    ssl.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
    return HttpClient.newBuilder().sslContext(ssl).build();
  }
}
