package io.github.fsonboard.is.scopes;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.error.ConflictException;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.harness.Spec;
import io.github.fsonboard.is.WireMockSupport;
import io.github.fsonboard.is.contract.ContractSpecs;
import java.util.List;
import org.junit.jupiter.api.Test;

@ContractSpecs({Spec.IS_OAUTH2_SCOPES})
class ScopesClientTest extends WireMockSupport {
  private static final String BASE = "/api/identity/oauth2/v1.0/scopes";
  private static final OAuthScope ACCOUNTS =
      new OAuthScope("accounts", "Accounts", "Read accounts", List.of("Internal/subscriber"));

  @Test
  void createListGetUpdateDelete() {
    wm.stubFor(post(BASE).willReturn(json(201, "scopes/200.scope.json")));
    wm.stubFor(get(BASE).willReturn(json(200, "scopes/200.list.json")));
    wm.stubFor(get(BASE + "/name/accounts").willReturn(json(200, "scopes/200.scope.json")));
    wm.stubFor(put(BASE + "/name/accounts").willReturn(json(200, "scopes/200.scope.json")));
    wm.stubFor(delete(BASE + "/name/accounts").willReturn(aResponse().withStatus(204)));

    is.scopes().create(ACCOUNTS);
    assertThat(is.scopes().list())
        .extracting(OAuthScope::name)
        .containsExactly("accounts", "payments");
    assertThat(is.scopes().find("accounts")).hasValue(ACCOUNTS);
    is.scopes().update(ACCOUNTS);
    is.scopes().delete("accounts");

    wm.verify(
        postRequestedFor(urlEqualTo(BASE))
            .withRequestBody(
                equalToJson(
                    "{\"name\":\"accounts\",\"displayName\":\"Accounts\","
                        + "\"description\":\"Read accounts\",\"bindings\":[\"Internal/subscriber\"]}")));
    wm.verify(
        putRequestedFor(urlEqualTo(BASE + "/name/accounts"))
            .withRequestBody(
                equalToJson(
                    "{\"displayName\":\"Accounts\",\"description\":\"Read accounts\","
                        + "\"bindings\":[\"Internal/subscriber\"]}")));
    wm.verify(deleteRequestedFor(urlEqualTo(BASE + "/name/accounts")));
  }

  @Test
  void existsUsesHead() {
    wm.stubFor(
        request("HEAD", urlEqualTo(BASE + "/name/accounts"))
            .willReturn(aResponse().withStatus(200)));
    wm.stubFor(
        request("HEAD", urlEqualTo(BASE + "/name/nope")).willReturn(aResponse().withStatus(404)));
    assertThat(is.scopes().exists("accounts")).isTrue();
    assertThat(is.scopes().exists("nope")).isFalse();
  }

  @Test
  void errorsCarryWso2Codes() {
    wm.stubFor(post(BASE).willReturn(json(409, "scopes/409.exists.json")));
    wm.stubFor(get(BASE + "/name/nope").willReturn(json(404, "scopes/404.missing.json")));
    assertThatThrownBy(() -> is.scopes().create(ACCOUNTS))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.payload().code()).isEqualTo("41004"));
    assertThat(is.scopes().find("nope")).isEmpty();
  }

  @Test
  void badInputFailsBeforeAnyCall() {
    assertThatThrownBy(() -> new OAuthScope("two words", null, null, null))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.field())
                    .containsExactly("name", "displayName"));
    assertNoRequest();
  }
}
