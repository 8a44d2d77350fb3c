package io.github.fsonboard.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fsonboard.core.internal.http.ErrorMapper;
import io.github.fsonboard.core.pkce.AuthorizationDeniedException;
import org.junit.jupiter.api.Test;

class OAuthErrorTest {
  private static final String JSON = "application/json";

  @Test
  void theSameOAuthErrorIsOneConstantWhateverTheStatus() {
    String body = "{\"error\":\"invalid_client\",\"error_description\":\"bad assertion\"}";
    ApiException secret =
        ErrorMapper.toApiException(401, "POST", "https://as/token", JSON, body, null);
    ApiException jwt =
        ErrorMapper.toApiException(400, "POST", "https://as/token", JSON, body, null);
    assertThat(secret).isInstanceOf(AuthenticationException.class);
    assertThat(jwt).isInstanceOf(BadRequestException.class);
    assertThat(secret.oauthError()).contains(OAuthError.INVALID_CLIENT);
    assertThat(jwt.oauthError()).contains(OAuthError.INVALID_CLIENT);
  }

  @Test
  void anUnlistedCodeIsOtherAndKeepsItsString() {
    ApiException e =
        ErrorMapper.toApiException(
            400, "POST", "https://as/par", JSON, "{\"error\":\"vendor_specific\"}", null);
    assertThat(e.oauthError()).contains(OAuthError.OTHER);
    assertThat(e.payload().error()).isEqualTo("vendor_specific");
  }

  @Test
  void aBodyWithoutAnOAuthErrorHasNone() {
    ApiException wso2 =
        ErrorMapper.toApiException(
            409, "POST", "https://apim/x", JSON, "{\"code\":\"900\",\"message\":\"m\"}", null);
    assertThat(wso2.oauthError()).isEmpty();
    ApiException scimList =
        ErrorMapper.toApiException(
            400, "POST", "https://x", JSON, "{\"error\":[{\"code\":\"a\"}]}", null);
    assertThat(scimList.oauthError()).isEmpty();
  }

  @Test
  void codesRoundTripExactly() {
    for (OAuthError e : OAuthError.values()) {
      if (e != OAuthError.OTHER) {
        assertThat(OAuthError.of(e.code())).isEqualTo(e);
      }
    }
    assertThat(OAuthError.INVALID_DPOP_PROOF.code()).isEqualTo("invalid_dpop_proof");
    assertThat(OAuthError.of("INVALID_GRANT")).isEqualTo(OAuthError.OTHER);
    assertThat(OAuthError.of(null)).isEqualTo(OAuthError.OTHER);
    assertThat(OAuthError.OTHER.code()).isNull();
  }

  @Test
  void aDeniedAuthorizationCarriesTheConstantToo() {
    assertThat(new AuthorizationDeniedException("access_denied", null, null).oauthError())
        .isEqualTo(OAuthError.ACCESS_DENIED);
    assertThat(new AuthorizationDeniedException("login_required", null, null).oauthError())
        .isEqualTo(OAuthError.LOGIN_REQUIRED);
  }
}
