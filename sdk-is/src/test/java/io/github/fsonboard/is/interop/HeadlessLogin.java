package io.github.fsonboard.is.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fsonboard.core.pkce.AuthorizationCallback;
import io.github.fsonboard.core.pkce.AuthorizationRequest;
import io.github.fsonboard.core.pkce.CodeChallengeMethod;
import io.github.fsonboard.core.pkce.CodeVerifier;
import io.github.fsonboard.core.pkce.State;
import io.github.fsonboard.harness.KeycloakRealm;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plays the browser in an authorization-code flow against Keycloak: GET the authorize URL (built
 * with sdk-core's {@link AuthorizationRequest}), POST the login form, read the code from the
 * redirect's {@code Location} (parsed with {@link AuthorizationCallback}), never following it.
 */
final class HeadlessLogin {

  private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>");
  private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");

  private HeadlessLogin() {}

  /**
   * Logs the realm's user in for a client and returns the authorization code.
   *
   * @param realm the realm
   * @param clientId the client asking for the code
   * @param verifier the PKCE verifier whose S256 challenge goes into the request
   * @return the code
   */
  static String code(KeycloakRealm realm, String clientId, CodeVerifier verifier) {
    State state = State.generate();
    URI authorize =
        AuthorizationRequest.builder(realm.authorizationEndpoint())
            .clientId(clientId)
            .redirectUri(URI.create(realm.redirectUri()))
            .scope("openid")
            .state(state)
            .codeChallenge(verifier.challenge(CodeChallengeMethod.S256))
            .build()
            .toUri();
    HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    try {
      HttpResponse<String> page =
          browser.send(
              HttpRequest.newBuilder(authorize).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).as("authorize page").isEqualTo(200);
      Matcher form = LOGIN_FORM.matcher(page.body());
      assertThat(form.find()).as("login form").isTrue();
      Matcher action = ACTION.matcher(form.group());
      assertThat(action.find()).as("login form action").isTrue();
      // java.net.CookieManager does not send Keycloak's cookies back to the form's URL
      // ("Restart login cookie not found"), so the Cookie header is copied by hand.
      HttpResponse<String> redirect =
          browser.send(
              HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .header("Cookie", cookies(page))
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "username="
                              + encode(realm.user().username())
                              + "&password="
                              + encode(realm.user().password())
                              + "&credentialId="))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(redirect.statusCode()).as("login form post").isEqualTo(302);
      URI location = URI.create(redirect.headers().firstValue("Location").orElseThrow());
      assertThat(location.toString()).startsWith(realm.redirectUri());
      return AuthorizationCallback.parse(location).code(state);
    } catch (IOException e) {
      throw new AssertionError("login against " + realm + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  private static String cookies(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .map(c -> c.split(";", 2)[0])
        .reduce((a, b) -> a + "; " + b)
        .orElse("");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
