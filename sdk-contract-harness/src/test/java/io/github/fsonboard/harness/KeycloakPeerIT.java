package io.github.fsonboard.harness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Smoke test of the Keycloak fixture: runs only with -Pinterop. */
class KeycloakPeerIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static KeycloakPeer peer;
  private static KeycloakRealm realm;

  @BeforeAll
  static void start() {
    KeycloakPeer.assumeAvailable();
    peer = KeycloakPeer.shared();
    realm = peer.configureRealm();
  }

  @Test
  void runsOnLoopbackAndIsTrackedByPid() {
    assertThat(peer.baseUri().getHost()).isEqualTo("127.0.0.1");
    // kc.sh either execs java (one pid) or runs it as a child (two).
    assertThat(peer.pids())
        .isNotEmpty()
        .allSatisfy(pid -> assertThat(ProcessHandle.of(pid)).hasValueSatisfying(p -> p.isAlive()));
    assertThat(Files.exists(peer.logFile())).isTrue();
    assertThat(realm.toString()).doesNotContain(realm.clientCredentials().clientSecret());
  }

  @Test
  void theSameInstanceServesTheRealmOverHttpsWithItsHttpsIssuer() throws Exception {
    KeycloakRealm https = realm.overHttps(peer.httpsBaseUri());
    HttpResponse<String> response =
        peer.browser()
            .send(
                HttpRequest.newBuilder(https.discovery()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode discovery = JSON.readTree(response.body());
    assertThat(discovery.path("issuer").asText())
        .isEqualTo(https.issuer())
        .startsWith("https://127.0.0.1:");
    assertThat(discovery.path("token_endpoint").asText())
        .isEqualTo(https.tokenEndpoint().toString());
    assertThat(discovery.path("tls_client_certificate_bound_access_tokens").asBoolean()).isTrue();
  }

  @Test
  void aFapiRealmAppliesItsProfileToEveryClient() throws Exception {
    KeycloakFapiRealm fapi =
        peer.configureFapiRealm(KeycloakFapiRealm.Profile.FAPI_2_SECURITY_PROFILE);
    HttpResponse<String> policies =
        HTTP.send(
            HttpRequest.newBuilder(
                    peer.baseUri()
                        .resolve("/admin/realms/" + fapi.name() + "/client-policies/policies"))
                .header("Authorization", "Bearer " + peer.adminToken())
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(policies.statusCode()).isEqualTo(200);
    assertThat(policies.body()).contains("fapi-2-security-profile", "any-client");
    assertThat(fapi.issuer()).startsWith(peer.httpsBaseUri().toString());
    assertThat(fapi.toString()).doesNotContain(fapi.user().password());
  }

  @Test
  void discoveryListsTheRealmEndpoints() throws Exception {
    JsonNode discovery = getJson(realm.discovery());
    assertThat(discovery.path("issuer").asText()).isEqualTo(realm.issuer());
    assertThat(discovery.path("token_endpoint").asText())
        .isEqualTo(realm.tokenEndpoint().toString());
    assertThat(discovery.path("authorization_endpoint").asText())
        .isEqualTo(realm.authorizationEndpoint().toString());
    assertThat(discovery.path("introspection_endpoint").asText())
        .isEqualTo(realm.introspectionEndpoint().toString());
    assertThat(discovery.path("revocation_endpoint").asText())
        .isEqualTo(realm.revocationEndpoint().toString());
    assertThat(discovery.path("registration_endpoint").asText())
        .isEqualTo(realm.registrationEndpoint().toString());
    assertThat(discovery.path("jwks_uri").asText()).isEqualTo(realm.jwksUri().toString());
    assertThat(discovery.path("code_challenge_methods_supported").toString()).contains("S256");
  }

  @Test
  void clientCredentialsTokenIntrospectsActiveForTheResourceServer() throws Exception {
    JsonNode token =
        postForm(
            realm.tokenEndpoint(), realm.clientCredentials(), "grant_type=client_credentials", 200);
    assertThat(token.path("token_type").asText()).isEqualToIgnoringCase("Bearer");
    String accessToken = token.path("access_token").asText();
    assertThat(accessToken).isNotBlank();

    JsonNode introspection =
        postForm(
            realm.introspectionEndpoint(),
            realm.resourceServer(),
            "token=" + encode(accessToken),
            200);
    assertThat(introspection.path("active").asBoolean()).isTrue();
    assertThat(introspection.path("aud").toString()).contains("resource-server");
  }

  @Test
  void configuringAnExistingRealmRecreatesIt() throws Exception {
    KeycloakRealm first = peer.configureRealm("fsonboard-recreated");
    KeycloakRealm second = peer.configureRealm("fsonboard-recreated");
    assertThat(second.clientCredentials().clientSecret())
        .isNotEqualTo(first.clientCredentials().clientSecret());
    JsonNode token =
        postForm(
            second.tokenEndpoint(),
            second.clientCredentials(),
            "grant_type=client_credentials",
            200);
    assertThat(token.path("access_token").asText()).isNotBlank();
  }

  @Test
  void initialAccessTokenRegistersAClient() throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(realm.registrationEndpoint())
                .header("Authorization", "Bearer " + realm.initialAccessToken())
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"client_name\":\"tpp\",\"redirect_uris\":[\""
                            + realm.redirectUri()
                            + "\"],\"grant_types\":[\"client_credentials\"]}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(201);
    JsonNode client = JSON.readTree(response.body());
    assertThat(client.path("client_id").asText()).isNotBlank();
    assertThat(client.path("registration_access_token").asText()).isNotBlank();
  }

  @Test
  void jwtBearerAssertionSignedWithTheRealmKeyGetsAToken() throws Exception {
    KeycloakRealm.JwtBearer jwt = realm.jwtBearer();
    long now = Instant.now().getEpochSecond();
    String header = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}");
    String claims =
        b64(
            JSON.writeValueAsString(
                JSON.createObjectNode()
                    .put("iss", jwt.assertionIssuer())
                    .put("sub", jwt.subject())
                    .put("aud", realm.issuer())
                    .put("iat", now)
                    .put("exp", now + 120)
                    .put("jti", UUID.randomUUID().toString())));
    Signature rs256 = Signature.getInstance("SHA256withRSA");
    rs256.initSign(jwt.signingKey().getPrivate());
    rs256.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
    String assertion =
        header
            + "."
            + claims
            + "."
            + Base64.getUrlEncoder().withoutPadding().encodeToString(rs256.sign());

    JsonNode token =
        postForm(
            realm.tokenEndpoint(),
            jwt.client(),
            "grant_type="
                + encode("urn:ietf:params:oauth:grant-type:jwt-bearer")
                + "&assertion="
                + assertion,
            200);
    assertThat(token.path("access_token").asText()).isNotBlank();
  }

  @Test
  void authorizationCodeWithPkceWorksHeadlesslyAndChecksTheVerifier() throws Exception {
    String verifier = KeycloakPeer.randomSecret() + KeycloakPeer.randomSecret();
    String code = login(verifier);
    String exchange =
        "grant_type=authorization_code&code="
            + encode(code)
            + "&redirect_uri="
            + encode(realm.redirectUri());
    JsonNode tokens =
        postForm(
            realm.tokenEndpoint(),
            realm.authorizationCode(),
            exchange + "&code_verifier=" + verifier,
            200);
    assertThat(tokens.path("refresh_token").asText()).isNotBlank();

    String otherCode = login(verifier);
    JsonNode wrong =
        postForm(
            realm.tokenEndpoint(),
            realm.authorizationCode(),
            "grant_type=authorization_code&code="
                + encode(otherCode)
                + "&redirect_uri="
                + encode(realm.redirectUri())
                + "&code_verifier="
                + verifier.replace(verifier.charAt(0), verifier.charAt(0) == 'A' ? 'B' : 'A'),
            400);
    assertThat(wrong.path("error").asText()).isEqualTo("invalid_grant");
  }

  /** Logs the user in without a browser: authorize, post the login form, read the redirect. */
  private static String login(String verifier) throws Exception {
    // With java.net.CookieManager the login POST fails with "Restart login cookie not found"
    // (it does not send Keycloak's cookies back here), so the Cookie header is copied by hand.
    HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    String challenge =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    URI authorize =
        URI.create(
            realm.authorizationEndpoint()
                + "?response_type=code&scope=openid&state=s1&client_id="
                + realm.authorizationCode().clientId()
                + "&redirect_uri="
                + encode(realm.redirectUri())
                + "&code_challenge="
                + challenge
                + "&code_challenge_method=S256");
    HttpResponse<String> page =
        browser.send(
            HttpRequest.newBuilder(authorize).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    Matcher form = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>").matcher(page.body());
    assertThat(form.find()).as("login form").isTrue();
    Matcher actionAttribute = Pattern.compile("action=\"([^\"]+)\"").matcher(form.group());
    assertThat(actionAttribute.find()).as("login form action").isTrue();
    URI action = URI.create(actionAttribute.group(1).replace("&amp;", "&"));
    HttpResponse<String> redirect =
        browser.send(
            HttpRequest.newBuilder(action)
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
    assertThat(redirect.statusCode())
        .as("login form post: %s", loginError(redirect.body()))
        .isEqualTo(302);
    URI location = URI.create(redirect.headers().firstValue("Location").orElseThrow());
    assertThat(location.toString()).startsWith(realm.redirectUri()).contains("state=s1");
    Matcher code =
        Pattern.compile("[?&]code=([^&]+)")
            .matcher(location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
    assertThat(code.find()).as("code in redirect").isTrue();
    return java.net.URLDecoder.decode(code.group(1), StandardCharsets.UTF_8);
  }

  private static String cookies(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .map(c -> c.split(";", 2)[0])
        .reduce((a, b) -> a + "; " + b)
        .orElse("");
  }

  /** Keycloak's error text on a failed login page (no secrets there). */
  private static String loginError(String html) {
    Matcher m =
        Pattern.compile("(?s)<title>(.*?)</title>.*?(kc-feedback-text|instruction)[^>]*>([^<]*)")
            .matcher(html);
    return m.find()
        ? m.group(1).trim() + ": " + m.group(3).trim()
        : html.substring(0, Math.min(300, html.length()));
  }

  private static JsonNode getJson(URI uri) throws Exception {
    HttpResponse<String> response =
        HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static JsonNode postForm(
      URI uri, KeycloakRealm.Client client, String form, int expectedStatus) throws Exception {
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (encode(client.clientId()) + ":" + encode(client.clientSecret()))
                    .getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(uri)
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    JsonNode body = JSON.readTree(response.body());
    // On failure show only the OAuth error fields, never a token.
    assertThat(response.statusCode())
        .as("%s -> %s %s", uri, body.path("error"), body.path("error_description"))
        .isEqualTo(expectedStatus);
    return body;
  }

  private static String b64(String text) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
