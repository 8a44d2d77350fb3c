package io.github.fsonboard.is.internal;

import io.github.fsonboard.core.auth.Authentication;
import io.github.fsonboard.core.auth.ClientAuthentication;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.internal.http.HttpEngine;
import io.github.fsonboard.core.internal.http.HttpResult;
import io.github.fsonboard.core.internal.http.RawCall;
import io.github.fsonboard.core.internal.oauth.ClientAuthenticator;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Posts OAuth forms (introspection, revocation) to one endpoint, authenticated either as a user or
 * service ({@link Authentication}) or as an OAuth client ({@link ClientAuthentication}, RFC 6749
 * §2.3 and RFC 7523 §2.2).
 */
public final class FormPoster {
  private final URI endpoint;
  private final OkHttpClient http;
  private final ClientAuthentication client;

  private FormPoster(URI endpoint, OkHttpClient http, ClientAuthentication client) {
    this.endpoint = endpoint;
    this.http = http;
    this.client = client;
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
    return new FormPoster(endpoint, HttpEngine.of(transport).client(authentication), null);
  }

  /**
   * A poster that authenticates as an OAuth client. A {@code private_key_jwt} assertion names this
   * endpoint as {@code aud} unless the client authentication names its own.
   *
   * @param transport the transport
   * @param endpoint the endpoint
   * @param client the client authentication
   * @return the poster
   */
  public static FormPoster of(HttpTransport transport, URI endpoint, ClientAuthentication client) {
    ClientAuthenticator.requireTransportFor(client, transport.config());
    return new FormPoster(endpoint, HttpEngine.of(transport).client(Authentication.none()), client);
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
    ClientAuthenticator.apply(client, endpoint.toString(), Clock.systemUTC(), form, request);
    return RawCall.execute(http, request.post(form.build()).build());
  }
}
