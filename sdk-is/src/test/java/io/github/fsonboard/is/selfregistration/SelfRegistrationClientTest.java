package io.github.fsonboard.is.selfregistration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.error.ConflictException;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.harness.Spec;
import io.github.fsonboard.is.WireMockSupport;
import io.github.fsonboard.is.contract.ContractSpecs;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@ContractSpecs({Spec.IS_SELF_REGISTRATION})
class SelfRegistrationClientTest extends WireMockSupport {
  private static final String PATH = "/api/identity/user/v1.0/me";

  private static SelfRegistration signUp() {
    Map<String, String> claims = new LinkedHashMap<>();
    claims.put("http://wso2.org/claims/givenname", "Ada");
    claims.put("http://wso2.org/claims/emailaddress", "tpp@example.com");
    return new SelfRegistration(
        "tpp@example.com", Secret.of("Tpp-pass-1"), "PRIMARY", claims, Map.of());
  }

  @Test
  void postsUserWithClaimsAndMapsTheResult() {
    wm.stubFor(post(PATH).willReturn(json(201, "selfregistration/201.registered.json")));
    SelfRegistrationResult r = is.selfRegistration().register(signUp());
    wm.verify(
        postRequestedFor(urlEqualTo(PATH))
            .withHeader("Authorization", equalTo(ADMIN_BASIC))
            .withRequestBody(
                equalToJson(
                    """
                    {"user":{"username":"tpp@example.com","realm":"PRIMARY","password":"Tpp-pass-1",
                      "claims":[{"uri":"http://wso2.org/claims/givenname","value":"Ada"},
                                {"uri":"http://wso2.org/claims/emailaddress","value":"tpp@example.com"}]},
                     "properties":[]}
                    """)));
    assertThat(r.code()).isEqualTo("USR-02007");
    assertThat(r.notificationChannel()).isEqualTo("EMAIL");
    assertThat(r.userId()).isEqualTo("7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d");
  }

  @Test
  void anEmptyCreatedIsASuccessWithNothingToReport() {
    // MeApiServiceImpl.mePost: IS's default answer is 201 with no body.
    wm.stubFor(post(PATH).willReturn(aResponse().withStatus(201)));
    SelfRegistrationResult r = is.selfRegistration().register(signUp());
    assertThat(r.code()).isNull();
    assertThat(r.hasRecoveryId()).isFalse();
    assertThat(r.attributes()).isEmpty();
  }

  @Test
  void aPlainTextCreatedCarriesTheRecoveryIdAsASecret() {
    // With an external notification channel the 201 body is the recovery id as plain text.
    wm.stubFor(
        post(PATH)
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "text/plain")
                    .withBody("5b1f0a6e-0c55-4a4e-9d4e-2f7f0c1b7d10")));
    SelfRegistrationResult r = is.selfRegistration().register(signUp());
    assertThat(r.hasRecoveryId()).isTrue();
    assertThat(r.recoveryId().reveal()).isEqualTo("5b1f0a6e-0c55-4a4e-9d4e-2f7f0c1b7d10");
    assertThat(r.toString()).doesNotContain("5b1f0a6e");
  }

  @Test
  void existingUserIsAConflict() {
    wm.stubFor(post(PATH).willReturn(json(409, "selfregistration/409.user-exists.json")));
    assertThatThrownBy(() -> is.selfRegistration().register(signUp()))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> {
              assertThat(e.payload().code()).isEqualTo("20030");
              assertThat(e.getMessage()).contains("already exists").doesNotContain("Tpp-pass-1");
            });
  }

  @Test
  void missingPasswordFailsBeforeAnyCall() {
    assertThatThrownBy(() -> new SelfRegistration("u", null, null, null, null))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("password"));
    assertNoRequest();
  }
}
