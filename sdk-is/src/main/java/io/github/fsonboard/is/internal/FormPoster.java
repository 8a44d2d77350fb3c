package io.github.fsonboard.is.internal;

import io.github.fsonboard.core.auth.Authentication;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.internal.http.HttpEngine;
import io.github.fsonboard.core.internal.http.HttpResult;
import io.github.fsonboard.core.internal.http.RawCall;
import io.github.fsonboard.core.oauth.ClientAuthentication;
import io.github.fsonboard.core.oauth.JwtBearerAssertion;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Posts OAuth forms (introspection, revocation) to one endpoint, authenticated either as a user or
 * service ({@link Authentication}) or as an OAuth client ({@link ClientAuthentication}, RFC 6749
 * §2.3 and RFC 7523 §2.2). sdk-core's token client keeps its client-authentication code private,
 * hence this small copy of it.
 */
public final class FormPoster {
  private static final String CLIENT_ASSERTION_TYPE =
      "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

  private final URI endpoint;
  private final OkHttpClient http;
  private final ClientAuthentication client;
  private final URI assertionAudience;

  private FormPoster(
      URI endpoint, OkHttpClient http, ClientAuthentication client, URI assertionAudience) {
    this.endpoint = endpoint;
    this.http = http;
    this.client = client;
    this.assertionAudience = assertionAudience;
  }

  /**
   * A poster that authenticates as a user or service.
   *
   * @param transport the transport
   * @param endpoint the endpoint
   * @param authentication the credentials
   * @return the poster
   */
  public static FormPoster of(
      HttpTransport transport, URI endpoint, Authentication authentication) {
    return new FormPoster(
        endpoint, HttpEngine.of(transport).client(authentication), null, endpoint);
  }

  /**
   * A poster that authenticates as an OAuth client.
   *
   * @param transport the transport
   * @param endpoint the endpoint
   * @param client the client authentication
   * @return the poster
   */
  public static FormPoster of(HttpTransport transport, URI endpoint, ClientAuthentication client) {
    return of(transport, endpoint, client, endpoint);
  }

  /**
   * A poster that authenticates as an OAuth client, with a chosen {@code aud} for {@code
   * private_key_jwt} assertions. Servers check that {@code aud} against the token endpoint URL
   * (WSO2 IS) or a fixed list that may not include this endpoint (Keycloak rejects its revocation
   * URL), so callers that know the token endpoint pass it.
   *
   * @param transport the transport
   * @param endpoint the endpoint
   * @param client the client authentication
   * @param assertionAudience the client assertion's {@code aud}
   * @return the poster
   */
  public static FormPoster of(
      HttpTransport transport, URI endpoint, ClientAuthentication client, URI assertionAudience) {
    return new FormPoster(
        endpoint,
        HttpEngine.of(transport).client(Authentication.none()),
        client,
        assertionAudience == null ? endpoint : assertionAudience);
  }

  /**
   * Returns the endpoint.
   *
   * @return the URI
   */
  public URI endpoint() {
    return endpoint;
  }

  /**
   * Posts the form.
   *
   * @param fields the form fields (null values are skipped)
   * @return the 2xx result with the body text
   */
  public HttpResult<String> post(Map<String, String> fields) {
    FormBody.Builder form = new FormBody.Builder();
    fields.forEach(
        (k, v) -> {
          if (v != null) {
            form.add(k, v);
          }
        });
    Request.Builder request =
        new Request.Builder().url(endpoint.toString()).header("Accept", "application/json");
    if (client instanceof ClientAuthentication.ClientSecretBasic b) {
      request.header(
          "Authorization",
          Credentials.basic(
              formEncode(b.clientId()), formEncode(b.secret().reveal()), StandardCharsets.UTF_8));
    } else if (client instanceof ClientAuthentication.ClientSecretPost p) {
      form.add("client_id", p.clientId()).add("client_secret", p.secret().reveal());
    } else if (client instanceof ClientAuthentication.PrivateKeyJwt j) {
      form.add("client_id", j.clientId())
          .add("client_assertion_type", CLIENT_ASSERTION_TYPE)
          .add(
              "client_assertion",
              JwtBearerAssertion.builder()
                  .issuer(j.clientId())
                  .subject(j.clientId())
                  .audience(assertionAudience.toString())
                  .lifetime(Duration.ofMinutes(2))
                  .sign(j.key(), j.keyId(), j.algorithm())
                  .reveal());
    } else if (client != null) {
      form.add("client_id", client.clientId());
    }
    return RawCall.execute(http, request.post(form.build()).build());
  }

  /** RFC 6749 §2.3.1: id and secret are form-encoded before Basic encoding. */
  private static String formEncode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
