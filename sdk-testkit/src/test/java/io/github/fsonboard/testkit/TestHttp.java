package io.github.fsonboard.testkit;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.text.ParseException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Plain-HTTP test client: java.net.http with an SSLContext that trusts only the emulator's PEM (no
 * trust-all), JSON via nimbus, and a few flow helpers (sign-in, TPP sign-up).
 */
final class TestHttp {
  final Wso2Emulator emulator;
  final HttpClient client;

  TestHttp(Wso2Emulator emulator) {
    this(emulator, trusting(emulator.trustedCertificatePem()));
  }

  /** A client presenting a TPP's transport certificate (mutual TLS). */
  TestHttp(Wso2Emulator emulator, TestSoftware tpp) {
    this(emulator, presenting(emulator, tpp));
  }

  private TestHttp(Wso2Emulator emulator, SSLContext tls) {
    this.emulator = emulator;
    this.client =
        HttpClient.newBuilder()
            .sslContext(tls)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  static SSLContext trusting(String pem) {
    try {
      X509Certificate ca =
          (X509Certificate)
              CertificateFactory.getInstance("X.509")
                  .generateCertificate(
                      new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
      KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
      ks.load(null, null);
      ks.setCertificateEntry("ca", ca);
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(ks);
      SSLContext ssl = SSLContext.getInstance("TLS");
      ssl.init(null, tmf.getTrustManagers(), null);
      return ssl;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Trusts the emulator and presents the TPP's transport certificate and key. */
  static SSLContext presenting(Wso2Emulator emulator, TestSoftware tpp) {
    try {
      KeyStore keys = KeyStore.getInstance("PKCS12");
      keys.load(null, null);
      keys.setKeyEntry(
          "tpp",
          tpp.transportKey(),
          new char[0],
          new java.security.cert.Certificate[] {tpp.transportCertificate()});
      javax.net.ssl.KeyManagerFactory kmf =
          javax.net.ssl.KeyManagerFactory.getInstance(
              javax.net.ssl.KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(keys, new char[0]);
      KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
      trust.load(null, null);
      trust.setCertificateEntry("ca", emulator.trustedCertificate());
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trust);
      SSLContext ssl = SSLContext.getInstance("TLS");
      ssl.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
      return ssl;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A response with parsed JSON helpers. */
  record Res(int status, String body, HttpResponse<String> raw) {
    Map<String, Object> json() {
      try {
        return JSONObjectUtils.parse(body);
      } catch (ParseException e) {
        throw new AssertionError("Not a JSON object: " + body, e);
      }
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> list() {
      return (List<Map<String, Object>>) json().get("list");
    }

    String str(String key) {
      Object v = json().get(key);
      return v == null ? null : String.valueOf(v);
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  static String bearer(String token) {
    return "Bearer " + token;
  }

  static String form(String... kv) {
    StringJoiner j = new StringJoiner("&");
    for (int i = 0; i < kv.length; i += 2) {
      j.add(
          URLEncoder.encode(kv[i], StandardCharsets.UTF_8)
              + "="
              + URLEncoder.encode(kv[i + 1], StandardCharsets.UTF_8));
    }
    return j.toString();
  }

  static String json(Object value) {
    return io.github.fsonboard.testkit.internal.Json.write(value);
  }

  static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  Res send(
      String method, String url, String auth, String contentType, String body, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    if (auth != null) {
      b.header("Authorization", auth);
    }
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    try {
      HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Res(r.statusCode(), r.body(), r);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Res apim(String method, String path, String auth, Object jsonBody) {
    return send(
        method,
        emulator.localApimBaseUrl() + path,
        auth,
        jsonBody == null ? null : "application/json",
        jsonBody == null ? null : json(jsonBody));
  }

  Res is(String method, String path, String auth, Object jsonBody) {
    return send(
        method,
        emulator.localIsBaseUrl() + path,
        auth,
        jsonBody == null ? null : "application/json",
        jsonBody == null ? null : json(jsonBody));
  }

  Res isForm(String path, String auth, String form, String... headers) {
    return send(
        "POST",
        emulator.localIsBaseUrl() + path,
        auth,
        "application/x-www-form-urlencoded",
        form,
        headers);
  }

  Res apimForm(String path, String auth, String form) {
    return send(
        "POST",
        emulator.localApimBaseUrl() + path,
        auth,
        "application/x-www-form-urlencoded",
        form);
  }

  String adminBasic() {
    return basic(emulator.adminUsername(), emulator.adminPassword());
  }

  /** Registers a REST client (v0.17) and gets a password-grant token; returns the token. */
  String signIn(String user, String password, String scopes) {
    Res reg =
        apim(
            "POST",
            "/client-registration/v0.17/register",
            basic(user, password),
            map(
                "callbackUrl",
                "www.google.lk",
                "clientName",
                "rest_api_" + user,
                "owner",
                user,
                "grantType",
                "client_credentials password refresh_token",
                "saasApp",
                true));
    if (reg.status() != 200) {
      throw new AssertionError("register failed: " + reg.status() + " " + reg.body());
    }
    Res tok =
        apimForm(
            "/oauth2/token",
            basic(reg.str("clientId"), reg.str("clientSecret")),
            form(
                "grant_type", "password", "username", user, "password", password, "scope", scopes));
    if (tok.status() != 200) {
      throw new AssertionError("token failed: " + tok.status() + " " + tok.body());
    }
    return tok.str("access_token");
  }

  String adminToken() {
    return signIn(
        emulator.adminUsername(),
        emulator.adminPassword(),
        "apim:admin apim:admin_operations apim:tier_view apim:subscribe");
  }

  static final String TPP_SCOPES = "apim:subscribe apim:app_manage apim:sub_manage apim:api_key";

  /** Signs a TPP up and in; returns its token. */
  String tpp(String username) {
    Res r =
        apim(
            "POST",
            "/api/identity/user/v1.0/me",
            adminBasic(),
            map(
                "user",
                map(
                    "username",
                    username,
                    "realm",
                    "PRIMARY",
                    "password",
                    "Tpp-pass-1",
                    "claims",
                    List.of(map("uri", "http://wso2.org/claims/givenname", "value", "T"))),
                "properties",
                List.of()));
    if (r.status() != 201) {
      throw new AssertionError("sign-up failed: " + r.status() + " " + r.body());
    }
    return signIn(username, "Tpp-pass-1", TPP_SCOPES);
  }
}
