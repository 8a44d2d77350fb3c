package io.github.fsonboard.core.pkce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.error.Violation;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorizationRequestTest {
  private static final URI ENDPOINT = URI.create("https://is.example.com:9446/oauth2/authorize");
  private final CodeVerifier verifier =
      CodeVerifier.of("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");

  private AuthorizationRequest.Builder valid() {
    return AuthorizationRequest.builder(ENDPOINT)
        .clientId("client 1")
        .redirectUri(URI.create("https://tpp.example.com/cb?x=1&y=2"))
        .scopes(List.of("openid", "accounts"))
        .state(State.of("st&=/"))
        .nonce(Nonce.of("n"))
        .codeChallenge(verifier.challenge(CodeChallengeMethod.S256));
  }

  @Test
  void buildsUrlWithEveryParameterPercentEncodedInOrder() {
    URI uri = valid().parameter("prompt", "login consent").parameter("ü", "~ok").build().toUri();
    assertThat(uri.toString())
        .isEqualTo(
            "https://is.example.com:9446/oauth2/authorize?response_type=code&client_id=client%201"
                + "&redirect_uri=https%3A%2F%2Ftpp.example.com%2Fcb%3Fx%3D1%26y%3D2"
                + "&scope=openid%20accounts&state=st%26%3D%2F&nonce=n"
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
                + "&code_challenge_method=S256&prompt=login%20consent&%C3%BC=~ok");
    // round trip through the callback parser's decoder
    assertThat(AuthorizationCallback.parse(uri).parameters())
        .containsEntry("redirect_uri", "https://tpp.example.com/cb?x=1&y=2")
        .containsEntry("state", "st&=/")
        .containsEntry("scope", "openid accounts")
        .containsEntry("ü", "~ok");
  }

  @Test
  void keepsAnExistingQueryOnTheEndpointAndOmitsOptionalParameters() {
    URI uri =
        AuthorizationRequest.builder(URI.create("https://is.example.com/authorize?tenant=a%20b"))
            .clientId("c")
            .state(State.of("s"))
            .codeChallenge(verifier.challenge(CodeChallengeMethod.PLAIN))
            .build()
            .toUri();
    assertThat(uri.getRawQuery())
        .isEqualTo(
            "tenant=a%20b&response_type=code&client_id=c&state=s"
                + "&code_challenge=dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
                + "&code_challenge_method=plain");
  }

  @Test
  void reportsEveryMissingOrBadFieldAtOnce() {
    assertThatThrownBy(
            () ->
                AuthorizationRequest.builder(URI.create("http://is.example.com/authorize#f"))
                    .responseType(" ")
                    .redirectUri(URI.create("/relative#frag"))
                    .scope(" ")
                    .parameter("state", "x")
                    .parameter("", "y")
                    .parameter("z", null)
                    .build())
        .isInstanceOf(ValidationException.class)
        .satisfies(
            e ->
                assertThat(((ValidationException) e).violations())
                    .extracting(Violation::field)
                    .contains(
                        "authorizationEndpoint",
                        "response_type",
                        "client_id",
                        "redirect_uri",
                        "scope",
                        "state",
                        "code_challenge",
                        "extraParameters.state",
                        "extraParameters",
                        "extraParameters.z"));
  }

  @Test
  void endpointMustBeHttpsExceptOnLoopback() {
    assertThatThrownBy(() -> AuthorizationRequest.builder(null).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("authorizationEndpoint");
    assertThatThrownBy(
            () ->
                AuthorizationRequest.builder(URI.create("ftp://is.example.com/a"))
                    .clientId("c")
                    .state(State.of("s"))
                    .codeChallenge(verifier.challenge(CodeChallengeMethod.S256))
                    .build())
        .isInstanceOf(ValidationException.class);
    AuthorizationRequest local =
        new AuthorizationRequest(
            URI.create("http://127.0.0.1:8080/authorize"),
            "code",
            "c",
            null,
            null,
            State.of("s"),
            null,
            verifier.challenge(CodeChallengeMethod.S256),
            null);
    assertThat(local.toUri().getHost()).isEqualTo("127.0.0.1");
    assertThat(local.extraParameters()).isEmpty();
  }
}
