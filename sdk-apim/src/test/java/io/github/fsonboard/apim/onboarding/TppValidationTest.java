package io.github.fsonboard.apim.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fsonboard.apim.ApiManager;
import io.github.fsonboard.apim.TestCertificates;
import io.github.fsonboard.apim.devportal.KeyType;
import io.github.fsonboard.apim.selfsignup.SignUpRequest;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.error.Violation;
import io.github.fsonboard.core.oauth.GrantType;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The local pre-flight checks: every problem at once, each naming its field, no HTTP. */
class TppValidationTest {
  // Nothing listens there: a check that made an HTTP call would fail.
  private final ApiManager apim = ApiManager.builder().baseUrl("https://127.0.0.1:9").build();

  @AfterEach
  void close() {
    apim.close();
  }

  private static List<String> fields(List<Violation> violations) {
    return violations.stream().map(Violation::field).toList();
  }

  @Test
  void validOnboardingHasNoViolation() {
    TppOnboarding ok =
        Onboarding.tpp(apim)
            .signUp(
                SignUpRequest.builder()
                    .username("tpp@example.com")
                    .password(Secret.of("p"))
                    .build())
            .application("App")
            .subscribe("AccountsAPI", "1.0.0", "Unlimited")
            .keyManager("FSKM")
            .keys(
                KeyType.PRODUCTION,
                k ->
                    k.grantTypes(GrantType.AUTHORIZATION_CODE, GrantType.CLIENT_CREDENTIALS)
                        .callbackUrl("https://tpp.example.com/cb")
                        .pkceMandatory(true)
                        .pkceSupportPlain(true)
                        .regulatory(true)
                        .certificate(TestCertificates.validPem()))
            .build();

    assertThat(ok.validate()).isEmpty();
    assertThat(ok.username()).isEqualTo("tpp@example.com");
    assertThat(ok.application().orElseThrow().throttlingPolicy()).isEqualTo("Unlimited");
  }

  @Test
  void reportsEveryProblemAtOnce() {
    TppOnboarding bad =
        Onboarding.tpp(apim)
            .application(" ")
            .subscribe("", "1.0.0", "Unlimited")
            .subscribe("AccountsAPI", "1.0.0", "Gold")
            .subscribe("AccountsAPI", "1.0.0", "Gold")
            .keys(
                KeyType.PRODUCTION,
                k ->
                    k.grantTypes(GrantType.AUTHORIZATION_CODE)
                        .callbackUrl("http://tpp.example.com/cb")
                        .regulatory(true)
                        .pkceSupportPlain(true))
            .keys(KeyType.PRODUCTION, k -> k.grantTypes(GrantType.CLIENT_CREDENTIALS))
            .keys(
                KeyType.SANDBOX,
                k ->
                    k.keyManager("FSKM")
                        .grantTypes(GrantType.CLIENT_CREDENTIALS)
                        .regulatory(true)
                        .certificate("not a certificate"))
            .build();

    List<Violation> v = bad.validate();

    assertThat(fields(v))
        .contains(
            "signIn.username",
            "signIn.password",
            "application.name",
            "subscriptions[0].apiName",
            "subscriptions[2]",
            "keys",
            "keys[PRODUCTION].keyManager",
            "keys[SANDBOX].grantTypesToBeSupported",
            "keys[SANDBOX].additionalProperties.sp_certificate");
    assertThat(v).hasSizeGreaterThanOrEqualTo(9).doesNotHaveDuplicates();
  }

  @Test
  void regulatoryKeysNeedCertificateCodeGrantHttpsCallbackAndPkceForPlain() {
    TppOnboarding bad =
        Onboarding.tpp(apim)
            .signIn("tpp@example.com", Secret.of("p"))
            .application("App")
            .keyManager("FSKM")
            .keys(
                KeyType.PRODUCTION,
                k ->
                    k.grantTypes(GrantType.AUTHORIZATION_CODE)
                        .callbackUrl("http://tpp.example.com/cb")
                        .regulatory(true)
                        .pkceSupportPlain(true))
            .keys(
                KeyType.SANDBOX,
                k ->
                    k.grantTypes(GrantType.CLIENT_CREDENTIALS)
                        .regulatory(true)
                        .certificate(TestCertificates.expiredPem()))
            .build();

    assertThat(fields(bad.validate()))
        .containsExactlyInAnyOrder(
            "keys[PRODUCTION].additionalProperties.sp_certificate",
            "keys[PRODUCTION].additionalProperties.ext_pkce_support_plain",
            "keys[PRODUCTION].callbackUrl",
            "keys[SANDBOX].additionalProperties.sp_certificate",
            "keys[SANDBOX].grantTypesToBeSupported");
  }

  @Test
  void keysAndSubscriptionsNeedAnApplication() {
    TppOnboarding bad =
        Onboarding.tpp(apim)
            .signIn("tpp@example.com", Secret.of("p"))
            .subscribe("AccountsAPI", "1.0.0", "Unlimited")
            .build();

    assertThat(fields(bad.validate())).containsExactly("application.name");
  }
}
