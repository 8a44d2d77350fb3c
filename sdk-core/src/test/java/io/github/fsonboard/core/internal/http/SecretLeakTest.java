package io.github.fsonboard.core.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.fsonboard.core.auth.AccessToken;
import io.github.fsonboard.core.auth.Authentication;
import io.github.fsonboard.core.auth.BasicCredentials;
import io.github.fsonboard.core.auth.ClientAuthentication;
import io.github.fsonboard.core.auth.JwtBearerAssertion;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.auth.SigningKey;
import io.github.fsonboard.core.auth.TokenProvider;
import io.github.fsonboard.core.error.ApiException;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.http.ProxyConfig;
import io.github.fsonboard.core.http.RetryPolicy;
import io.github.fsonboard.core.oauth.OAuthTokenClient;
import io.github.fsonboard.core.oauth.TokenRequest;
import io.github.fsonboard.core.oauth.TokenResponse;
import io.github.fsonboard.harness.TestPki;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Runs calls at TRACE and proves that no secret used reaches a log line, toString or message. */
class SecretLeakTest {
  private static final MediaType JSON = MediaType.get("application/json");

  private final List<String> secrets = new ArrayList<>();
  private final List<String> texts = new ArrayList<>(); // toStrings and exception messages
  private WireMockServer wm;
  private ListAppender<ILoggingEvent> appender;
  private Logger logger;
  private Level before;

  private String secret(String value) {
    secrets.add(value);
    return value;
  }

  @BeforeEach
  void setUp() {
    wm = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
    wm.start();
    logger = (Logger) LoggerFactory.getLogger("io.github.fsonboard");
    before = logger.getLevel();
    logger.setLevel(Level.TRACE);
    appender = new ListAppender<>();
    appender.start();
    logger.addAppender(appender);
  }

  @AfterEach
  void tearDown() {
    logger.detachAppender(appender);
    logger.setLevel(before);
    wm.stop();
  }

  @Test
  void noSecretInLogsToStringsOrMessages() throws Exception {
    String clientSecret = secret("cs-Q7x9Lmn2w");
    String password = secret("pw-Zr8#Kt5!&=x");
    String accessToken = secret("at-Hh3Jk9Pqz");
    String refreshToken = secret("rt-Vb6Nm1Qwy");
    String idToken = secret("idt-Ty5Re3Wq");
    String verifier = secret("vErIfIeR-" + "k".repeat(40));
    String code = secret("code-Xy7Gh2Lp");
    String basicPassword = secret("basic-Pw4Tg8e");
    String bearer = secret("bearer-Lk2Mn7Tz");
    String proxyPassword = secret("proxy-Pw9Aa1");
    String urlToken = secret("qs-Tok3n5Zz");
    KeyPair rsa = TestPki.rsaKeys();
    String pemBody = TestPki.pem("PRIVATE KEY", rsa.getPrivate().getEncoded());
    for (String line : pemBody.split("\n")) {
      if (!line.startsWith("-----") && line.length() > 20) {
        secrets.add(line);
      }
    }

    wm.stubFor(
        post(urlPathEqualTo("/oauth2/token"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withHeader("Set-Cookie", "JSESSIONID=" + secret("cookie-Jh5Gf3"))
                    .withBody(
                        "{\"access_token\":\""
                            + accessToken
                            + "\",\"refresh_token\":\""
                            + refreshToken
                            + "\",\"id_token\":\""
                            + idToken
                            + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
    wm.stubFor(any(urlPathEqualTo("/api")).willReturn(aResponse().withBody("{\"ok\":true}")));

    HttpConfig config = HttpConfig.builder().retryPolicy(RetryPolicy.none()).build();
    HttpTransport transport = HttpTransport.create(config);
    String tokenUrl = wm.url("/oauth2/token");

    // token requests: every grant and client authentication
    OAuthTokenClient basicClient =
        OAuthTokenClient.builder()
            .tokenEndpoint(tokenUrl)
            .clientAuthentication(
                ClientAuthentication.clientSecretBasic("cid", Secret.of(clientSecret)))
            .transport(transport)
            .build();
    OAuthTokenClient postClient =
        OAuthTokenClient.builder()
            .tokenEndpoint(tokenUrl)
            .clientAuthentication(
                ClientAuthentication.clientSecretPost("cid", Secret.of(clientSecret)))
            .transport(transport)
            .build();
    OAuthTokenClient jwtClient =
        OAuthTokenClient.builder()
            .tokenEndpoint(tokenUrl)
            .clientAuthentication(
                ClientAuthentication.privateKeyJwt(
                    "cid", new SigningKey(rsa.getPrivate(), "k", "RS256")))
            .transport(transport)
            .build();
    Secret assertion =
        JwtBearerAssertion.builder()
            .issuer("idp")
            .subject("user")
            .audience(tokenUrl)
            .sign(new SigningKey(rsa.getPrivate(), "k", "RS256"));
    secrets.add(assertion.reveal());
    secrets.add(assertion.reveal().substring(assertion.reveal().lastIndexOf('.') + 1));

    List<TokenRequest> requests =
        List.of(
            TokenRequest.clientCredentials("a"),
            TokenRequest.password("alice", Secret.of(password), List.of("openid")),
            TokenRequest.refreshToken(Secret.of(refreshToken)),
            TokenRequest.authorizationCode(
                code, URI.create("https://tpp.example/cb"), Secret.of(verifier)),
            TokenRequest.jwtBearer(assertion, "openid"));
    List<TokenResponse> responses = new ArrayList<>();
    for (TokenRequest r : requests) {
      texts.add(r.toString());
      responses.add(basicClient.request(r));
      responses.add(postClient.request(r));
    }
    responses.add(jwtClient.clientCredentials());
    for (TokenResponse r : responses) {
      texts.add(r.toString());
      texts.add(r.toAccessToken().toString());
    }

    // Basic and Bearer calls, with JSON bodies full of secret fields
    HttpEngine engine = HttpEngine.of(transport);
    OkHttpClient basic =
        engine.client(Authentication.basic(BasicCredentials.of("admin", basicPassword)));
    OkHttpClient bearerClient =
        engine.client(Authentication.bearer(TokenProvider.of(Secret.of(bearer))));
    StringBuilder json = new StringBuilder("{\"name\":\"app\"");
    for (String field :
        List.of(
            "password",
            "client_secret",
            "clientSecret",
            "consumerSecret",
            "access_token",
            "refresh_token",
            "assertion",
            "code_verifier",
            "Password")) {
      json.append(",\"")
          .append(field)
          .append("\" : \"")
          .append(secret("j-" + field + "-S3c"))
          .append('"');
    }
    json.append('}');
    RawCall.execute(basic, postTo("/api", json.toString(), JSON));
    RawCall.execute(bearerClient, postTo("/api", json.toString(), JSON));
    RawCall.execute(
        bearerClient,
        new Request.Builder().url(wm.url("/api?access_token=" + urlToken + "&page=2")).build());
    RawCall.execute(basic, postTo("/api", pemBody, MediaType.get("text/plain")));
    RawCall.execute(
        basic,
        postTo(
            "/api",
            "{\"certificate\":\"x\",\"privateKey\":\"" + pemBody.replace("\n", "\\n") + "\"}",
            JSON));

    // APIM-style DCR response with a jsonString holding an escaped client_secret
    String dcrSecret = secret("dcr-Cs7Yt4");
    String escapedSecret = secret("dcr-js-Kp2Wd9");
    wm.stubFor(
        post(urlPathEqualTo("/dcr"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"clientId\":\"cid\",\"clientName\":\"app\",\"clientSecret\":\""
                            + dcrSecret
                            + "\",\"jsonString\":\"{\\\"client_name\\\":\\\"app\\\",\\\"client_secret\\\":\\\""
                            + escapedSecret
                            + "\\\",\\\"grant_types\\\":\\\"client_credentials\\\"}\"}")));
    String dcrBody = RawCall.execute(basic, postTo("/dcr", "{}", JSON)).body();
    assertThat(dcrBody).contains(dcrSecret, escapedSecret); // the caller gets them, logs don't

    // error responses echoing secrets
    String echoed = secret("echo-Cs1Zq8");
    String echoedPw = secret("echo-Pw2Xr7");
    wm.stubFor(
        post(urlPathEqualTo("/err"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"error\":\"invalid_client\",\"error_description\":\"bad client\","
                            + "\"client_secret\":\""
                            + echoed
                            + "\",\"password\":\""
                            + echoedPw
                            + "\",\"request\":\"client_secret="
                            + echoed
                            + "&x=1\"}")));
    try {
      RawCall.execute(
          basic,
          postTo(
              "/err",
              "client_secret=" + echoed,
              MediaType.get("application/x-www-form-urlencoded")));
    } catch (ApiException e) {
      texts.add(e.getMessage());
      texts.add(e.payload().toString());
      texts.add(e.toString());
    }
    wm.stubFor(
        post(urlPathEqualTo("/oauth2/token"))
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withBody(
                        "{\"error\":\"invalid_client\",\"client_secret\":\"" + echoed + "\"}")));
    try {
      postClient.clientCredentials();
    } catch (ApiException e) {
      texts.add(e.getMessage());
      texts.add(e.payload().toString());
    }

    // toStrings of every value type that holds a secret
    texts.add(Secret.of(clientSecret).toString());
    texts.add(BasicCredentials.of("admin", basicPassword).toString());
    texts.add(Authentication.basic(BasicCredentials.of("admin", basicPassword)).toString());
    texts.add(new AccessToken(Secret.of(bearer), "Bearer", null, null).toString());
    ProxyConfig proxy =
        ProxyConfig.http("proxy.example", 3128).withCredentials("svc", Secret.of(proxyPassword));
    texts.add(proxy.toString());
    texts.add(HttpConfig.builder().proxy(proxy).build().toString());
    texts.add(transport.toString());
    texts.add(ClientAuthentication.clientSecretBasic("cid", Secret.of(clientSecret)).toString());
    texts.add(ClientAuthentication.clientSecretPost("cid", Secret.of(clientSecret)).toString());
    texts.add(
        ClientAuthentication.privateKeyJwt("cid", new SigningKey(rsa.getPrivate(), "k", "RS256"))
            .toString());
    texts.add(ClientAuthentication.none("cid").toString());
    texts.add(basicClient.clientAuthentication().toString());
    transport.close();

    List<String> lines = appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    // sanity: the wire log really ran and saw the traffic
    assertThat(lines).anyMatch(l -> l.contains("--> POST") && l.contains("grant_type=password"));
    assertThat(lines).anyMatch(l -> l.contains("Authorization: ****"));
    assertThat(lines).anyMatch(l -> l.contains("jsonString"));
    assertThat(lines).anyMatch(l -> l.contains("PRIVATE KEY"));
    assertThat(secrets).hasSizeGreaterThan(25);

    List<String> all = new ArrayList<>(lines);
    all.addAll(texts);
    for (String s : secrets) {
      String encoded = URLEncoder.encode(s, StandardCharsets.UTF_8);
      for (String text : all) {
        assertThat(text).as("a log line, toString or message leaks a secret").doesNotContain(s);
        assertThat(text).as("leaks a form-encoded secret").doesNotContain(encoded);
      }
    }
    // Basic header values never appear either
    String basicHeader = BasicCredentials.of("admin", basicPassword).authorizationHeader();
    assertThat(all).noneMatch(t -> t.contains(basicHeader.substring(6)));
    assertThat(Map.of("lines", lines.size())).isNotEmpty();
  }

  private Request postTo(String path, String body, MediaType type) {
    return new Request.Builder().url(wm.url(path)).post(RequestBody.create(body, type)).build();
  }
}
