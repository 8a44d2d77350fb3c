package io.github.fsonboard.is.discovery;

import io.github.fsonboard.core.auth.Authentication;
import io.github.fsonboard.core.error.ApiException;
import io.github.fsonboard.core.error.FsOnboardException;
import io.github.fsonboard.core.error.NotFoundException;
import io.github.fsonboard.core.error.TransportException;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.http.BaseUrl;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.internal.http.HttpEngine;
import io.github.fsonboard.core.internal.http.RawCall;
import io.github.fsonboard.core.internal.http.ServerUrls;
import java.net.URI;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Reads authorization server metadata: OpenID Connect discovery documents and RFC 8414 documents.
 * WSO2 IS 7 publishes its document at {@value #WSO2_PATH}; any other provider is found from its
 * issuer with {@link #fetchIssuer(String)}, or read from a full document URL with {@link
 * #fetch(String)}. Every fetch runs on the client's {@link HttpTransport} (proxy, trust, client
 * certificate, timeouts, retries, wire log, response limits), and every failure is a {@link
 * DiscoveryException} naming the URL and the cause.
 *
 * <pre>{@code
 * OidcConfiguration oidc = is.discovery().fetchIssuer("https://kc.bank.example/realms/fs");
 * URI authorize = oidc.authorizationEndpoint();
 * }</pre>
 *
 * <p>Immutable and thread-safe. Usually obtained from {@code IdentityServer.discovery()}.
 */
public final class DiscoveryClient {
  /** Where WSO2 IS serves its discovery document, relative to the server. */
  public static final String WSO2_PATH = "/oauth2/token/.well-known/openid-configuration";

  private static final String WELL_KNOWN = "/.well-known/openid-configuration";
  private static final String RFC8414_WELL_KNOWN = "/.well-known/oauth-authorization-server";
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
   * Finds an authorization server's metadata from its issuer identifier, as OpenID Connect
   * Discovery §4 and RFC 8414 §3 define: first {@code <issuer>/.well-known/openid-configuration},
   * then, when that is not found (404), {@code
   * <origin>/.well-known/oauth-authorization-server<issuer path>}. The document's {@code issuer}
   * must be exactly the issuer asked for (a trailing slash aside), so a server cannot claim
   * another's identity.
   *
   * @param issuer the issuer identifier, e.g. {@code https://kc.bank.example/realms/fs}
   * @return the configuration; {@link OidcConfiguration#issuer()} is the issuer asked for
   * @throws io.github.fsonboard.core.error.ValidationException naming {@code issuer} when it is not
   *     an https URL (http on loopback only) without query or fragment
   * @throws DiscoveryException naming the document URL and the cause when neither document is
   *     usable
   */
  public OidcConfiguration fetchIssuer(String issuer) {
    URI base = BaseUrl.of(issuer, "issuer").uri(); // trailing slash removed, as both specs say
    URI oidc = URI.create(base + WELL_KNOWN);
    OidcConfiguration c;
    try {
      c = read(oidc);
    } catch (DiscoveryException e) {
      if (!(e.getCause() instanceof NotFoundException)) {
        throw e;
      }
      String path = base.getRawPath() == null ? "" : base.getRawPath();
      URI rfc8414 = URI.create(origin(base) + RFC8414_WELL_KNOWN + path);
      c = read(rfc8414);
      requireIssuer(rfc8414, c.issuer(), issuer, base);
      return c;
    }
    requireIssuer(oidc, c.issuer(), issuer, base);
    return c;
  }

  /**
   * Reads a document from a full URL.
   *
   * @param discoveryUrl the document's absolute URL
   * @return the configuration
   * @throws DiscoveryException naming the URL and the cause when the document is unusable or names
   *     an issuer that does not match the URL
   */
  public OidcConfiguration fetch(URI discoveryUrl) {
    OidcConfiguration c = read(discoveryUrl);
    checkIssuer(discoveryUrl, c.issuer());
    return c;
  }

  /** One GET on the transport; every failure becomes a DiscoveryException with its cause. */
  private OidcConfiguration read(URI url) {
    try {
      Request request =
          new Request.Builder()
              .url(url.toString())
              .header("Accept", "application/json")
              .get()
              .build();
      String body = RawCall.execute(http, request).body();
      return DiscoveryMapper.map(RawCall.jsonObject(body, "the metadata document"));
    } catch (ApiException e) {
      throw new DiscoveryException(url, "HTTP " + e.status() + " (not a metadata document)", e);
    } catch (TransportException e) {
      throw new DiscoveryException(url, "the server could not be reached: " + e.getMessage(), e);
    } catch (FsOnboardException e) {
      throw new DiscoveryException(url, e.getMessage(), e);
    }
  }

  private static void requireIssuer(URI url, String found, String asked, URI normalised) {
    if (!found.equals(asked) && !found.equals(normalised.toString())) {
      throw new DiscoveryException(
          url,
          "the document names issuer "
              + found
              + ", not "
              + asked
              + " (OpenID Connect Discovery §4.3, RFC 8414 §3.3)",
          null);
    }
  }

  private static String origin(URI u) {
    return u.getScheme() + "://" + u.getRawAuthority();
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
      throw new DiscoveryException(discoveryUrl, "the document has an invalid issuer", null);
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
      throw new DiscoveryException(
          discoveryUrl, "the document names another issuer (" + issuer + "), RFC 8414 §3.3", null);
    }
  }
}
