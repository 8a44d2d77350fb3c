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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plays the browser in an authorization-code flow against Keycloak: GET the authorize URL (built
 * with sdk-core's {@link AuthorizationRequest} or {@code AuthorizationSession}), POST the login
 * form, follow Keycloak's own redirects, and return the first redirect elsewhere (the client's
 * callback) without following it. When Keycloak refuses the request itself it redirects straight
 * back with an {@code error}; that callback is returned as it is.
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
    URI callback =
        callback(
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build(),
            authorize,
            realm.user());
    assertThat(callback.toString()).startsWith(realm.redirectUri());
    return AuthorizationCallback.parse(callback).code(state);
  }

  /**
   * Runs the user agent's part from an authorization URL to the callback URL: signs in, follows
   * Keycloak's own redirects (same origin), and stops at the first redirect elsewhere.
   *
   * @param browser a client that does not follow redirects (for HTTPS, one trusting the server)
   * @param authorize the authorization URL
   * @param user the user who signs in
   * @return the {@code Location} Keycloak redirects back to, with a code or an error
   */
  static URI callback(HttpClient browser, URI authorize, KeycloakRealm.User user) {
    Map<String, String> cookies = new LinkedHashMap<>();
    try {
      HttpResponse<String> page = send(browser, HttpRequest.newBuilder(authorize).GET(), cookies);
      // Keycloak may first redirect to its own login-actions URL (e.g. for a pushed request).
      for (int step = 0; step < 5 && page.statusCode() == 302; step++) {
        URI location = location(page);
        if (!sameOrigin(location, authorize)) {
          return location; // refused before any login: the error goes back to the client
        }
        page = send(browser, HttpRequest.newBuilder(location).GET(), cookies);
      }
      assertThat(page.statusCode()).as("authorize page: %s", title(page.body())).isEqualTo(200);
      Matcher form = LOGIN_FORM.matcher(page.body());
      assertThat(form.find()).as("login form: %s", title(page.body())).isTrue();
      Matcher action = ACTION.matcher(form.group());
      assertThat(action.find()).as("login form action").isTrue();
      // java.net.CookieManager does not send Keycloak's cookies back to the form's URL
      // ("Restart login cookie not found"), so cookies are kept by hand.
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
      StringBuilder trace = new StringBuilder();
      for (int step = 0; step < 5 && next.statusCode() == 302; step++) {
        URI location = location(next);
        if (!sameOrigin(location, authorize)) {
          return location; // back to the client
        }
        trace.append(" -> ").append(location.getPath());
        next = send(browser, HttpRequest.newBuilder(location).GET(), cookies);
      }
      throw new AssertionError(
          "login ended at " + next.statusCode() + trace + ": " + title(next.body()));
    } catch (IOException e) {
      throw new AssertionError("login at " + authorize.getHost() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /**
   * Opens an authorization URL the server must refuse on its own error page (a 400 the user sees;
   * Keycloak shows client policy refusals and unknown {@code request_uri}s so, never redirecting).
   *
   * @param browser a client that does not follow redirects
   * @param authorize the authorization URL
   * @return the page's title and error text
   */
  static String refusal(HttpClient browser, URI authorize) {
    try {
      HttpResponse<String> page =
          send(browser, HttpRequest.newBuilder(authorize).GET(), new LinkedHashMap<>());
      assertThat(page.statusCode()).as("error page: %s", title(page.body())).isEqualTo(400);
      return title(page.body());
    } catch (IOException e) {
      throw new AssertionError("authorize at " + authorize.getHost() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  private static boolean sameOrigin(URI a, URI b) {
    return a.getHost() != null
        && a.getHost().equals(b.getHost())
        && a.getPort() == b.getPort()
        && a.getScheme().equals(b.getScheme());
  }

  private static HttpRequest.Builder post(String action) {
    return HttpRequest.newBuilder(URI.create(unescape(action)))
        .header("Content-Type", "application/x-www-form-urlencoded");
  }

  /** Sends with the cookies kept so far and keeps the ones the response sets. */
  private static HttpResponse<String> send(
      HttpClient browser, HttpRequest.Builder request, Map<String, String> cookies)
      throws IOException, InterruptedException {
    if (!cookies.isEmpty()) {
      StringBuilder header = new StringBuilder();
      cookies.forEach(
          (k, v) ->
              header.append(header.length() == 0 ? "" : "; ").append(k).append('=').append(v));
      request.header("Cookie", header.toString());
    }
    HttpResponse<String> response =
        browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    for (String set : response.headers().allValues("Set-Cookie")) {
      String pair = set.split(";", 2)[0];
      int eq = pair.indexOf('=');
      if (eq > 0) {
        cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }
    return response;
  }

  private static URI location(HttpResponse<?> response) {
    return response
        .uri()
        .resolve(URI.create(response.headers().firstValue("Location").orElseThrow()));
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
