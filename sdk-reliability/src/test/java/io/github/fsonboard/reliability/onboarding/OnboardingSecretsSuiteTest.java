package io.github.fsonboard.reliability.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.fsonboard.apim.ApiManager;
import io.github.fsonboard.apim.ApimSession;
import io.github.fsonboard.apim.devportal.KeyType;
import io.github.fsonboard.apim.onboarding.KeyManagerSetupReport;
import io.github.fsonboard.apim.onboarding.KeyOutcome;
import io.github.fsonboard.apim.onboarding.Onboarding;
import io.github.fsonboard.apim.onboarding.StepEvent;
import io.github.fsonboard.apim.onboarding.TppOnboarding;
import io.github.fsonboard.apim.onboarding.TppOnboardingException;
import io.github.fsonboard.apim.onboarding.TppOnboardingResult;
import io.github.fsonboard.apim.selfsignup.SignUpRequest;
import io.github.fsonboard.core.auth.Authentication;
import io.github.fsonboard.core.auth.BasicCredentials;
import io.github.fsonboard.core.auth.ClientAuthentication;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.error.FsOnboardException;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.oauth.GrantType;
import io.github.fsonboard.core.oauth.OAuthTokenClient;
import io.github.fsonboard.core.oauth.TokenResponse;
import io.github.fsonboard.harness.TestPki;
import io.github.fsonboard.is.IdentityServer;
import io.github.fsonboard.is.introspection.IntrospectionResult;
import io.github.fsonboard.reliability.LogCapture;
import io.github.fsonboard.reliability.SecretScan;
import io.github.fsonboard.testkit.FaultRule;
import io.github.fsonboard.testkit.InjectedFault;
import io.github.fsonboard.testkit.Wso2Emulator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reliability suite 2 (issue #8), onboarding part: the main job's flow on the emulator (key manager
 * setup, TPP onboarding with regulatory keys, client_credentials token at IS, introspection) at
 * TRACE logging incl. the wire log, plus its failure paths (wrong TPP password, an injected fault,
 * pre-flight validation, wrong admin password). No password, client or consumer secret, token or
 * private key may appear in a log line, the {@code toString} of a result, report or step event, or
 * an exception's message, causes or stack trace.
 */
class OnboardingSecretsSuiteTest {
  private static final String ADMIN = "admin";
  private static final String ADMIN_PASSWORD = "Adm1n-pw-Xq83kZ";
  private static final String IS_ADMIN = "isadmin";
  private static final String IS_ADMIN_PASSWORD = "IsAdm-pw-Rt41mW";
  private static final String TPP_PASSWORD = "Tpp-pw-Nb27cV!";
  private static final String WRONG_PASSWORD = "Wrong-pw-Hj65dF!";

  @Test
  void noSecretInLogsToStringsOrExceptions() {
    TestPki.Issued ca = TestPki.ca("Secrets OB CA");
    TestPki.Issued appCert = TestPki.leaf(ca, "tpp-app");
    String keyPemBody =
        appCert
            .privateKeyPem()
            .replace("-----BEGIN PRIVATE KEY-----\n", "")
            .replace("\n-----END PRIVATE KEY-----\n", "")
            .replace("\n", "");
    List<String> secrets = new ArrayList<>();
    List<Object> returned = new ArrayList<>();
    List<Throwable> thrown = new ArrayList<>();
    List<String> lines;

    try (Wso2Emulator e =
            Wso2Emulator.builder().adminCredentials(ADMIN, ADMIN_PASSWORD).build().start();
        LogCapture logs = LogCapture.traceSdk()) {
      e.addUser(IS_ADMIN, IS_ADMIN_PASSWORD, "admin");
      BasicCredentials registrar = BasicCredentials.of(ADMIN, ADMIN_PASSWORD);
      try (ApiManager apim =
          ApiManager.builder().baseUrl(e.apimBaseUrl()).httpConfig(Flow.http(e).build()).build()) {
        // 1. Key manager (bank administrator), with its IS admin password.
        KeyManagerSetupReport km =
            Onboarding.keyManager(apim.admin(ADMIN, Secret.of(ADMIN_PASSWORD)))
                .fsKeyManager(Flow.KM)
                .identityServer(e.isBaseUrl())
                .identityServerAdmin(IS_ADMIN, Secret.of(IS_ADMIN_PASSWORD))
                .disableResidentKeyManager()
                .build()
                .apply(returned::add);
        returned.add(km);
        ApimSession admin = apim.admin(ADMIN, Secret.of(ADMIN_PASSWORD));
        secrets.add(admin.tokens().token().value().reveal());
        secrets.add(admin.client().clientSecret().reveal());
        returned.add(admin);
        returned.add(admin.client());

        // 2. TPP onboarding with regulatory keys.
        TppOnboarding tpp =
            Flow.tpp(
                apim,
                registrar,
                "tpp@secrets.example",
                Secret.of(TPP_PASSWORD),
                appCert.certificatePem());
        returned.add(tpp);
        returned.add(tpp.plan());
        TppOnboardingResult r = tpp.run(returned::add);
        returned.add(r);
        for (KeyOutcome k : r.keys()) {
          returned.add(k);
          secrets.add(k.consumerSecret().reveal());
        }
        ApimSession tppSession = apim.tpp("tpp@secrets.example", Secret.of(TPP_PASSWORD));
        secrets.add(tppSession.tokens().token().value().reveal());
        secrets.add(tppSession.client().clientSecret().reveal());
        returned.add(tpp.run()); // the re-run reads the keys back

        // 3. client_credentials at IS with the regulatory keys, then introspection.
        KeyOutcome prod = r.key(KeyType.PRODUCTION).orElseThrow();
        try (IdentityServer is =
            IdentityServer.builder()
                .baseUrl(e.isBaseUrl())
                .httpConfig(Flow.http(e).build())
                .adminCredentials(BasicCredentials.of(IS_ADMIN, IS_ADMIN_PASSWORD))
                .build()) {
          OAuthTokenClient tokens =
              is.tokens(
                  ClientAuthentication.clientSecretBasic(
                      prod.consumerKey(), prod.consumerSecret()));
          TokenResponse token = tokens.clientCredentials("accounts");
          returned.add(token);
          returned.add(tokens);
          secrets.add(token.accessToken().reveal());
          IntrospectionResult introspection =
              is.introspection(
                      Authentication.basic(BasicCredentials.of(IS_ADMIN, IS_ADMIN_PASSWORD)))
                  .introspect(token.accessToken());
          assertThat(introspection.active()).isTrue();
          returned.add(introspection);
          returned.add(is);
        }

        // 4. Failure paths.
        thrown.add(
            catchThrowable(
                () ->
                    Flow.tpp(
                            apim,
                            registrar,
                            "tpp@secrets.example",
                            Secret.of(WRONG_PASSWORD),
                            appCert.certificatePem())
                        .run(returned::add)));
        e.faults()
            .add(
                FaultRule.on("POST", "/api/am/devportal/v3/applications")
                    .inject(InjectedFault.status(500))
                    .times(2)); // the step writes once more after a 5xx
        Throwable faulted =
            catchThrowable(
                () ->
                    Flow.tpp(
                            apim,
                            registrar,
                            "tpp2@secrets.example",
                            Secret.of(TPP_PASSWORD),
                            appCert.certificatePem())
                        .run(returned::add));
        assertThat(faulted).isInstanceOf(TppOnboardingException.class);
        returned.add(((TppOnboardingException) faulted).partialResult());
        thrown.add(faulted);
        thrown.add(
            catchThrowable(
                () ->
                    Onboarding.tpp(apim)
                        .signUp(
                            SignUpRequest.builder()
                                .username("tpp3@secrets.example")
                                .password(Secret.of(TPP_PASSWORD))
                                .build(),
                            registrar)
                        .application("App 3")
                        .subscribe("NoSuchAPI", "1.0.0", "Gold")
                        .keyManager(Flow.KM)
                        .keys(
                            KeyType.PRODUCTION,
                            k -> k.grantTypes(GrantType.CLIENT_CREDENTIALS).regulatory(true))
                        .build()
                        .run()));
        thrown.add(
            catchThrowable(
                () ->
                    Onboarding.keyManager(apim.admin(ADMIN, Secret.of(WRONG_PASSWORD)))
                        .fsKeyManager(Flow.KM)
                        .identityServer(e.isBaseUrl())
                        .identityServerAdmin(IS_ADMIN, Secret.of(IS_ADMIN_PASSWORD))
                        .build()
                        .apply(returned::add)));
        returned.add(apim);
      }
      lines = logs.lines();
    }

    assertThat(thrown)
        .hasSize(4)
        .doesNotContainNull()
        .allMatch(FsOnboardException.class::isInstance);
    assertThat(thrown.get(0)).isInstanceOf(TppOnboardingException.class);
    assertThat(thrown.get(2)).isInstanceOf(ValidationException.class);
    assertThat(returned).filteredOn(StepEvent.class::isInstance).hasSizeGreaterThan(10);
    assertThat(lines).anyMatch(l -> l.contains("io.github.fsonboard.http.wire"));

    SecretScan scan =
        new SecretScan()
            .basic(ADMIN, ADMIN_PASSWORD)
            .basic(IS_ADMIN, IS_ADMIN_PASSWORD)
            .basic("tpp@secrets.example", TPP_PASSWORD)
            .secret(TPP_PASSWORD)
            .secret(WRONG_PASSWORD)
            .secret(keyPemBody.substring(40, 80))
            .secret(appCert.privateKeyPem());
    secrets.forEach(scan::secret);
    scan.logLines(lines);
    for (Object o : returned) {
      scan.string(o.getClass().getSimpleName(), o);
    }
    for (Throwable t : thrown) {
      scan.throwable(t.getClass().getSimpleName(), t);
    }
    System.out.println(scan.summary("onboarding secrets suite"));
    scan.findings().forEach(System.out::println);
    assertThat(scan.findings()).isEmpty();
  }
}
