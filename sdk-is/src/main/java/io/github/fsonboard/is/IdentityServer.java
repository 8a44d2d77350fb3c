package io.github.fsonboard.is;

import io.github.fsonboard.core.auth.Authentication;
import io.github.fsonboard.core.auth.BasicCredentials;
import io.github.fsonboard.core.auth.ClientAuthentication;
import io.github.fsonboard.core.auth.SigningKey;
import io.github.fsonboard.core.auth.TokenProvider;
import io.github.fsonboard.core.cert.JwksSource;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.http.BaseUrl;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.HttpFetcher;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.internal.client.ClientSetup;
import io.github.fsonboard.core.internal.client.ClientTransport;
import io.github.fsonboard.core.internal.http.HttpEngine;
import io.github.fsonboard.core.internal.http.ServerUrls;
import io.github.fsonboard.core.oauth.OAuthTokenClient;
import io.github.fsonboard.core.oauth.PushedAuthorizationClient;
import io.github.fsonboard.core.oidc.IdTokenValidator;
import io.github.fsonboard.is.apiresources.ApiResourcesClient;
import io.github.fsonboard.is.applications.ApplicationCertificatesClient;
import io.github.fsonboard.is.applications.ApplicationsClient;
import io.github.fsonboard.is.dcr.DcrClient;
import io.github.fsonboard.is.discovery.DiscoveryClient;
import io.github.fsonboard.is.discovery.OidcConfiguration;
import io.github.fsonboard.is.introspection.IntrospectionClient;
import io.github.fsonboard.is.revocation.RevocationClient;
import io.github.fsonboard.is.roles.RolesClient;
import io.github.fsonboard.is.scim.MeClient;
import io.github.fsonboard.is.scim.UsersClient;
import io.github.fsonboard.is.scopes.ScopesClient;
import io.github.fsonboard.is.selfregistration.SelfRegistrationClient;
import io.github.fsonboard.is.userinfo.UserInfoClient;
import java.net.URI;
import java.util.function.Function;

/**
 * The WSO2 Identity Server 7 client: one entry point, one accessor per API area.
 *
 * <pre>{@code
 * IdentityServer is = IdentityServer.builder()
 *     .baseUrl("https://is.bank.example:9446")
 *     .httpConfig(HttpConfig.builder().trust(Trust.pem(Path.of("wso2carbon.pem"))).build())
 *     .adminCredentials(BasicCredentials.of("admin", adminPassword))
 *     .build();
 *
 * RegisteredClient app = is.dcr().register(ClientRegistrationRequest.builder()
 *     .clientName("tpp-app").grantTypes("client_credentials").build());
 * TokenResponse t = is.tokens(ClientAuthentication.clientSecretBasic(
 *     app.clientId(), app.clientSecret())).clientCredentials("accounts");
 * IntrospectionResult r = is.introspection().introspect(t.accessToken());
 * }</pre>
 *
 * <p>For any standards authorization server (Keycloak, Ping, a bank's own), start from its issuer:
 *
 * <pre>{@code
 * try (IdentityServer as = IdentityServer.fromIssuer("https://kc.bank.example/realms/fs")) {
 *   URI authorize = as.authorizationEndpoint();
 * }
 * }</pre>
 *
 * <p>{@link #fromIssuer(String)} and {@link Builder#issuer(String)} read the metadata while
 * building (OpenID Connect discovery, then RFC 8414) and fail there with a {@link
 * io.github.fsonboard.is.discovery.DiscoveryException} naming the URL and the cause.
 *
 * <p>OAuth endpoints (token, introspection, revocation, JWKS, registration) default to WSO2 IS's
 * paths under the base URL. With {@link Builder#useDiscovery()} or {@link
 * Builder#discoveryUrl(String)} they are read once, on first use, from the discovery document
 * (which makes the client work against any OpenID provider, e.g. Keycloak); explicit overrides win
 * over both.
 *
 * <p>Checked against WSO2 IS 7.0 and 7.1 (their server code: identity-inbound-auth-oauth 7.0.26 and
 * 7.0.259, identity-api-server 1.3.83, charon 4.0.36, identity-governance 1.11.48); each area
 * client's Javadoc says what differs between them. OAuth errors keep the codes IS sends: an unknown
 * {@code grant_type} is {@code invalid_request} (checked before client authentication), failed
 * client authentication {@code invalid_client} (401, with {@code WWW-Authenticate}).
 *
 * <p>Immutable and thread-safe. Per-area clients are cheap views over one shared {@link
 * HttpTransport}; when the builder created the transport, {@link #close()} releases it.
 */
public final class IdentityServer implements AutoCloseable {
  /** WSO2 IS token endpoint path. */
  public static final String TOKEN_PATH = "/oauth2/token";

  /** WSO2 IS introspection endpoint path. */
  public static final String INTROSPECTION_PATH = "/oauth2/introspect";

  /** WSO2 IS revocation endpoint path. */
  public static final String REVOCATION_PATH = "/oauth2/revoke";

  /** WSO2 IS JWKS path. */
  public static final String JWKS_PATH = "/oauth2/jwks";

  /** WSO2 IS UserInfo endpoint path. */
  public static final String USERINFO_PATH = "/oauth2/userinfo";

  /** WSO2 IS authorization endpoint path. */
  public static final String AUTHORIZE_PATH = "/oauth2/authorize";

  /** WSO2 IS pushed authorization request endpoint path (RFC 9126). */
  public static final String PAR_PATH = "/oauth2/par";

  /** WSO2 IS logout (OpenID Connect RP-initiated logout) endpoint path. */
  public static final String LOGOUT_PATH = "/oidc/logout";

  /** WSO2 IS DCR v1.1 registration endpoint path. */
  public static final String DCR_PATH = "/api/identity/oauth2/dcr/v1.1/register";

  private final BaseUrl baseUrl;
  private final HttpTransport transport;
  private final ClientTransport ownership;
  private final Authentication admin;
  private final URI discoveryUrl;
  private final URI tokenEndpoint;
  private final URI introspectionEndpoint;
  private final URI revocationEndpoint;
  private final URI jwksUri;
  private final URI registrationEndpoint;
  private final URI userinfoEndpoint;
  private final DiscoveryClient discovery;
  private final UsersClient users;
  private final RolesClient roles;
  private final ApiResourcesClient apiResources;
  private final ScopesClient scopes;
  private final SelfRegistrationClient selfRegistration;
  private final ApplicationsClient applications;
  private final ApplicationCertificatesClient applicationCertificates;
  private volatile OidcConfiguration discovered;
  private JwksSource keys; // guarded by this; created on first jwks() or idTokenValidator(...)

  private IdentityServer(
      Builder b, BaseUrl baseUrl, ClientTransport ownership, OidcConfiguration fromIssuer) {
    this.baseUrl = baseUrl;
    this.ownership = ownership;
    this.transport = ownership.transport();
    this.discovered = fromIssuer;
    this.admin = b.admin == null ? Authentication.none() : b.admin;
    this.discoveryUrl = b.issuer != null ? b.issuerDiscoveryUrl() : b.discoveryUrl(baseUrl);
    this.tokenEndpoint = b.tokenEndpoint;
    this.introspectionEndpoint = b.introspectionEndpoint;
    this.revocationEndpoint = b.revocationEndpoint;
    this.jwksUri = b.jwksUri;
    this.registrationEndpoint = b.registrationEndpoint;
    this.userinfoEndpoint = b.userinfoEndpoint;
    this.discovery = new DiscoveryClient(transport, baseUrl);
    this.users = new UsersClient(transport, baseUrl, admin);
    this.roles = new RolesClient(transport, baseUrl, admin);
    this.apiResources = new ApiResourcesClient(transport, baseUrl, admin);
    this.scopes = new ScopesClient(transport, baseUrl, admin);
    this.selfRegistration = new SelfRegistrationClient(transport, baseUrl, admin);
    this.applications = new ApplicationsClient(transport, baseUrl, admin);
    this.applicationCertificates = new ApplicationCertificatesClient(transport, baseUrl, admin);
  }

  /**
   * Starts a builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Connects to any standards authorization server by its issuer identifier, with default HTTP
   * settings: reads its metadata now (OpenID Connect discovery, then RFC 8414) and takes every
   * endpoint from it. Use {@link Builder#issuer(String)} to add a transport or credentials.
   *
   * @param issuer the issuer, e.g. {@code https://kc.bank.example/realms/fs}
   * @return the client; close it to release its transport
   * @throws ValidationException naming {@code issuer} when it is not a usable URL
   * @throws io.github.fsonboard.is.discovery.DiscoveryException naming the URL and the cause when
   *     no usable metadata is found
   */
  public static IdentityServer fromIssuer(String issuer) {
    return builder().issuer(issuer).build();
  }

  /**
   * Returns the base URL.
   *
   * @return the server
   */
  public BaseUrl baseUrl() {
    return baseUrl;
  }

  /**
   * Returns the transport all area clients share.
   *
   * @return the transport
   */
  public HttpTransport transport() {
    return transport;
  }

  /**
   * OpenID Connect discovery.
   *
   * @return the client
   */
  public DiscoveryClient discovery() {
    return discovery;
  }

  /**
   * Returns the discovery document this client takes its endpoints from, fetching it on first call.
   *
   * @return the configuration
   * @throws ValidationException naming {@code discoveryUrl} when discovery is not enabled
   */
  public OidcConfiguration oidcConfiguration() {
    if (discoveryUrl == null) {
      throw new ValidationException(
          "discoveryUrl", "discovery is not enabled: call useDiscovery() or discoveryUrl(...)");
    }
    OidcConfiguration c = discovered;
    if (c == null) {
      synchronized (this) {
        c = discovered;
        if (c == null) {
          c = discovery.fetch(discoveryUrl);
          discovered = c;
        }
      }
    }
    return c;
  }

  /**
   * Returns the token endpoint in use.
   *
   * @return the URI
   */
  public URI tokenEndpoint() {
    return endpoint(tokenEndpoint, OidcConfiguration::tokenEndpoint, TOKEN_PATH, "token_endpoint");
  }

  /**
   * Returns the introspection endpoint in use.
   *
   * @return the URI
   */
  public URI introspectionEndpoint() {
    return endpoint(
        introspectionEndpoint,
        OidcConfiguration::introspectionEndpoint,
        INTROSPECTION_PATH,
        "introspection_endpoint");
  }

  /**
   * Returns the revocation endpoint in use.
   *
   * @return the URI
   */
  public URI revocationEndpoint() {
    return endpoint(
        revocationEndpoint,
        OidcConfiguration::revocationEndpoint,
        REVOCATION_PATH,
        "revocation_endpoint");
  }

  /**
   * Returns the JWKS URL in use.
   *
   * @return the URI
   */
  public URI jwksUri() {
    return endpoint(jwksUri, OidcConfiguration::jwksUri, JWKS_PATH, "jwks_uri");
  }

  /**
   * Returns the UserInfo endpoint in use.
   *
   * @return the URI
   */
  public URI userinfoEndpoint() {
    return endpoint(
        userinfoEndpoint, OidcConfiguration::userinfoEndpoint, USERINFO_PATH, "userinfo_endpoint");
  }

  /**
   * Returns the authorization endpoint in use, where the user agent is sent for the code flow.
   *
   * @return the URI
   */
  public URI authorizationEndpoint() {
    return endpoint(
        null, OidcConfiguration::authorizationEndpoint, AUTHORIZE_PATH, "authorization_endpoint");
  }

  /**
   * Returns the pushed authorization request endpoint in use (RFC 9126).
   *
   * @return the URI
   */
  public URI pushedAuthorizationRequestEndpoint() {
    return endpoint(
        null,
        OidcConfiguration::pushedAuthorizationRequestEndpoint,
        PAR_PATH,
        "pushed_authorization_request_endpoint");
  }

  /**
   * Returns the end-session (RP-initiated logout) endpoint in use.
   *
   * @return the URI
   */
  public URI endSessionEndpoint() {
    return endpoint(
        null, OidcConfiguration::endSessionEndpoint, LOGOUT_PATH, "end_session_endpoint");
  }

  /**
   * Returns the registration endpoint in use.
   *
   * @return the URI
   */
  public URI registrationEndpoint() {
    return endpoint(
        registrationEndpoint,
        OidcConfiguration::registrationEndpoint,
        DCR_PATH,
        "registration_endpoint");
  }

  /**
   * Dynamic client registration with the admin credentials.
   *
   * @return the client
   */
  public DcrClient dcr() {
    return dcr(admin);
  }

  /**
   * Dynamic client registration with other credentials, e.g. an RFC 7591 initial access token as
   * {@code Authentication.bearer(TokenProvider.of(iat))}.
   *
   * @param authentication the credentials
   * @return the client
   */
  public DcrClient dcr(Authentication authentication) {
    return new DcrClient(transport, registrationEndpoint(), authentication);
  }

  /**
   * The token endpoint, for one OAuth client.
   *
   * @param client how the client authenticates
   * @return sdk-core's token client, bound to this server's token endpoint and transport
   */
  public OAuthTokenClient tokens(ClientAuthentication client) {
    return OAuthTokenClient.builder()
        .tokenEndpoint(mtlsAlias(client, "token_endpoint", tokenEndpoint()))
        .clientAuthentication(client)
        .transport(transport)
        .build();
  }

  /**
   * Pushed authorization requests (RFC 9126) for one OAuth client, sent as plain parameters. A
   * {@code private_key_jwt} assertion names the token endpoint as {@code aud}.
   *
   * @param client how the client authenticates (as at the token endpoint)
   * @return sdk-core's PAR client, bound to this server's PAR endpoint and transport
   */
  public PushedAuthorizationClient pushedAuthorization(ClientAuthentication client) {
    return parBuilder(client).build();
  }

  /**
   * Pushed authorization requests (RFC 9126) whose parameters travel in a request object (RFC 9101)
   * signed with the client's key, {@code aud} this server's {@link #issuer()} (WSO2 IS 7 compares
   * it with its token endpoint alias, {@code RequestObjectValidatorImpl.isValidAudience}).
   *
   * @param client how the client authenticates (as at the token endpoint)
   * @param requestObjectKey the client's {@code PS256} or {@code ES256} key for request objects
   * @return sdk-core's PAR client, bound to this server's PAR endpoint and transport
   */
  public PushedAuthorizationClient pushedAuthorization(
      ClientAuthentication client, SigningKey requestObjectKey) {
    return parBuilder(client).signRequestObjects(requestObjectKey, issuer()).build();
  }

  private PushedAuthorizationClient.Builder parBuilder(ClientAuthentication client) {
    return PushedAuthorizationClient.builder()
        .endpoint(
            mtlsAlias(
                client,
                "pushed_authorization_request_endpoint",
                pushedAuthorizationRequestEndpoint()))
        .clientAuthentication(withTokenEndpointAudience(client))
        .transport(transport);
  }

  /**
   * RFC 8705 §5: a client authenticating by mutual TLS calls the {@code mtls_endpoint_aliases} the
   * discovery document lists (servers may only ask for a certificate there).
   */
  private URI mtlsAlias(ClientAuthentication client, String name, URI plain) {
    if (client instanceof ClientAuthentication.TlsClientAuth && discoveryUrl != null) {
      URI alias = oidcConfiguration().mtlsEndpoint(name, plain);
      // The client certificate goes there: only on an origin the user trusts, like the rest.
      return alias == plain
          ? plain
          : ServerUrls.requireTrusted(
              alias, discoveryUrl, HttpEngine.of(transport).config().trustedOrigins(), name);
    }
    return plain;
  }

  /**
   * Introspection with the admin credentials (WSO2 IS's default: Basic user credentials).
   *
   * @return the client
   */
  public IntrospectionClient introspection() {
    return introspection(admin);
  }

  /**
   * Introspection authenticated as a user or service.
   *
   * @param authentication the credentials
   * @return the client
   */
  public IntrospectionClient introspection(Authentication authentication) {
    return new IntrospectionClient(transport, introspectionEndpoint(), authentication);
  }

  /**
   * Introspection authenticated as an OAuth client (most non-WSO2 servers). A {@code
   * private_key_jwt} assertion names the token endpoint as {@code aud}.
   *
   * @param client the client authentication
   * @return the client
   */
  public IntrospectionClient introspection(ClientAuthentication client) {
    return new IntrospectionClient(
        transport,
        mtlsAlias(client, "introspection_endpoint", introspectionEndpoint()),
        withTokenEndpointAudience(client));
  }

  /**
   * Revocation, authenticated as the client the token was issued to. A {@code private_key_jwt}
   * assertion names the token endpoint as {@code aud}.
   *
   * @param client the client authentication
   * @return the client
   */
  public RevocationClient revocation(ClientAuthentication client) {
    return new RevocationClient(
        transport,
        mtlsAlias(client, "revocation_endpoint", revocationEndpoint()),
        withTokenEndpointAudience(client));
  }

  /**
   * private_key_jwt assertions name the token endpoint as aud (RFC 7523 §3) at every endpoint
   * unless the caller chose an audience (the issuer, for FAPI 2): WSO2 IS checks aud against its
   * token endpoint alias (identity-oauth-addons JWTValidator.isValidAssertion), and Keycloak
   * refuses the revocation URL.
   */
  private ClientAuthentication withTokenEndpointAudience(ClientAuthentication client) {
    return client instanceof ClientAuthentication.PrivateKeyJwt j && j.assertionAudience() == null
        ? ClientAuthentication.privateKeyJwt(j.clientId(), j.key(), tokenEndpoint())
        : client;
  }

  /**
   * This server's signing keys ({@code jwks_uri}): sdk-core's {@link JwksSource}, fetched on this
   * client's transport (proxy, trust, client certificate, {@link
   * io.github.fsonboard.core.http.ResponseLimits#jwks()}) and cached. It is the same key cache
   * {@link #idTokenValidator(String)} uses; this {@code IdentityServer} owns it and {@link
   * #close()} stops it, so do not close it yourself.
   *
   * <pre>{@code
   * Optional<JWK> key = is.jwks().keyById(kid);       // an unknown kid refreshes once
   * List<JWK> signing = is.jwks().keys("sig", "PS256");
   * }</pre>
   *
   * <p>A failed fetch with nothing cached is a {@link
   * io.github.fsonboard.core.error.TransportException} of the transport's kind ({@code TLS} for an
   * untrusted server); an HTTP error or a document that is not a public JWK set is {@code IO}.
   *
   * @return the key source
   */
  public JwksSource jwks() {
    return keys();
  }

  /**
   * Returns the issuer identifier: the discovery document's, or WSO2 IS's default {@code
   * <base>/oauth2/token} (the issuer its own discovery document publishes, see {@link
   * DiscoveryClient}) when discovery is not used.
   *
   * @return the issuer ID tokens must carry
   */
  public String issuer() {
    return discoveryUrl != null
        ? oidcConfiguration().issuer()
        : baseUrl.resolve(TOKEN_PATH).toString();
  }

  /**
   * An ID token validator for one client (OpenID Connect Core §3.1.3.7), on this server's issuer
   * and its JWKS, fetched on this client's transport and cached (one key cache per {@code
   * IdentityServer}, released by {@link #close()}).
   *
   * @param clientId the client the ID tokens are for
   * @return the validator
   * @throws ValidationException naming {@code clientId} when blank
   */
  public IdTokenValidator idTokenValidator(String clientId) {
    return IdTokenValidator.builder(keys()).issuer(issuer()).clientId(clientId).build();
  }

  private synchronized JwksSource keys() {
    if (keys == null) {
      keys = JwksSource.builder(jwksUri()).httpFetcher(HttpFetcher.on(transport)).build();
    }
    return keys;
  }

  /**
   * SCIM 2.0 users, with the admin credentials.
   *
   * @return the client
   */
  public UsersClient users() {
    return users;
  }

  /**
   * The signed-in user's SCIM resource, with the user's token.
   *
   * @param userTokens the user's access tokens (scope {@code internal_login})
   * @return the client
   */
  public MeClient me(TokenProvider userTokens) {
    return new MeClient(transport, baseUrl, Authentication.bearer(userTokens));
  }

  /**
   * The signed-in user's SCIM resource, with the user's password.
   *
   * @param user the user's credentials
   * @return the client
   */
  public MeClient me(BasicCredentials user) {
    return new MeClient(transport, baseUrl, Authentication.basic(user));
  }

  /**
   * The OpenID Connect UserInfo endpoint, with the user's token.
   *
   * @param userTokens the user's access tokens (scope {@code openid})
   * @return the client
   */
  public UserInfoClient userInfo(TokenProvider userTokens) {
    return new UserInfoClient(transport, userinfoEndpoint(), userTokens);
  }

  /**
   * Roles v2, with the admin credentials.
   *
   * @return the client
   */
  public RolesClient roles() {
    return roles;
  }

  /**
   * API resources, with the admin credentials.
   *
   * @return the client
   */
  public ApiResourcesClient apiResources() {
    return apiResources;
  }

  /**
   * OAuth2 scopes, with the admin credentials.
   *
   * @return the client
   */
  public ScopesClient scopes() {
    return scopes;
  }

  /**
   * Self sign-up, with the admin credentials.
   *
   * @return the client
   */
  public SelfRegistrationClient selfRegistration() {
    return selfRegistration;
  }

  /**
   * Application management (API authorization), with the admin credentials.
   *
   * @return the client
   */
  public ApplicationsClient applications() {
    return applications;
  }

  /**
   * Application certificates (what IS holds for a regulatory TPP's client), with the admin
   * credentials.
   *
   * @return the client
   */
  public ApplicationCertificatesClient applicationCertificates() {
    return applicationCertificates;
  }

  /**
   * Stops the ID token key cache and releases the transport when the builder created it; a shared
   * transport is left open.
   */
  @Override
  public void close() {
    synchronized (this) {
      if (keys != null) {
        keys.close();
      }
    }
    ownership.close();
  }

  @Override
  public String toString() {
    return "IdentityServer[" + baseUrl + "]";
  }

  private URI endpoint(
      URI override, Function<OidcConfiguration, URI> fromDiscovery, String path, String name) {
    if (override != null) {
      return override;
    }
    if (discoveryUrl != null) {
      URI u = fromDiscovery.apply(oidcConfiguration());
      if (u == null) {
        throw new ValidationException(name, "the discovery document does not publish it");
      }
      // Credentials go to this endpoint: only on the origin the user pointed discovery at.
      return ServerUrls.requireTrusted(
          u, discoveryUrl, HttpEngine.of(transport).config().trustedOrigins(), name);
    }
    return baseUrl.resolve(path);
  }

  /** Builds an {@link IdentityServer}; not thread-safe. */
  public static final class Builder {
    private final ClientSetup setup = new ClientSetup();
    private BaseUrl baseUrl;
    private HttpTransport transport;
    private HttpConfig httpConfig;
    private Authentication admin;
    private URI discoveryUrl;
    private URI tokenEndpoint;
    private URI introspectionEndpoint;
    private URI revocationEndpoint;
    private URI jwksUri;
    private URI registrationEndpoint;
    private URI userinfoEndpoint;
    private boolean useDiscovery;
    private BaseUrl issuer;
    private String issuerText; // as given: the metadata's issuer must match it exactly

    private Builder() {}

    /**
     * Takes every endpoint from the metadata of this issuer, read while {@link #build()} runs
     * (OpenID Connect discovery, then RFC 8414; the document's issuer must match exactly). The base
     * URL, when not set, becomes the issuer's origin.
     *
     * @param issuer the issuer identifier, e.g. {@code https://kc.bank.example/realms/fs}
     * @return this builder
     */
    public Builder issuer(String issuer) {
      this.issuer = setup.baseUrl("issuer", issuer);
      this.issuerText = issuer;
      return this;
    }

    /**
     * Sets the server.
     *
     * @param baseUrl e.g. {@code https://is.bank.example:9446}
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = setup.baseUrl("baseUrl", baseUrl);
      return this;
    }

    /**
     * Sets the server.
     *
     * @param baseUrl the server
     * @return this builder
     */
    public Builder baseUrl(BaseUrl baseUrl) {
      this.baseUrl = setup.accepted("baseUrl", baseUrl);
      return this;
    }

    /**
     * Shares a transport (pool, TLS, proxy, retry); {@link IdentityServer#close()} leaves it open.
     *
     * @param transport the transport
     * @return this builder
     */
    public Builder transport(HttpTransport transport) {
      this.transport = transport;
      return this;
    }

    /**
     * Creates a private transport from these settings (ignored when a transport is given).
     *
     * @param httpConfig the settings
     * @return this builder
     */
    public Builder httpConfig(HttpConfig httpConfig) {
      this.httpConfig = httpConfig;
      return this;
    }

    /**
     * Uses HTTP Basic admin credentials for the management APIs and for introspection.
     *
     * @param credentials the admin user
     * @return this builder
     */
    public Builder adminCredentials(BasicCredentials credentials) {
      this.admin = credentials == null ? null : Authentication.basic(credentials);
      admin("credentials", credentials);
      return this;
    }

    /**
     * Uses bearer tokens (with the {@code internal_*} scopes each API needs) for the management
     * APIs.
     *
     * @param tokens the token provider
     * @return this builder
     */
    public Builder adminTokens(TokenProvider tokens) {
      this.admin = tokens == null ? null : Authentication.bearer(tokens);
      admin("tokens", tokens);
      return this;
    }

    /**
     * Takes OAuth endpoints from WSO2 IS's discovery document ({@value DiscoveryClient#WSO2_PATH}).
     *
     * @return this builder
     */
    public Builder useDiscovery() {
      this.useDiscovery = true;
      return this;
    }

    /**
     * Takes OAuth endpoints from a discovery document at a full URL (e.g. Keycloak's {@code
     * /realms/<realm>/.well-known/openid-configuration}).
     *
     * @param url the document URL
     * @return this builder
     */
    public Builder discoveryUrl(String url) {
      this.discoveryUrl = setup.endpoint("discoveryUrl", url);
      return this;
    }

    /**
     * Overrides the token endpoint.
     *
     * @param url the endpoint
     * @return this builder
     */
    public Builder tokenEndpoint(String url) {
      this.tokenEndpoint = setup.endpoint("tokenEndpoint", url);
      return this;
    }

    /**
     * Overrides the introspection endpoint.
     *
     * @param url the endpoint
     * @return this builder
     */
    public Builder introspectionEndpoint(String url) {
      this.introspectionEndpoint = setup.endpoint("introspectionEndpoint", url);
      return this;
    }

    /**
     * Overrides the revocation endpoint.
     *
     * @param url the endpoint
     * @return this builder
     */
    public Builder revocationEndpoint(String url) {
      this.revocationEndpoint = setup.endpoint("revocationEndpoint", url);
      return this;
    }

    /**
     * Overrides the JWKS URL.
     *
     * @param url the URL
     * @return this builder
     */
    public Builder jwksUri(String url) {
      this.jwksUri = setup.endpoint("jwksUri", url);
      return this;
    }

    /**
     * Overrides the registration endpoint.
     *
     * @param url the endpoint
     * @return this builder
     */
    public Builder registrationEndpoint(String url) {
      this.registrationEndpoint = setup.endpoint("registrationEndpoint", url);
      return this;
    }

    /**
     * Overrides the UserInfo endpoint.
     *
     * @param url the endpoint
     * @return this builder
     */
    public Builder userinfoEndpoint(String url) {
      this.userinfoEndpoint = setup.endpoint("userinfoEndpoint", url);
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws ValidationException naming every missing or unusable setting at once
     */
    public IdentityServer build() {
      ClientSetup.Check check = setup.check();
      check.require(
          baseUrl != null || issuer != null || setup.isRejected("issuer"),
          "baseUrl",
          "is required (or set issuer)");
      check.throwIfInvalid();
      // Only the server's origin: an issuer such as https://kc.example/realms/fs has a path.
      BaseUrl base =
          baseUrl != null
              ? baseUrl
              : BaseUrl.of(issuer.uri().getScheme() + "://" + issuer.uri().getRawAuthority());
      ClientTransport t = ClientTransport.of(transport, httpConfig);
      OidcConfiguration fromIssuer = null;
      if (issuer != null) {
        try {
          fromIssuer = new DiscoveryClient(t.transport(), base).fetchIssuer(issuerText);
        } catch (RuntimeException e) {
          t.close(); // built here, so released here: the caller never sees the client
          throw e;
        }
      }
      return new IdentityServer(this, base, t, fromIssuer);
    }

    private void admin(String field, Object credentials) {
      // Both setters configure the one admin authentication: the last call wins, problems too.
      setup.accepted("credentials", credentials);
      setup.accepted("tokens", credentials);
      if (credentials == null) {
        setup.reject(field, "is required");
      }
    }

    private URI discoveryUrl(BaseUrl base) {
      return useDiscovery && discoveryUrl == null
          ? base.resolve(DiscoveryClient.WSO2_PATH)
          : discoveryUrl;
    }

    private URI issuerDiscoveryUrl() {
      return URI.create(issuer.uri() + "/");
    }
  }
}
