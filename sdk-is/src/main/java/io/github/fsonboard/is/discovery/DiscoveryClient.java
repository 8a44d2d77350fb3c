package io.github.fsonboard.is.discovery;

import io.github.fsonboard.core.auth.Authentication;
import io.github.fsonboard.core.error.FsOnboardException;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.http.BaseUrl;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.internal.http.HttpEngine;
import io.github.fsonboard.core.internal.http.RawCall;
import io.github.fsonboard.core.internal.http.ServerUrls;
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

  private static final String WELL_KNOWN = "/.well-known/openid-configuration";
  private static final String WSO2_ALIAS_PATH = "/oauth2/oidcdiscovery" + WELL_KNOWN;

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
    OidcConfiguration c = DiscoveryMapper.map(RawCall.jsonObject(body, "Discovery document"));
    checkIssuer(discoveryUrl, c.issuer());
    return c;
  }

  /**
   * The issuer must be the URL the document was read from, less its well-known suffix (OpenID
   * Connect Discovery §4.3, RFC 8414 §3.3), so a document cannot claim another server's identity.
   * WSO2 IS serves the same document at {@code /oauth2/oidcdiscovery/.well-known/...}, issuer
   * {@code <origin>/oauth2/token} (identity-inbound-auth-oauth {@code
   * OIDCDiscoveryEndpoint.getOIDProviderConfiguration}: path component "token" or "oidcdiscovery");
   * a custom document URL needs at least the same origin.
   */
  private static void checkIssuer(URI discoveryUrl, String issuer) {
    String url = discoveryUrl.toString();
    String expected =
        url.endsWith(WELL_KNOWN) ? url.substring(0, url.length() - WELL_KNOWN.length()) : null;
    URI issuerUri;
    try {
      issuerUri = new URI(issuer);
    } catch (java.net.URISyntaxException e) {
      throw new FsOnboardException("Discovery document has an invalid issuer");
    }
    boolean wso2Alias =
        url.endsWith(WSO2_ALIAS_PATH)
            && issuer.equals(
                url.substring(0, url.length() - WSO2_ALIAS_PATH.length()) + "/oauth2/token");
    boolean ok =
        expected != null
            ? issuer.equals(expected) || wso2Alias
            : ServerUrls.sameOrigin(issuerUri, discoveryUrl);
    if (!ok) {
      throw new FsOnboardException(
          "Discovery document from "
              + url
              + " names another issuer ("
              + issuer
              + "): refused, RFC 8414 §3.3");
    }
  }
}
