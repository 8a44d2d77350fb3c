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
 * with sdk-core's {@link AuthorizationRequest} or {@code AuthorizationSession}), POST the login
 * form, accept the consent page when the client requires consent (the FAPI profiles do), and return
 * the redirect's {@code Location} without following it. When Keycloak refuses the request itself it
 * redirects straight back with an {@code error}; that callback is returned as it is.
 */
final class HeadlessLogin {

  private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>");
  private static final Pattern FORM = Pattern.compile("<form[^>]*action=\"([^\"]+)\"[^>]*>");
  private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");
  private static final Pattern CONSENT_CODE =
      Pattern.compile("<input[^>]*name=\"code\"[^>]*value=\"([^\"]*)\"");

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
    URI callback =
        callback(
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build(),
            authorize,
            realm.user());
    assertThat(callback.toString()).startsWith(realm.redirectUri());
    return AuthorizationCallback.parse(callback).code(state);
  }

  /**
   * Runs the user agent's part from an authorization URL to the callback URL.
   *
   * @param browser a client that does not follow redirects (for HTTPS, one trusting the server)
   * @param authorize the authorization URL
   * @param user the user who signs in and consents
   * @return the {@code Location} Keycloak redirects back to, with a code or an error
   */
  static URI callback(HttpClient browser, URI authorize, KeycloakRealm.User user) {
    try {
      HttpResponse<String> page = send(browser, HttpRequest.newBuilder(authorize).GET(), null);
      if (page.statusCode() == 302) {
        return location(page); // refused before any login: the error goes back to the client
      }
      assertThat(page.statusCode()).as("authorize page: %s", title(page.body())).isEqualTo(200);
      Matcher form = LOGIN_FORM.matcher(page.body());
      assertThat(form.find()).as("login form: %s", title(page.body())).isTrue();
      Matcher action = ACTION.matcher(form.group());
      assertThat(action.find()).as("login form action").isTrue();
      // java.net.CookieManager does not send Keycloak's cookies back to the form's URL
      // ("Restart login cookie not found"), so the Cookie header is copied by hand.
      String cookies = cookies(page);
      HttpResponse<String> next =
          send(
              browser,
              post(action.group(1))
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "username="
                              + encode(user.username())
                              + "&password="
                              + encode(user.password())
                              + "&credentialId=")),
              cookies);
      if (next.statusCode() == 200 && CONSENT_CODE.matcher(next.body()).find()) {
        next = consent(browser, next, cookies);
      }
      assertThat(next.statusCode()).as("login: %s", title(next.body())).isEqualTo(302);
      return location(next);
    } catch (IOException e) {
      throw new AssertionError("login at " + authorize.getHost() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** Keycloak's consent page (login-oauth-grant.ftl): post its {@code code} with accept=Yes. */
  private static HttpResponse<String> consent(
      HttpClient browser, HttpResponse<String> page, String cookies)
      throws IOException, InterruptedException {
    Matcher form = FORM.matcher(page.body());
    assertThat(form.find()).as("consent form").isTrue();
    Matcher code = CONSENT_CODE.matcher(page.body());
    assertThat(code.find()).as("consent code").isTrue();
    String all = cookies.isEmpty() ? cookies(page) : cookies + "; " + cookies(page);
    return send(
        browser,
        post(form.group(1))
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "code=" + encode(unescape(code.group(1))) + "&accept=Yes")),
        all.endsWith("; ") ? all.substring(0, all.length() - 2) : all);
  }

  private static HttpRequest.Builder post(String action) {
    return HttpRequest.newBuilder(URI.create(unescape(action)))
        .header("Content-Type", "application/x-www-form-urlencoded");
  }

  private static HttpResponse<String> send(
      HttpClient browser, HttpRequest.Builder request, String cookies)
      throws IOException, InterruptedException {
    if (cookies != null && !cookies.isEmpty()) {
      request.header("Cookie", cookies);
    }
    return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static URI location(HttpResponse<?> response) {
    return URI.create(response.headers().firstValue("Location").orElseThrow());
  }

  private static String cookies(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .map(c -> c.split(";", 2)[0])
        .reduce((a, b) -> a + "; " + b)
        .orElse("");
  }

  /** The page title and Keycloak's feedback text (no secrets there), for assertion messages. */
  private static String title(String html) {
    Matcher m =
        Pattern.compile("(?s)<title>(.*?)</title>.*?(kc-feedback-text|instruction)[^>]*>([^<]*)")
            .matcher(html);
    return m.find()
        ? m.group(1).trim() + ": " + m.group(3).trim()
        : html.substring(0, Math.min(300, html.length()));
  }

  private static String unescape(String html) {
    return html.replace("&amp;", "&");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
