package io.github.fsonboard.is.userinfo;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.auth.TokenProvider;
import io.github.fsonboard.core.error.AuthenticationException;
import io.github.fsonboard.is.WireMockSupport;
import org.junit.jupiter.api.Test;

class UserInfoClientTest extends WireMockSupport {

  @Test
  void fetchesClaimsWithTheUsersBearerToken() {
    wm.stubFor(get("/oauth2/userinfo").willReturn(json(200, "userinfo/200.claims.json")));
    UserInfo u = is.userInfo(TokenProvider.of(Secret.of("user-at"))).fetch();
    assertThat(u.subject()).isEqualTo("tpp@example.com");
    assertThat(u.claim("given_name")).hasValue("Ada");
    assertThat(u.claims()).containsEntry("email_verified", true);
    wm.verify(
        getRequestedFor(urlEqualTo("/oauth2/userinfo"))
            .withHeader("Authorization", equalTo("Bearer user-at")));
  }

  @Test
  void invalidTokenIsAnAuthenticationException() {
    wm.stubFor(get("/oauth2/userinfo").willReturn(json(401, "userinfo/401.invalid-token.json")));
    assertThatThrownBy(() -> is.userInfo(TokenProvider.of(Secret.of("bad"))).fetch())
        .isInstanceOfSatisfying(
            AuthenticationException.class,
            e -> assertThat(e.payload().error()).isEqualTo("invalid_token"));
  }
}
