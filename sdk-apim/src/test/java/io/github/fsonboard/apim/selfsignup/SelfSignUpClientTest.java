package io.github.fsonboard.apim.selfsignup;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.apim.ApiManager;
import io.github.fsonboard.apim.ApimWireMock;
import io.github.fsonboard.apim.TestJson;
import io.github.fsonboard.apim.contract.ContractTraffic;
import io.github.fsonboard.core.auth.BasicCredentials;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.error.BadRequestException;
import io.github.fsonboard.core.error.ConflictException;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.error.Violation;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ContractTraffic.class)
class SelfSignUpTest extends ApimWireMock {
  private static final String ME = "/api/identity/user/v1.0/me";

  private static SignUpRequest tppUser() {
    return SignUpRequest.builder()
        .username("tpp@example.com")
        .password(TPP_PASSWORD)
        .givenName("Ada")
        .lastName("Lovelace")
        .email("tpp@example.com")
        .organization("Example TPP")
        .build();
  }

  @Test
  void signsUpWithTheNewUsersBasicAuthAndClaims() {
    stub(post(urlEqualTo(ME)).willReturn(json(201, "selfsignup/201.created.json")));

    SignUpResult r = apim.selfSignUp().signUp(tppUser());

    assertThat(r.code()).isEqualTo("USR-02007");
    assertThat(r.userId()).isNotBlank();
    server.verify(
        postRequestedFor(urlEqualTo(ME))
            .withHeader(
                "Authorization",
                equalTo(
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString(
                                "tpp@example.com:tpp-Pa55word!".getBytes(StandardCharsets.UTF_8))))
            .withRequestBody(
                equalToJson(
                    "{\"user\":{\"username\":\"tpp@example.com\",\"realm\":\"PRIMARY\","
                        + "\"password\":\"tpp-Pa55word!\",\"claims\":["
                        + "{\"uri\":\"http://wso2.org/claims/givenname\",\"value\":\"Ada\"},"
                        + "{\"uri\":\"http://wso2.org/claims/lastname\",\"value\":\"Lovelace\"},"
                        + "{\"uri\":\"http://wso2.org/claims/emailaddress\",\"value\":\"tpp@example.com\"},"
                        + "{\"uri\":\"http://wso2.org/claims/organization\",\"value\":\"Example TPP\"}]},"
                        + "\"properties\":[]}")));
    Map<String, Object> example =
        TestJson.object(TestJson.specsFile("apim/examples/is-self-register.request.json"));
    Map<String, Object> sent = TestJson.lastBody(server, "POST", ME);
    assertThat(sent.keySet()).isEqualTo(example.keySet());
    assertThat(((Map<?, ?>) sent.get("user")).keySet())
        .isEqualTo(((Map<?, ?>) example.get("user")).keySet());
  }

  @Test
  void signsUpAuthenticatedAsAnExistingRegistrar() {
    stub(post(urlEqualTo(ME)).willReturn(json(201, "selfsignup/201.created.json")));

    apim.selfSignUp().signUp(tppUser(), BasicCredentials.of("admin", "admin-pa55"));

    server.verify(
        postRequestedFor(urlEqualTo(ME))
            .withHeader(
                "Authorization",
                equalTo(
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString("admin:admin-pa55".getBytes(StandardCharsets.UTF_8))))
            .withRequestBody(
                com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath(
                    "$.user.username", equalTo("tpp@example.com"))));
  }

  @Test
  void usesTheTenantPath() {
    stub(
        post(urlEqualTo("/t/bank.example" + ME))
            .willReturn(json(201, "selfsignup/201.created.json")));

    try (ApiManager tenant =
        ApiManager.builder()
            .baseUrl(baseUrl())
            .tenant("bank.example")
            .httpConfig(noRetry())
            .build()) {
      tenant.selfSignUp().signUp(tppUser());
    }

    server.verify(postRequestedFor(urlEqualTo("/t/bank.example" + ME)));
  }

  @Test
  void anExistingUserIsAConflict() {
    stub(post(urlEqualTo(ME)).willReturn(json(409, "selfsignup/409.exists.json")));

    assertThatThrownBy(() -> apim.selfSignUp().signUp(tppUser()))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.payload().code()).isEqualTo("20030"))
        .hasMessageNotContaining("tpp-Pa55word!");
  }

  @Test
  void aPlainTextRecoveryIdIsReturnedAsASecret() {
    // identity-governance MeApiServiceImpl.mePost with an external notification channel.
    stub(
        post(urlEqualTo(ME))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "text/plain")
                    .withBody("3f1c2a9e-recovery\n")));

    SignUpResult r = apim.selfSignUp().signUp(tppUser(), BasicCredentials.of("admin", "a"));

    assertThat(r.recoveryId().reveal()).isEqualTo("3f1c2a9e-recovery");
    assertThat(r.code()).isNull();
    assertThat(r.toString()).doesNotContain("3f1c2a9e-recovery");
  }

  @Test
  void anEmptyCreatedAnswerIsAResultWithNothingInIt() {
    stub(post(urlEqualTo(ME)).willReturn(aResponse().withStatus(201)));

    SignUpResult r = apim.selfSignUp().signUp(tppUser(), BasicCredentials.of("admin", "a"));

    assertThat(r).isEqualTo(new SignUpResult(null, null, null, null, null));
  }

  @Test
  void disabledSelfSignUpIsABadRequestWith20021() {
    stub(
        post(urlEqualTo(ME))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"code\":\"20021\",\"message\":\"Bad Request\","
                            + "\"description\":\"Self sign up feature is disabled\"}")));

    assertThatThrownBy(() -> apim.selfSignUp().signUp(tppUser(), BasicCredentials.of("admin", "a")))
        .isInstanceOfSatisfying(
            BadRequestException.class, e -> assertThat(e.payload().code()).isEqualTo("20021"));
  }

  @Test
  void missingValuesAreRefusedAndThePasswordNeverPrinted() {
    assertThatThrownBy(() -> SignUpRequest.builder().username(" ").build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly("username", "password"));
    assertThat(tppUser().toString()).doesNotContain("tpp-Pa55word!");
    assertThat(SignUpRequest.builder().username("u").password(Secret.of("p")).build().realm())
        .isEqualTo("PRIMARY");
  }
}
