package io.github.fsonboard.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import io.github.fsonboard.testkit.internal.AdminApplicationRoutes;
import io.github.fsonboard.testkit.internal.AdminPolicyRoutes;
import io.github.fsonboard.testkit.internal.ApimAuthRoutes;
import io.github.fsonboard.testkit.internal.ClientCertificateServer;
import io.github.fsonboard.testkit.internal.Context;
import io.github.fsonboard.testkit.internal.DevportalRoutes;
import io.github.fsonboard.testkit.internal.Dispatcher;
import io.github.fsonboard.testkit.internal.FsDcrRoutes;
import io.github.fsonboard.testkit.internal.FsDcrState;
import io.github.fsonboard.testkit.internal.FsGateway;
import io.github.fsonboard.testkit.internal.IsApplicationRoutes;
import io.github.fsonboard.testkit.internal.IsDcrRoutes;
import io.github.fsonboard.testkit.internal.IsManagementRoutes;
import io.github.fsonboard.testkit.internal.IsOAuthRoutes;
import io.github.fsonboard.testkit.internal.KeyManagerRoutes;
import io.github.fsonboard.testkit.internal.KeyMaterial;
import io.github.fsonboard.testkit.internal.KeyRoutes;
import io.github.fsonboard.testkit.internal.PublisherRoutes;
import io.github.fsonboard.testkit.internal.Replies;
import io.github.fsonboard.testkit.internal.Reply;
import io.github.fsonboard.testkit.internal.Router;
import io.github.fsonboard.testkit.internal.Settings;
import io.github.fsonboard.testkit.internal.Store;
import io.github.fsonboard.testkit.internal.Tokens;
import io.github.fsonboard.testkit.internal.WorkflowRoutes;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded, stateful emulator of the WSO2 API Manager 4.x and Identity Server 7 endpoints used
 * by Financial Services onboarding, served over HTTPS on two ports (APIM 9443-style, IS
 * 9446-style), like LocalStack for AWS.
 *
 * <p>Design: two embedded WireMock servers, each with one catch-all stub whose response is produced
 * by a stateful dispatcher; all state lives in one store guarded by one lock, so concurrent clients
 * see a linearizable server. TLS uses a CA and a server certificate (SAN {@code DNS:localhost},
 * {@code IP:127.0.0.1}) generated at start; clients trust {@link #trustedCertificatePem()}
 * explicitly. Access tokens are RS256 JWTs whose key is published at the IS {@code /oauth2/jwks}.
 * The emulator uses none of the SDK's classes, so a wire mistake in the SDK fails against it.
 *
 * <pre>{@code
 * try (Wso2Emulator wso2 = Wso2Emulator.builder().fixture(Fixture.defaults()).build().start()) {
 *   HttpClient http = HttpClient.newBuilder().sslContext(wso2.sslContext()).build();
 *   // point the code under test at wso2.apimBaseUrl() and wso2.isBaseUrl()
 *   assertThat(wso2.state().applicationCount()).isZero();
 * }
 * }</pre>
 *
 * <p>Thread-safe. Fault injection: {@link #faults()}.
 */
public final class Wso2Emulator implements AutoCloseable {
  private final Builder config;
  private final Faults faults = new Faults();
  private KeyMaterial keys;
  private Store store;
  private Context ctx;
  private String localApimBase;
  private String localIsBase;
  private static final Logger LOG = LoggerFactory.getLogger(Wso2Emulator.class);

  private final List<ExchangeListener> listeners = new CopyOnWriteArrayList<>();
  private WireMockServer apim;
  private WireMockServer is;
  private FsGateway gateway;
  private TestDirectory directory;
  private volatile boolean started;

  private Wso2Emulator(Builder config) {
    this.config = config;
  }

  /**
   * Starts configuring an emulator.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Generates the key material, starts both HTTPS servers and seeds the fixture.
   *
   * @return this emulator
   * @throws IllegalStateException if already started
   */
  public synchronized Wso2Emulator start() {
    if (started) {
      throw new IllegalStateException("Emulator already started");
    }
    keys = KeyMaterial.generate();
    store = new Store(config.clock);
    Tokens tokens = new Tokens(store, keys, config.tokenLifetime);
    ctx =
        new Context(
            store,
            tokens,
            new Settings(
                config.reRegistration == ClientReRegistration.FORBIDDEN,
                config.applicationApproval,
                config.subscriptionApproval,
                config.authorizeUser != null ? config.authorizeUser : config.adminUsername,
                Map.copyOf(config.jwtBearerIssuers),
                config.isVersion,
                config.signUpResponse,
                config.selfSignUpEnabled,
                Set.copyOf(config.keyApproval),
                config.signUpApproval));
    Router apimRouter =
        new Router(r -> Replies.apimError(404, 404, "Not Found", "No resource at " + r.path()));
    new ApimAuthRoutes(ctx).register(apimRouter);
    new KeyManagerRoutes(ctx).register(apimRouter);
    new AdminPolicyRoutes(ctx).register(apimRouter);
    new AdminApplicationRoutes(ctx).register(apimRouter);
    new PublisherRoutes(ctx).register(apimRouter);
    new WorkflowRoutes(ctx).register(apimRouter);
    new DevportalRoutes(ctx).register(apimRouter);
    new KeyRoutes(ctx).register(apimRouter);
    Router isRouter = new Router(r -> Reply.empty(404));
    new IsOAuthRoutes(ctx).register(isRouter);
    new IsDcrRoutes(ctx).register(isRouter);
    new IsManagementRoutes(ctx).register(isRouter);
    new IsApplicationRoutes(ctx).register(isRouter);
    FsDcrState fsDcr = new FsDcrState();
    try {
      apim = server(config.apimPort, "fsonboard-apim", FaultRule.Target.APIM, apimRouter, null);
      // IS asks for a client certificate (tls_client_auth, certificate-bound tokens).
      is =
          server(
              config.isPort,
              "fsonboard-is",
              FaultRule.Target.IS,
              isRouter,
              new ClientCertificateServer(FsGateway.sslContext(keys, fsDcr.caCertificate())));
      localApimBase = "https://localhost:" + apim.httpsPort();
      localIsBase = "https://localhost:" + is.httpsPort();
      // What the servers advertise (token iss/aud, discovery, key-manager discovery, Location):
      // their public address when they sit behind a proxy or a port mapping.
      ctx.apimBase = config.publicApimBaseUrl != null ? config.publicApimBaseUrl : localApimBase;
      ctx.isBase = config.publicIsBaseUrl != null ? config.publicIsBaseUrl : localIsBase;
      startFsGateway(fsDcr);
      synchronized (store) {
        seed();
      }
      started = true;
      return this;
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /** The FS gateway (FS DCR API) on a listener of its own: WireMock cannot see client certs. */
  private void startFsGateway(FsDcrState fsDcr) {
    Router router =
        new Router(r -> Replies.apimError(404, 404, "Not Found", "No resource at " + r.path()));
    FsDcrRoutes routes = new FsDcrRoutes(ctx, fsDcr);
    routes.register(router);
    gateway = new FsGateway(keys, fsDcr.caCertificate(), router, store, this::notifyListeners);
    String base = gateway.baseUrl();
    ctx.localJwks = url -> routes.localJwks(base, url);
    directory = new TestDirectory(fsDcr, base);
  }

  private void notifyListeners(EmulatorExchange exchange) {
    for (ExchangeListener l : listeners) {
      try {
        l.onExchange(exchange);
      } catch (RuntimeException e) {
        LOG.warn("Exchange listener failed", e);
      }
    }
  }

  private WireMockServer server(
      int port,
      String name,
      FaultRule.Target target,
      Router router,
      ClientCertificateServer clientCertificates) {
    WireMockConfiguration options = WireMockConfiguration.options();
    if (clientCertificates != null) {
      options.httpServerFactory(clientCertificates);
    }
    WireMockServer server =
        new WireMockServer(
            options
                .bindAddress("127.0.0.1")
                .httpDisabled(true)
                .httpsPort(port)
                .keystorePath(keys.keystore().toString())
                .keystoreType("PKCS12")
                .keystorePassword(keys.keystorePassword())
                .keyManagerPassword(keys.keystorePassword())
                .disableRequestJournal()
                .gzipDisabled(true)
                .templatingEnabled(false)
                .globalTemplating(false)
                .notifier(new Slf4jNotifier(false))
                .extensions(new Dispatcher(name, target, router, store, faults)));
    server.addMockServiceRequestListener(
        (request, response) -> {
          if (listeners.isEmpty()) {
            return;
          }
          EmulatorExchange exchange =
              new EmulatorExchange(
                  target,
                  request.getMethod().getName(),
                  request.getUrl(),
                  headers(request.getHeaders()),
                  textOrNull(request.getBodyAsString()),
                  response.getStatus(),
                  headers(response.getHeaders()),
                  textOrNull(response.getBodyAsString()));
          notifyListeners(exchange);
        });
    server.start();
    server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500)));
    return server;
  }

  private static Map<String, List<String>> headers(HttpHeaders headers) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    if (headers != null) {
      for (HttpHeader h : headers.all()) {
        map.put(h.key(), List.copyOf(h.values()));
      }
    }
    return map;
  }

  private static String textOrNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  /**
   * Adds a listener that sees every request either server serves and its response, e.g. to record
   * traffic for contract validation. It may be added before or after {@link #start()}.
   *
   * @param listener the listener (thread-safe, quick)
   * @return this emulator
   */
  public Wso2Emulator addExchangeListener(ExchangeListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
    return this;
  }

  /**
   * Removes a listener added with {@link #addExchangeListener}.
   *
   * @param listener the listener
   * @return true when it was registered
   */
  public boolean removeExchangeListener(ExchangeListener listener) {
    return listeners.remove(listener);
  }

  /**
   * Sets the per-route request counts of {@link EmulatorState#requestCounts()} back to zero, e.g.
   * between the set-up and the measured part of a benchmark.
   *
   * @throws IllegalStateException if not started
   */
  public void resetRequestCounts() {
    requireStarted();
    synchronized (store) {
      store.requestCounts.clear();
    }
  }

  private void seed() {
    Store.User admin =
        new Store.User(UUID.randomUUID().toString(), config.adminUsername, config.adminPassword);
    admin.roles.add("admin");
    admin.roles.add("Internal/everyone");
    store.users.put(Context.lower(admin.username), admin);
    for (Fixture.User u : config.fixture.users()) {
      Store.User user = new Store.User(UUID.randomUUID().toString(), u.username(), u.password());
      user.roles.addAll(u.roles());
      user.roles.add("Internal/everyone");
      store.users.put(Context.lower(user.username), user);
    }
    for (String p : config.fixture.applicationPolicies()) {
      store.policies.get("application").add(policy(p, "application"));
    }
    for (String p : config.fixture.subscriptionPolicies()) {
      store.policies.get("subscription").add(policy(p, "subscription"));
    }
    long now = store.clock.millis();
    for (Fixture.Api api : config.fixture.apis()) {
      Map<String, Object> info = new LinkedHashMap<>();
      info.put("id", api.id());
      info.put("name", api.name());
      info.put("description", api.name() + " " + api.version());
      info.put("context", api.context());
      info.put("version", api.version());
      info.put("type", "HTTP");
      info.put("createdTime", String.valueOf(now));
      info.put("provider", config.adminUsername);
      info.put("lifeCycleStatus", "PUBLISHED");
      info.put("throttlingPolicies", new ArrayList<>(api.tiers()));
      info.put("advertiseInfo", new LinkedHashMap<>(Map.of("advertised", false, "vendor", "WSO2")));
      info.put("businessInformation", new LinkedHashMap<>());
      info.put("isSubscriptionAvailable", true);
      store.apis.put(api.id(), info);
    }
    KeyManagerRoutes.seedResident(ctx);
    config
        .fixture
        .fsKeyManager()
        .ifPresent(
            name ->
                KeyManagerRoutes.seedFsKeyManager(
                    ctx, name, config.adminUsername, config.adminPassword));
  }

  private static Map<String, Object> policy(String name, String level) {
    long count = Integer.MAX_VALUE;
    String digits = name.replaceAll("^(\\d+).*", "$1");
    if (!digits.equals(name)) {
      count = Long.parseLong(digits);
    } else if (name.equals("Gold")) {
      count = 5000;
    } else if (name.equals("Silver")) {
      count = 2000;
    } else if (name.equals("Bronze")) {
      count = 1000;
    }
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("name", name);
    p.put("description", "Allows " + count + " requests per minute");
    p.put("policyLevel", level);
    p.put("attributes", new LinkedHashMap<>());
    p.put("requestCount", count);
    p.put("dataUnit", null);
    p.put("unitTime", 60000);
    p.put("timeUnit", "min");
    p.put("rateLimitCount", 0);
    p.put("rateLimitTimeUnit", null);
    p.put("quotaPolicyType", "REQUESTCOUNT");
    p.put("tierPlan", "FREE");
    p.put("stopOnQuotaReach", true);
    return p;
  }

  private void requireStarted() {
    if (!started) {
      throw new IllegalStateException("Emulator not started");
    }
  }

  /**
   * Where the API Manager listens on this machine, e.g. {@code https://localhost:9443}: the same as
   * {@link #apimBaseUrl()} unless a public base URL was set.
   *
   * @return the URL without trailing slash
   * @throws IllegalStateException if not started
   */
  public String localApimBaseUrl() {
    requireStarted();
    return localApimBase;
  }

  /**
   * Where the Identity Server listens on this machine: the same as {@link #isBaseUrl()} unless a
   * public base URL was set.
   *
   * @return the URL without trailing slash
   * @throws IllegalStateException if not started
   */
  public String localIsBaseUrl() {
    requireStarted();
    return localIsBase;
  }

  /**
   * The API Manager base URL it advertises, e.g. {@code https://localhost:9443}, or the public base
   * URL set with {@link Builder#publicBaseUrls(String, String)}.
   *
   * @return the URL without trailing slash
   * @throws IllegalStateException if not started
   */
  public String apimBaseUrl() {
    requireStarted();
    return ctx.apimBase;
  }

  /**
   * The Identity Server base URL it advertises, e.g. {@code https://localhost:9446}, or the public
   * base URL set with {@link Builder#publicBaseUrls(String, String)}.
   *
   * @return the URL without trailing slash
   * @throws IllegalStateException if not started
   */
  public String isBaseUrl() {
    requireStarted();
    return ctx.isBase;
  }

  /**
   * The base URL of the Financial Services gateway: a mutual TLS listener of its own serving the FS
   * DCR API and the test directory's JWKS. It trusts {@link TestDirectory#caCertificate()} and
   * {@link #trustedCertificate()} for client certificates.
   *
   * @return e.g. {@code https://localhost:8243}
   */
  public String fsGatewayBaseUrl() {
    requireStarted();
    return gateway.baseUrl();
  }

  /**
   * The FS DCR API's base URL ({@code dcr-swagger.yaml} v3.3.0).
   *
   * @return {@code <fsGatewayBaseUrl>/open-banking/v3.3}
   */
  public String fsDcrBaseUrl() {
    return fsGatewayBaseUrl() + "/open-banking/v3.3";
  }

  /**
   * The test software directory whose SSAs and certificates this emulator's FS gateway trusts.
   *
   * @return the directory
   */
  public TestDirectory directory() {
    requireStarted();
    return directory;
  }

  /**
   * The IS issuer ({@code <isBaseUrl>/oauth2/token}), as in its discovery document.
   *
   * @return the issuer
   */
  public String isIssuer() {
    requireStarted();
    return ctx.isIssuer();
  }

  /**
   * The PEM of the CA that signed both servers' certificate: the one certificate a client must
   * trust.
   *
   * @return the PEM text
   */
  public String trustedCertificatePem() {
    requireStarted();
    return KeyMaterial.pem(keys.caCertificate());
  }

  /**
   * The CA certificate that signed both servers' certificate.
   *
   * @return the certificate
   */
  public X509Certificate trustedCertificate() {
    requireStarted();
    return keys.caCertificate();
  }

  /**
   * An SSL context that trusts exactly this emulator's CA (convenient for {@code HttpClient}).
   *
   * @return a new SSL context
   * @throws IllegalStateException if the JDK cannot build one
   */
  public SSLContext sslContext() {
    requireStarted();
    try {
      KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
      trust.load(null, null);
      trust.setCertificateEntry("fsonboard-testkit-ca", keys.caCertificate());
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trust);
      SSLContext ssl = SSLContext.getInstance("TLS");
      ssl.init(null, tmf.getTrustManagers(), null);
      return ssl;
    } catch (GeneralSecurityException | java.io.IOException e) {
      throw new IllegalStateException("Cannot build an SSL context", e);
    }
  }

  /**
   * The administrator's user name (default {@code admin}, like WSO2).
   *
   * @return the name
   */
  public String adminUsername() {
    return config.adminUsername;
  }

  /**
   * The administrator's password (default {@code admin}, like WSO2).
   *
   * @return the password
   */
  public String adminPassword() {
    return config.adminPassword;
  }

  /**
   * A read-only view of the state, for assertions.
   *
   * @return the state view
   */
  public EmulatorState state() {
    requireStarted();
    return new EmulatorState(store);
  }

  /**
   * The fault injection rules of this emulator.
   *
   * @return the faults
   */
  public Faults faults() {
    return faults;
  }

  /**
   * Adds a user at run time (as an admin would through SCIM).
   *
   * @param username the name
   * @param password the password
   * @param roles roles, e.g. {@code Internal/subscriber}
   * @throws IllegalArgumentException if the user exists
   */
  public void addUser(String username, String password, String... roles) {
    requireStarted();
    synchronized (store) {
      if (store.user(username) != null) {
        throw new IllegalArgumentException("User exists: " + username);
      }
      Store.User u = new Store.User(UUID.randomUUID().toString(), username, password);
      u.roles.addAll(List.of(roles));
      u.roles.add("Internal/everyone");
      store.users.put(Context.lower(username), u);
    }
  }

  /**
   * Approves every pending approval task (application, subscription, key generation), as an
   * operator clicking "Approve" on each in the Admin Portal would.
   *
   * @return how many were approved
   */
  public int approvePendingWorkflows() {
    requireStarted();
    synchronized (store) {
      return WorkflowRoutes.completeAll(ctx, "APPROVED");
    }
  }

  /** Stops both servers and deletes the temporary keystore. Safe to call more than once. */
  @Override
  public synchronized void close() {
    started = false;
    if (apim != null) {
      apim.stop();
      apim = null;
    }
    if (is != null) {
      is.stop();
      is = null;
    }
    if (gateway != null) {
      gateway.close();
      gateway = null;
    }
    if (keys != null) {
      keys.close();
    }
  }

  /** Configures a {@link Wso2Emulator}. Not thread-safe. */
  public static final class Builder {
    private int apimPort;
    private int isPort;
    private Fixture fixture = Fixture.defaults();
    private String adminUsername = "admin";
    private String adminPassword = "admin";
    private Duration tokenLifetime = Duration.ofHours(1);
    private ClientReRegistration reRegistration = ClientReRegistration.RETURN_EXISTING;
    private boolean applicationApproval;
    private boolean subscriptionApproval;
    private final Set<String> keyApproval = new LinkedHashSet<>();
    private boolean signUpApproval;
    private String authorizeUser;
    private Clock clock = Clock.systemUTC();
    private final Map<String, java.security.PublicKey> jwtBearerIssuers = new LinkedHashMap<>();
    private String publicApimBaseUrl;
    private String publicIsBaseUrl;
    private IsVersion isVersion = IsVersion.V7_1;
    private SelfSignUpResponse signUpResponse = SelfSignUpResponse.EMPTY;
    private boolean selfSignUpEnabled = true;

    private Builder() {}

    /**
     * The addresses the servers advertise when clients reach them through a proxy or a port
     * mapping: token {@code iss}/{@code aud}, the IS discovery document, key-manager discovery and
     * {@code Location} headers use them. The servers still listen on {@link
     * Wso2Emulator#localApimBaseUrl()} and {@link Wso2Emulator#localIsBaseUrl()}.
     *
     * @param apim the public API Manager base URL, e.g. {@code https://apim.example:8443}
     * @param is the public Identity Server base URL
     * @return this
     */
    public Builder publicBaseUrls(String apim, String is) {
      this.publicApimBaseUrl = withoutTrailingSlash(Objects.requireNonNull(apim, "apim"));
      this.publicIsBaseUrl = withoutTrailingSlash(Objects.requireNonNull(is, "is"));
      return this;
    }

    private static String withoutTrailingSlash(String url) {
      if (!url.startsWith("https://") && !url.startsWith("http://")) {
        throw new IllegalArgumentException("A public base URL needs a scheme: " + url);
      }
      return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * The IS release to answer as where releases differ (default {@link IsVersion#V7_1}).
     *
     * @param version the release
     * @return this
     */
    public Builder isVersion(IsVersion version) {
      this.isVersion = Objects.requireNonNull(version, "version");
      return this;
    }

    /**
     * What a successful self sign-up answers with, on both servers (default {@link
     * SelfSignUpResponse#EMPTY}, IS's and APIM's out-of-the-box configuration).
     *
     * @param response the body kind
     * @return this
     */
    public Builder selfSignUpResponse(SelfSignUpResponse response) {
      this.signUpResponse = Objects.requireNonNull(response, "response");
      return this;
    }

    /**
     * Whether self sign-up is enabled in the tenant (default true). Disabled, a sign-up answers
     * 400, code {@code 20021} "Self sign up feature is disabled" (identity-governance {@code
     * UserSelfRegistrationManager.registerUser}, {@code ERROR_CODE_DISABLE_SELF_SIGN_UP}).
     *
     * @param enabled false to answer every sign-up with 20021
     * @return this
     */
    public Builder selfSignUpEnabled(boolean enabled) {
      this.selfSignUpEnabled = enabled;
      return this;
    }

    /**
     * Trusts an identity provider for the IS {@code jwt-bearer} grant: assertions with this {@code
     * iss}, signed by this key (RSA or EC), and {@code aud} containing the IS token endpoint are
     * exchanged for tokens.
     *
     * @param issuer the assertion issuer
     * @param key its public key
     * @return this
     */
    public Builder jwtBearerIssuer(String issuer, java.security.PublicKey key) {
      jwtBearerIssuers.put(Objects.requireNonNull(issuer, "issuer"), Objects.requireNonNull(key));
      return this;
    }

    /**
     * Fixed APIM port (default 0: a free random port).
     *
     * @param port the port, 0 for random
     * @return this
     */
    public Builder apimPort(int port) {
      this.apimPort = port;
      return this;
    }

    /**
     * Uses WSO2's default ports: APIM 9443 and IS 9446 (start fails if they are taken).
     *
     * @return this
     */
    public Builder wso2DefaultPorts() {
      this.apimPort = 9443;
      this.isPort = 9446;
      return this;
    }

    /**
     * Fixed IS port (default 0: a free random port).
     *
     * @param port the port, 0 for random
     * @return this
     */
    public Builder isPort(int port) {
      this.isPort = port;
      return this;
    }

    /**
     * The seed data (default {@link Fixture#defaults()}).
     *
     * @param fixture the fixture
     * @return this
     */
    public Builder fixture(Fixture fixture) {
      this.fixture = Objects.requireNonNull(fixture, "fixture");
      return this;
    }

    /**
     * The super admin credentials (default admin/admin).
     *
     * @param username the name
     * @param password the password
     * @return this
     */
    public Builder adminCredentials(String username, String password) {
      this.adminUsername = Objects.requireNonNull(username, "username");
      this.adminPassword = Objects.requireNonNull(password, "password");
      return this;
    }

    /**
     * Access token lifetime (default one hour).
     *
     * @param lifetime the lifetime
     * @return this
     */
    public Builder tokenLifetime(Duration lifetime) {
      this.tokenLifetime = Objects.requireNonNull(lifetime, "lifetime");
      return this;
    }

    /**
     * Re-registration behaviour of APIM client registration v0.17.
     *
     * @param behaviour the behaviour (default {@link ClientReRegistration#RETURN_EXISTING})
     * @return this
     */
    public Builder clientReRegistration(ClientReRegistration behaviour) {
      this.reRegistration = Objects.requireNonNull(behaviour, "behaviour");
      return this;
    }

    /**
     * Application creation needs approval: like APIM, POST still answers 201, with the
     * application's {@code status} {@code CREATED} until it is approved ({@code APPROVED}); keys
     * cannot be generated meanwhile (400).
     *
     * @param on whether approval is on
     * @return this
     */
    public Builder applicationApproval(boolean on) {
      this.applicationApproval = on;
      return this;
    }

    /**
     * Subscription creation needs approval: like APIM, POST still answers 201, with {@code status}
     * {@code ON_HOLD} until it is approved ({@code UNBLOCKED}).
     *
     * @param on whether approval is on
     * @return this
     */
    public Builder subscriptionApproval(boolean on) {
      this.subscriptionApproval = on;
      return this;
    }

    /**
     * Key generation needs approval ({@code AM_APPLICATION_REGISTRATION_PRODUCTION} / {@code
     * _SANDBOX}): like APIM, generate-keys answers 200 with {@code keyState} {@code CREATED} and no
     * consumer key; the task waits in the Admin API's {@code /workflows}; approving it registers
     * the client (keys appear), rejecting it leaves the key {@code REJECTED}.
     *
     * @param keyTypes {@code PRODUCTION} and/or {@code SANDBOX}; none switches it off
     * @return this builder
     */
    public Builder keyGenerationApproval(String... keyTypes) {
      keyApproval.clear();
      for (String k : keyTypes) {
        if (!"PRODUCTION".equals(k) && !"SANDBOX".equals(k)) {
          throw new IllegalArgumentException("keyTypes must be PRODUCTION or SANDBOX: " + k);
        }
        keyApproval.add(k);
      }
      return this;
    }

    /**
     * Self sign-up needs approval ({@code AM_USER_SIGNUP}, carbon-apimgt {@code
     * UserSignUpApprovalWorkflowExecutor}): the sign-up still answers 201 and the user can sign in,
     * but holds only {@code Internal/selfsignup} (no subscriber role, so the token endpoint grants
     * none of the Developer Portal scopes) until the task in the Admin API's {@code /workflows} is
     * approved; a rejection deletes the user.
     *
     * @param on whether approval is on
     * @return this builder
     */
    public Builder signUpApproval(boolean on) {
      this.signUpApproval = on;
      return this;
    }

    /**
     * The user the headless {@code /oauth2/authorize} signs in and approves as (default the admin).
     *
     * @param username the user
     * @return this
     */
    public Builder authorizeUser(String username) {
      this.authorizeUser = username;
      return this;
    }

    /**
     * The clock for token times and the key manager's certificate checks (default UTC system
     * clock).
     *
     * @param clock the clock
     * @return this
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds an emulator (not started).
     *
     * @return the emulator
     */
    public Wso2Emulator build() {
      Builder copy = new Builder();
      copy.apimPort = apimPort;
      copy.isPort = isPort;
      copy.fixture = fixture;
      copy.adminUsername = adminUsername;
      copy.adminPassword = adminPassword;
      copy.tokenLifetime = tokenLifetime;
      copy.reRegistration = reRegistration;
      copy.applicationApproval = applicationApproval;
      copy.subscriptionApproval = subscriptionApproval;
      copy.keyApproval.addAll(keyApproval);
      copy.signUpApproval = signUpApproval;
      copy.authorizeUser = authorizeUser;
      copy.clock = clock;
      copy.jwtBearerIssuers.putAll(jwtBearerIssuers);
      copy.publicApimBaseUrl = publicApimBaseUrl;
      copy.publicIsBaseUrl = publicIsBaseUrl;
      copy.isVersion = isVersion;
      copy.signUpResponse = signUpResponse;
      copy.selfSignUpEnabled = selfSignUpEnabled;
      return new Wso2Emulator(copy);
    }
  }
}
