package io.github.fsonboard.apim;

import io.github.fsonboard.apim.admin.AdminPortal;
import io.github.fsonboard.apim.auth.ApimScopes;
import io.github.fsonboard.apim.auth.RestApiClient;
import io.github.fsonboard.apim.devportal.DevPortal;
import io.github.fsonboard.apim.internal.RestApiSignIn;
import io.github.fsonboard.apim.publisher.PublisherPortal;
import io.github.fsonboard.apim.selfsignup.SelfSignUpClient;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.auth.TokenProvider;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.http.BaseUrl;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.internal.client.ClientSetup;
import io.github.fsonboard.core.internal.client.ClientTransport;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Client for one WSO2 API Manager 4.x server: signs users in to its REST APIs and gives access to
 * the Admin API v4, the Developer Portal API v3 and TPP self sign-up.
 *
 * <pre>{@code
 * try (ApiManager apim = ApiManager.builder()
 *     .baseUrl("https://apim.bank.example:9443")
 *     .httpConfig(HttpConfig.builder().trust(Trust.pem(Path.of("wso2carbon.pem"))).build())
 *     .build()) {
 *
 *   // bank administrator: configure the FS key manager
 *   AdminPortal admin = apim.admin("admin", adminPassword).adminPortal();
 *   admin.keyManagers().create(FsKeyManagerSettings.builder()
 *       .name("FSKM").identityServer("https://is.bank.example:9446")
 *       .identityServerAdmin("admin", isAdminPassword).build());
 *   admin.keyManagers().disableResidentKeyManager();
 *
 *   // TPP: sign up, sign in, create an application
 *   apim.selfSignUp().signUp(SignUpRequest.builder()
 *       .username("tpp@example.com").password(tppPassword).email("tpp@example.com").build());
 *   DevPortal portal = apim.tpp("tpp@example.com", tppPassword).devPortal();
 *   portal.applications().create(ApplicationRequest.builder().name("Accounts App").build());
 * }
 * }</pre>
 *
 * <p>Signing in registers the user's OAuth client with APIM's REST-API client registration (DCR
 * v0.17, HTTP Basic with the user's own credentials) once per user and {@code ApiManager}: later
 * sign-ins reuse it. Tokens come from the password grant at {@code /oauth2/token} and are cached
 * and refreshed by the session.
 *
 * <p>Immutable and thread-safe. {@link #close()} releases the connection pool when the client built
 * its own transport (from {@link Builder#httpConfig}); a transport passed in stays open.
 */
public final class ApiManager implements AutoCloseable {
  private final BaseUrl baseUrl;
  private final String tenant;
  private final HttpTransport transport;
  private final ClientTransport ownership;
  private final RestApiSignIn signIn;
  private final ConcurrentMap<String, RestApiClient> clients = new ConcurrentHashMap<>();

  private ApiManager(Builder b, ClientTransport ownership) {
    this.baseUrl = b.baseUrl;
    this.tenant = b.tenant;
    this.ownership = ownership;
    this.transport = ownership.transport();
    this.signIn = new RestApiSignIn(transport, baseUrl);
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
   * Signs a bank administrator in with {@link ApimScopes#ADMIN}.
   *
   * @param username the admin user
   * @param password the admin password
   * @return the session
   */
  public ApimSession admin(String username, Secret password) {
    return signIn(username, password, ApimScopes.ADMIN);
  }

  /**
   * Signs a TPP in with {@link ApimScopes#TPP}.
   *
   * @param username the TPP user
   * @param password the TPP password
   * @return the session
   */
  public ApimSession tpp(String username, Secret password) {
    return signIn(username, password, ApimScopes.TPP);
  }

  /**
   * Signs a user in with the given scopes, registering the user's REST-API client on first use
   * (once per user and {@code ApiManager}). No token is fetched until the first call.
   *
   * @param username the user
   * @param password the password
   * @param scopes the scopes to request, e.g. {@link ApimScopes#ADMIN}
   * @return the session
   * @throws ValidationException when a value is missing
   * @throws io.github.fsonboard.core.error.AuthenticationException when the credentials are wrong
   * @throws io.github.fsonboard.core.error.AuthorizationException when the server refuses to
   *     register a client for the user even under a unique name; use {@link #signIn(String, Secret,
   *     Collection, RestApiClient)} with existing client credentials then
   */
  public ApimSession signIn(String username, Secret password, Collection<String> scopes) {
    checkCredentials(username, password, scopes);
    RestApiClient client = clients.computeIfAbsent(username, u -> signIn.register(u, password));
    return session(username, password, scopes, client);
  }

  /**
   * Signs a user in with an OAuth client registered earlier (no registration call).
   *
   * @param username the user
   * @param password the password
   * @param scopes the scopes to request
   * @param client the user's REST-API client, e.g. from {@link ApimSession#client()}
   * @return the session
   */
  public ApimSession signIn(
      String username, Secret password, Collection<String> scopes, RestApiClient client) {
    checkCredentials(username, password, scopes);
    Validation.requireNonNull(client, "client");
    clients.put(username, client);
    return session(username, password, scopes, client);
  }

  /**
   * Registers (or returns the cached) REST-API client of a user, without signing in.
   *
   * @param username the user
   * @param password the password
   * @return the client
   */
  public RestApiClient restApiClient(String username, Secret password) {
    checkCredentials(username, password, List.of());
    return clients.computeIfAbsent(username, u -> signIn.register(u, password));
  }

  /**
   * TPP self sign-up on this server (and tenant).
   *
   * @return the client
   */
  public SelfSignUpClient selfSignUp() {
    return new SelfSignUpClient(transport, baseUrl, tenant);
  }

  /**
   * The server's base URL.
   *
   * @return e.g. {@code https://apim.bank.example:9443}
   */
  public BaseUrl baseUrl() {
    return baseUrl;
  }

  /**
   * The tenant domain used for self sign-up and anonymous catalogue look-ups.
   *
   * @return the tenant, or empty for the super tenant
   */
  public Optional<String> tenant() {
    return Optional.ofNullable(tenant);
  }

  /**
   * The transport every call goes through (share it with other SDK clients).
   *
   * @return the transport
   */
  public HttpTransport transport() {
    return transport;
  }

  @Override
  public void close() {
    ownership.close();
  }

  @Override
  public String toString() {
    return "ApiManager[" + baseUrl + (tenant == null ? "" : ", tenant=" + tenant) + "]";
  }

  private ApimSession session(
      String username, Secret password, Collection<String> scopes, RestApiClient client) {
    List<String> scopeList = List.copyOf(scopes);
    TokenProvider tokens = signIn.tokens(client, username, password, scopeList);
    return new ApimSession(
        username,
        scopeList,
        client,
        tokens,
        AdminPortal.create(transport, baseUrl, tokens),
        DevPortal.create(transport, baseUrl, tokens),
        PublisherPortal.create(transport, baseUrl, tokens));
  }

  private static void checkCredentials(
      String username, Secret password, Collection<String> scopes) {
    Validation v = new Validation();
    v.require(username != null && !username.isBlank(), "username", "is required");
    v.require(
        username == null || username.indexOf(':') < 0,
        "username",
        "must not contain ':' (HTTP Basic)");
    v.require(password != null && !password.isEmpty(), "password", "is required");
    v.require(scopes != null, "scopes", "is required");
    v.throwIfInvalid();
  }

  /** Builds an {@link ApiManager}. Not thread-safe. */
  public static final class Builder {
    private final ClientSetup setup = new ClientSetup();
    private BaseUrl baseUrl;
    private String tenant;
    private HttpConfig httpConfig;
    private HttpTransport transport;

    private Builder() {}

    /**
     * Sets the server (required).
     *
     * @param baseUrl e.g. {@code https://apim.bank.example:9443}
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = setup.baseUrl("baseUrl", baseUrl);
      return this;
    }

    /**
     * Sets the server (required).
     *
     * @param baseUrl the base URL
     * @return this builder
     */
    public Builder baseUrl(BaseUrl baseUrl) {
      this.baseUrl = setup.accepted("baseUrl", baseUrl);
      return this;
    }

    /**
     * Sets the tenant domain for self sign-up ({@code /t/{tenant}/...}) and for the onboarding's
     * anonymous API look-ups ({@code X-WSO2-Tenant}); users of other tenants sign in as {@code
     * user@tenant}.
     *
     * @param tenant e.g. {@code bank.example}
     * @return this builder
     */
    public Builder tenant(String tenant) {
      this.tenant = tenant;
      return this;
    }

    /**
     * Builds a private transport from these settings (ignored when a transport is given).
     *
     * @param httpConfig timeouts, TLS trust, client certificate, proxy, retry
     * @return this builder
     */
    public Builder httpConfig(HttpConfig httpConfig) {
      this.httpConfig = httpConfig;
      return this;
    }

    /**
     * Shares an existing transport (pool, TLS, proxy, retry), e.g. with the Identity Server client.
     *
     * @param transport the transport; not closed by {@link ApiManager#close()}
     * @return this builder
     */
    public Builder transport(HttpTransport transport) {
      this.transport = transport;
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws ValidationException naming every missing or unusable setting at once
     */
    public ApiManager build() {
      ClientSetup.Check check = setup.check();
      check.require(baseUrl != null, "baseUrl", "is required");
      check.require(
          tenant == null || tenant.matches("[A-Za-z0-9._-]+"),
          "tenant",
          "must be a domain name such as bank.example");
      check.throwIfInvalid();
      return new ApiManager(this, ClientTransport.of(transport, httpConfig));
    }
  }
}
