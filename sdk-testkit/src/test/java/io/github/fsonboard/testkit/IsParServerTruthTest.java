package io.github.fsonboard.testkit;

import static io.github.fsonboard.testkit.TestHttp.basic;
import static io.github.fsonboard.testkit.TestHttp.form;
import static io.github.fsonboard.testkit.TestHttp.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.github.fsonboard.harness.TestPki;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * IS 7's pushed authorization requests and request objects, as identity-inbound-auth-oauth runs
 * them (OAuth2ParEndpoint, ParAuthServiceImpl, ParRequestBuilder, RequestObjectValidatorImpl,
 * AuthzUtil); each test names the class and method it mirrors.
 */
@WithWso2Emulator
class IsParServerTruthTest {
  private static final String PREFIX = "urn:ietf:params:oauth:par:request_uri:";
  private static final String CB = IsOAuthTest.CB;
  private static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

  Wso2Emulator wso2;

  private TestSoftware software(String name) {
    return wso2.directory().software(name).algorithm("PS256").issue();
  }

  private static String pushForm(String clientId, String state) {
    return form(
        "client_id", clientId,
        "response_type", "code",
        "redirect_uri", CB,
        "scope", "openid accounts",
        "state", state,
        "code_challenge", CHALLENGE,
        "code_challenge_method", "S256");
  }

  private String requestObject(PrivateKey key, String kid, String clientId, String aud, Instant exp)
      throws Exception {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(clientId)
            .audience(aud)
            .issueTime(new Date())
            .notBeforeTime(new Date())
            .expirationTime(Date.from(exp))
            .jwtID(UUID.randomUUID().toString())
            .claim("client_id", clientId)
            .claim("response_type", "code")
            .claim("redirect_uri", CB)
            .claim("scope", "openid accounts")
            .claim("state", "from-object")
            .claim("nonce", "n-1")
            .claim("code_challenge", CHALLENGE)
            .claim("code_challenge_method", "S256")
            .build();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.PS256)
                .keyID(kid)
                .type(new JOSEObjectType("oauth-authz-req+jwt"))
                .build(),
            claims);
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  private String tokenEndpoint() {
    return wso2.isBaseUrl() + "/oauth2/token";
  }

  private static String authorizeByReference(TestHttp http, String clientId, String requestUri) {
    TestHttp.Res r =
        http.is(
            "GET",
            "/oauth2/authorize?client_id="
                + clientId
                + "&request_uri="
                + URLEncoder.encode(requestUri, StandardCharsets.UTF_8),
            null,
            null);
    assertThat(r.status()).isEqualTo(302);
    return r.header("Location");
  }

  @Test
  void pushedRequestGivesAOneTimeRequestUriForSixtySeconds() {
    // OAuth2ParEndpoint.createAuthResponse: 201 with REQUEST_URI_PREFIX + uuid and expires_in 60
    // (ParConstants.EXPIRES_IN_DEFAULT_VALUE); ParAuthServiceImpl.retrieveParams removes the
    // record on first use, so a second authorization with it fails.
    TestHttp http = new TestHttp(wso2);
    TestHttp.Res c = IsOAuthTest.register(http, "par-basic", map());
    String id = c.str("client_id");
    TestHttp.Res pushed =
        http.isForm("/oauth2/par", basic(id, c.str("client_secret")), pushForm(id, "st-1"));
    assertThat(pushed.status()).as(pushed.body()).isEqualTo(201);
    assertThat(pushed.str("request_uri")).startsWith(PREFIX);
    assertThat(((Number) pushed.json().get("expires_in")).longValue()).isEqualTo(60);

    Map<String, String> callback =
        IsOAuthTest.query(authorizeByReference(http, id, pushed.str("request_uri")));
    assertThat(callback).containsKey("code").containsEntry("state", "st-1");

    String again = authorizeByReference(http, id, pushed.str("request_uri"));
    assertThat(again)
        .startsWith(wso2.isBaseUrl() + "/authenticationendpoint/oauth2_error.do")
        .contains("oauthErrorCode=invalid_request_uri");
  }

  @Test
  void anotherClientCannotUseTheRequestUri() {
    // ParAuthServiceImpl.validateClientID: invalid_request, "par.client.id.not.match".
    TestHttp http = new TestHttp(wso2);
    TestHttp.Res a = IsOAuthTest.register(http, "par-owner", map());
    TestHttp.Res b = IsOAuthTest.register(http, "par-thief", map());
    TestHttp.Res pushed =
        http.isForm(
            "/oauth2/par",
            basic(a.str("client_id"), a.str("client_secret")),
            pushForm(a.str("client_id"), "s"));
    assertThat(authorizeByReference(http, b.str("client_id"), pushed.str("request_uri")))
        .contains("oauthErrorCode=invalid_request")
        .contains("par.client.id.not.match");
  }

  @Test
  void refusalsAreOAuthErrors() {
    // OAuth2ParEndpoint.handleParClientException: invalid_client 401 with a realm, the rest 400.
    TestHttp http = new TestHttp(wso2);
    TestHttp.Res c = IsOAuthTest.register(http, "par-errors", map());
    String id = c.str("client_id");
    String auth = basic(id, c.str("client_secret"));

    TestHttp.Res badSecret = http.isForm("/oauth2/par", basic(id, "wrong"), pushForm(id, "s"));
    assertThat(badSecret.status()).isEqualTo(401);
    assertThat(badSecret.str("error")).isEqualTo("invalid_client");
    assertThat(badSecret.header("WWW-Authenticate")).startsWith("Basic realm=");

    TestHttp.Res withRequestUri =
        http.isForm("/oauth2/par", auth, pushForm(id, "s") + "&request_uri=urn%3Ax");
    assertThat(withRequestUri.status()).isEqualTo(400);
    assertThat(withRequestUri.json())
        .containsEntry("error", "invalid_request")
        .containsEntry("error_description", "Request with request_uri not allowed.");

    TestHttp.Res repeated = http.isForm("/oauth2/par", auth, pushForm(id, "s") + "&state=t");
    assertThat(repeated.status()).isEqualTo(400);
    assertThat(repeated.str("error_description"))
        .isEqualTo("Invalid request with repeated parameters.");
  }

  @Test
  void signedRequestObjectAloneIsEnoughAndItsValuesWin() throws Exception {
    // OAuth2ParEndpoint.extractParamsFromRequestObject: without client_id/redirect_uri/scope/
    // response_type in the form they come from the verified object; AuthzUtil
    // .overrideAuthzParameters then takes state, nonce and PKCE from it.
    TestHttp http = new TestHttp(wso2);
    TestSoftware sw = software("parRo");
    TestHttp.Res c =
        IsOAuthTest.register(
            http,
            "par-ro-app",
            map("jwks_uri", sw.jwksUrl(), "require_signed_request_object", true));
    String id = c.str("client_id");
    String ro =
        requestObject(
            sw.signingKey(), sw.keyId(), id, tokenEndpoint(), Instant.now().plusSeconds(600));
    TestHttp.Res pushed =
        http.isForm(
            "/oauth2/par", basic(id, c.str("client_secret")), form("client_id", id, "request", ro));
    assertThat(pushed.status()).as(pushed.body()).isEqualTo(201);
    Map<String, String> callback =
        IsOAuthTest.query(authorizeByReference(http, id, pushed.str("request_uri")));
    assertThat(callback).containsKey("code").containsEntry("state", "from-object");
  }

  @Test
  void requestObjectRefusalsAreInvalidRequestObject() throws Exception {
    // OIDCRequestObjectUtil.validateRequestObjectSignature and RequestObjectValidatorImpl
    // .validateRequestObject; OAuth2ParEndpoint.validateRequestObject reports them as
    // invalid_request_object.
    TestHttp http = new TestHttp(wso2);
    TestSoftware sw = software("parRoBad");
    TestHttp.Res c = IsOAuthTest.register(http, "par-ro-bad-app", map("jwks_uri", sw.jwksUrl()));
    String id = c.str("client_id");
    String auth = basic(id, c.str("client_secret"));
    Instant later = Instant.now().plusSeconds(600);

    PrivateKey stranger = TestPki.rsaKeys().getPrivate();
    assertRefused(
        http,
        auth,
        id,
        requestObject(stranger, sw.keyId(), id, tokenEndpoint(), later),
        "Request Object signature verification failed.");
    assertRefused(
        http,
        auth,
        id,
        requestObject(sw.signingKey(), sw.keyId(), id, "https://elsewhere/token", later),
        "Invalid parameters found in the Request Object.");
    // checkExpirationTime adds the 300 s TimestampSkew to now: an object expiring within five
    // minutes is already "expired" for IS.
    assertRefused(
        http,
        auth,
        id,
        requestObject(
            sw.signingKey(), sw.keyId(), id, tokenEndpoint(), Instant.now().plusSeconds(240)),
        "Request Object is Expired.");
  }

  private static void assertRefused(
      TestHttp http, String auth, String id, String ro, String description) {
    TestHttp.Res r = http.isForm("/oauth2/par", auth, pushForm(id, "s") + "&request=" + ro);
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.json())
        .containsEntry("error", "invalid_request_object")
        .containsEntry("error_description", description);
  }

  @Test
  void frontChannelRequestObjectIsReadForAnOpenidScopeAndRefusalsGoToTheRedirectUri()
      throws Exception {
    // AuthzUtil.populateOauthParameters -> handleOIDCRequestObject; a refusal goes to the
    // request's redirect_uri with error=invalid_request_object (EndpointUtil.getErrorPageURL).
    TestHttp http = new TestHttp(wso2);
    TestSoftware sw = software("roFront");
    TestHttp.Res c = IsOAuthTest.register(http, "ro-front-app", map("jwks_uri", sw.jwksUrl()));
    String id = c.str("client_id");
    String good =
        requestObject(
            sw.signingKey(), sw.keyId(), id, tokenEndpoint(), Instant.now().plusSeconds(600));
    String base =
        "/oauth2/authorize?client_id="
            + id
            + "&response_type=code&scope=openid&redirect_uri="
            + URLEncoder.encode(CB, StandardCharsets.UTF_8)
            + "&state=outer&request=";
    Map<String, String> ok =
        IsOAuthTest.query(http.is("GET", base + good, null, null).header("Location"));
    assertThat(ok).containsKey("code").containsEntry("state", "from-object");

    String forged =
        requestObject(
            TestPki.rsaKeys().getPrivate(),
            sw.keyId(),
            id,
            tokenEndpoint(),
            Instant.now().plusSeconds(600));
    Map<String, String> refused =
        IsOAuthTest.query(http.is("GET", base + forged, null, null).header("Location"));
    assertThat(refused)
        .containsEntry("error", "invalid_request_object")
        .containsEntry("error_description", "Request Object signature verification failed.");
  }

  @Test
  void parMandatoryClientsCannotUseThePlainFrontChannel() {
    // AuthzUtil.checkPARMandatory: require_pushed_authorization_requests.
    TestHttp http = new TestHttp(wso2);
    TestHttp.Res c =
        IsOAuthTest.register(http, "par-only", map("require_pushed_authorization_requests", true));
    String id = c.str("client_id");
    Map<String, String> plain =
        IsOAuthTest.query(
            http.is(
                    "GET",
                    "/oauth2/authorize?response_type=code&client_id="
                        + id
                        + "&redirect_uri="
                        + URLEncoder.encode(CB, StandardCharsets.UTF_8)
                        + "&code_challenge="
                        + CHALLENGE
                        + "&code_challenge_method=S256",
                    null,
                    null)
                .header("Location"));
    assertThat(plain)
        .containsEntry("error", "invalid_request")
        .containsEntry("error_description", "PAR request is mandatory for the application.");
    TestHttp.Res pushed =
        http.isForm("/oauth2/par", basic(id, c.str("client_secret")), pushForm(id, "ok"));
    assertThat(IsOAuthTest.query(authorizeByReference(http, id, pushed.str("request_uri"))))
        .containsKey("code");
    assertThat(authorizeByReference(http, id, PREFIX + "never-pushed"))
        .contains("oauthErrorCode=invalid_request_uri");
  }

  @Test
  void discoveryPublishesTheParEndpoint() {
    TestHttp http = new TestHttp(wso2);
    assertThat(
            http.is("GET", "/oauth2/token/.well-known/openid-configuration", null, null)
                .str("pushed_authorization_request_endpoint"))
        .isEqualTo(wso2.isBaseUrl() + "/oauth2/par");
  }
}
