package io.github.fsonboard.is.discovery;

import io.github.fsonboard.core.auth.Authentication;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.http.BaseUrl;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.internal.http.HttpEngine;
import io.github.fsonboard.core.internal.http.RawCall;
import io.github.fsonboard.is.internal.discovery.DiscoveryMapper;
import java.net.URI;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Reads OpenID Connect discovery documents. WSO2 IS 7 publishes its document at {@value
 * #WSO2_PATH}; any other provider's document (Keycloak: {@code
 * /realms/<realm>/.well-known/openid-configuration}) can be read with {@link #fetch(String)}.
 *
 * <pre>{@code
 * OidcConfiguration oidc = is.discovery().fetch();
 * URI token = oidc.tokenEndpoint();
 * }</pre>
 *
 * <p>Immutable and thread-safe. Usually obtained from {@code IdentityServer.discovery()}.
 */
public final class DiscoveryClient {
  /** Where WSO2 IS serves its discovery document, relative to the server. */
  public static final String WSO2_PATH = "/oauth2/token/.well-known/openid-configuration";

  private final BaseUrl baseUrl;
  private final OkHttpClient http;

  /**
   * Creates a client.
   *
   * @param transport the transport to use
   * @param baseUrl the server, e.g. {@code https://is.bank.example:9446}
   */
  public DiscoveryClient(HttpTransport transport, BaseUrl baseUrl) {
    this.baseUrl = Validation.requireNonNull(baseUrl, "baseUrl");
    this.http = HttpEngine.of(transport).client(Authentication.none());
  }

  /**
   * Reads the server's document at {@value #WSO2_PATH}.
   *
   * @return the configuration
   * @throws io.github.fsonboard.core.error.ApiException when the server answers with an error
   */
  public OidcConfiguration fetch() {
    return fetch(baseUrl.resolve(WSO2_PATH));
  }

  /**
   * Reads a document from a full URL.
   *
   * @param discoveryUrl the document's absolute https URL (http for loopback only)
   * @return the configuration
   * @throws io.github.fsonboard.core.error.ValidationException naming {@code discoveryUrl} when the
   *     URL is unusable
   */
  public OidcConfiguration fetch(String discoveryUrl) {
    return fetch(BaseUrl.of(discoveryUrl, "discoveryUrl").uri());
  }

  /**
   * Reads a document from a full URL.
   *
   * @param discoveryUrl the document's absolute URL
   * @return the configuration
   */
  public OidcConfiguration fetch(URI discoveryUrl) {
    Request request =
        new Request.Builder()
            .url(discoveryUrl.toString())
            .header("Accept", "application/json")
            .get()
            .build();
    String body = RawCall.execute(http, request).body();
    return DiscoveryMapper.map(RawCall.jsonObject(body, "Discovery document"));
  }
}
