package io.github.fsonboard.is.scim;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.auth.BasicCredentials;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.auth.TokenProvider;
import io.github.fsonboard.core.error.ConflictException;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.paging.Page;
import io.github.fsonboard.harness.Spec;
import io.github.fsonboard.is.WireMockSupport;
import io.github.fsonboard.is.contract.ContractSpecs;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@ContractSpecs({Spec.IS_SCIM2})
class UsersClientTest extends WireMockSupport {

  @Test
  void createSendsScimJsonAndMapsTheUser() {
    wm.stubFor(post("/scim2/Users").willReturn(scim(201, "scim/201.user-created.json")));
    ScimUser u =
        is.users()
            .create(
                new NewUser(
                    "tpp@example.com",
                    Secret.of("Tpp-pass-1"),
                    "Ada",
                    "Lovelace",
                    List.of("tpp@example.com"),
                    Map.of()));
    wm.verify(
        postRequestedFor(urlEqualTo("/scim2/Users"))
            .withHeader("Authorization", equalTo(ADMIN_BASIC))
            .withHeader("Content-Type", equalTo("application/scim+json"))
            .withHeader("Accept", equalTo("application/scim+json"))
            .withRequestBody(
                equalToJson(
                    """
                    {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
                     "userName":"tpp@example.com","password":"Tpp-pass-1",
                     "name":{"givenName":"Ada","familyName":"Lovelace"},
                     "emails":[{"value":"tpp@example.com","primary":true}]}
                    """)));
    assertThat(u.id()).isEqualTo("6b1f8d2e-3c4a-4e5f-9a0b-1c2d3e4f5a6b");
    assertThat(u.userName()).isEqualTo("tpp@example.com");
    assertThat(u.givenName()).isEqualTo("Ada");
    assertThat(u.emails()).containsExactly("tpp@example.com");
    assertThat(u.attributes()).containsKey("meta");
  }

  @Test
  void existingUserIsAConflictWithoutScimType() {
    wm.stubFor(post("/scim2/Users").willReturn(scim(409, "scim/409.user-exists.json")));
    NewUser u = new NewUser("tpp@example.com", Secret.of("p"), null, null, null, null);
    assertThatThrownBy(() -> is.users().create(u))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> {
              // charon's ConflictException carries no scimType: the status tells it.
              assertThat(e.payload().scimType()).isNull();
              assertThat(e.payload().scimStatus()).isEqualTo("409");
              assertThat(e.getMessage()).contains("already exists").doesNotContain("\"p\"");
            });
  }

  @Test
  void findByUserNameFiltersWithAQuotedValue() {
    wm.stubFor(
        get(urlPathEqualTo("/scim2/Users")).willReturn(scim(200, "scim/200.users-empty.json")));
    assertThat(is.users().findByUserName("o\"brien")).isEmpty();
    wm.verify(
        getRequestedFor(urlPathEqualTo("/scim2/Users"))
            .withQueryParam("filter", equalTo("userName eq \"o\\\"brien\""))
            .withQueryParam("startIndex", equalTo("1")));
  }

  @Test
  void streamFollowsStartIndexAcrossPages() {
    wm.stubFor(
        get(urlPathEqualTo("/scim2/Users"))
            .withQueryParam("startIndex", equalTo("1"))
            .willReturn(scim(200, "scim/200.users-page1.json")));
    wm.stubFor(
        get(urlPathEqualTo("/scim2/Users"))
            .withQueryParam("startIndex", equalTo("3"))
            .willReturn(scim(200, "scim/200.users-page2.json")));
    List<ScimUser> all = is.users().stream(null).toList();
    assertThat(all).extracting(ScimUser::userName).containsExactly("alice", "bob", "carol");
    assertThat(all.get(0).emails()).containsExactly("alice@example.com");
    assertThat(all.get(0).roles()).containsExactly("Internal/subscriber");
    Page<ScimUser> first = is.users().list(null, 1, 2);
    assertThat(first.hasNext()).isTrue();
    assertThat(first.next()).isEqualTo("3");
    assertThat(first.total()).isEqualTo(3);
  }

  @Test
  void streamFetchesOnlyThePagesItReaches() {
    wm.stubFor(
        get(urlPathEqualTo("/scim2/Users"))
            .withQueryParam("startIndex", equalTo("1"))
            .willReturn(scim(200, "scim/200.users-page1.json")));
    assertThat(is.users().stream(null).findFirst()).map(ScimUser::userName).contains("alice");
    wm.verify(1, getRequestedFor(urlPathEqualTo("/scim2/Users")));
  }

  @Test
  void getMaps404ToEmptyAndDeleteSendsDelete() {
    wm.stubFor(get("/scim2/Users/nope").willReturn(scim(404, "scim/404.user-missing.json")));
    wm.stubFor(delete("/scim2/Users/u-1").willReturn(aResponse().withStatus(204)));
    assertThat(is.users().findById("nope")).isEmpty();
    is.users().delete("u-1");
    wm.verify(deleteRequestedFor(urlEqualTo("/scim2/Users/u-1")));
  }

  @Test
  void badInputFailsBeforeAnyCall() {
    assertThatThrownBy(() -> new NewUser(" ", null, null, null, null, null))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.violations()).hasSize(2));
    assertThatThrownBy(() -> is.users().list(null, 0, 10))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("startIndex"));
    assertThatThrownBy(() -> is.users().delete("")).isInstanceOf(ValidationException.class);
    assertNoRequest();
  }

  @Test
  void meUsesTheUsersOwnCredentials() {
    wm.stubFor(get("/scim2/Me").willReturn(scim(200, "scim/201.user-created.json")));
    assertThat(is.me(TokenProvider.of(Secret.of("user-at"))).get().userName())
        .isEqualTo("tpp@example.com");
    wm.verify(
        getRequestedFor(urlEqualTo("/scim2/Me"))
            .withHeader("Authorization", equalTo("Bearer user-at")));
    is.me(BasicCredentials.of("admin", "admin-pw")).get();
    wm.verify(
        getRequestedFor(urlEqualTo("/scim2/Me")).withHeader("Authorization", equalTo(ADMIN_BASIC)));
  }
}
