package io.github.fsonboard.apim.onboarding;

import io.github.fsonboard.apim.ApiManager;
import io.github.fsonboard.apim.devportal.ApplicationRequest;
import io.github.fsonboard.apim.devportal.KeyType;
import io.github.fsonboard.apim.selfsignup.SignUpRequest;
import io.github.fsonboard.core.auth.BasicCredentials;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.error.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A TPP's onboarding (seed "Create Application" steps 1–5): sign up, sign in, create the
 * application, subscribe to APIs, generate keys. Idempotent and resumable: what exists is reused
 * (and keys corrected when their grant types, callback or properties differ), so a run after a
 * failure completes the rest with no duplicates. Create it with {@link Onboarding#tpp(ApiManager)}.
 *
 * <pre>{@code
 * TppOnboardingResult r = Onboarding.tpp(apim)
 *     .signUp(SignUpRequest.builder().username("tpp@example.com").password(pw).build(),
 *         new BasicCredentials("admin", adminPassword))
 *     .application("Accounts App")
 *     .subscribe("AccountsAPI", "1.0.0", "Unlimited")
 *     .keyManager("FSKM")
 *     .keys(KeyType.PRODUCTION, k -> k.grantTypes(CLIENT_CREDENTIALS))
 *     .build()
 *     .run(ProgressListener.printingTo(System.out));
 * }</pre>
 *
 * <p>Immutable; {@link #run()} may be called again (e.g. after a failure).
 */
public final class TppOnboarding {
  private final ApiManager apim;
  private final SignUpRequest signUp;
  private final BasicCredentials registrar;
  private final String username;
  private final Secret password;
  private final ApplicationRequest application;
  private final String applicationName;
  private final List<SubscriptionSpec> subscriptions;
  private final String keyManager;
  private final Map<KeyType, KeySpec> keys;
  private final List<KeyType> duplicateKeyTypes;
  private final ApiCatalog apiCatalog;

  private TppOnboarding(Builder b) {
    this.apim = b.apim;
    this.signUp = b.signUp;
    this.registrar = b.registrar;
    this.username = b.username != null ? b.username : b.signUp == null ? null : b.signUp.username();
    this.password = b.password != null ? b.password : b.signUp == null ? null : b.signUp.password();
    this.application = b.application;
    this.applicationName = b.application != null ? b.application.name() : b.applicationName;
    this.subscriptions = List.copyOf(b.subscriptions);
    this.keyManager = b.keyManager;
    this.keys = new LinkedHashMap<>(b.keys);
    this.duplicateKeyTypes = List.copyOf(b.duplicateKeyTypes);
    this.apiCatalog = b.apiCatalog;
  }

  /**
   * Starts a builder; prefer {@link Onboarding#tpp(ApiManager)}.
   *
   * @param apim the API Manager
   * @return a builder
   */
  public static Builder builder(ApiManager apim) {
    return new Builder(apim);
  }

  /**
   * Checks everything that can be checked without the server, and reports every problem at once:
   * missing names, regulatory application without certificate or without {@code
   * authorization_code}, expired or unparseable certificate, {@code authorization_code} without an
   * https callback URL, PKCE plain without PKCE, no key manager, duplicate key types or APIs, ...
   * Makes no HTTP call.
   *
   * @return the problems, each naming its field (e.g. {@code
   *     keys[PRODUCTION].additionalProperties.sp_certificate}); empty when valid
   */
  public List<Violation> validate() {
    List<Violation> problems = TppChecks.local(this, apim != null);
    if (apim != null && apiCatalog != null && !apiCatalog.readsFor(apim)) {
      problems = new ArrayList<>(problems);
      problems.add(
          new Violation(
              "apiCatalog",
              "reads " + apiCatalog + ", not the catalogue of this onboarding's " + apim));
    }
    return problems;
  }

  /**
   * Computes what {@link #run()} would do, without changing anything on the server except the
   * REST-API client registration that signing in needs. Checks the APIs and their policies on the
   * server too. When the user does not exist yet, everything from the sign-up on is planned as
   * CREATE.
   *
   * @return the planned actions
   * @throws io.github.fsonboard.core.error.ValidationException listing every local and server-side
   *     problem (unknown API, policy not among the API's tiers) at once
   * @throws io.github.fsonboard.core.error.FsOnboardException when the server cannot be read
   */
  public Plan plan() {
    return new TppRun(this, apim, ProgressListener.NONE).plan();
  }

  /**
   * Runs the onboarding with no progress listener.
   *
   * @return the result
   * @throws io.github.fsonboard.core.error.ValidationException when the pre-flight checks fail
   *     (nothing was changed)
   * @throws TppOnboardingException when a step fails
   */
  public TppOnboardingResult run() {
    return run(ProgressListener.NONE);
  }

  /**
   * Runs the onboarding: pre-flight checks (local and server lookups, all problems at once, before
   * anything changes), then sign-up (skipped when the user exists), sign-in, application (reused by
   * exact name), subscriptions (reused per API) and keys (reused per key type and key manager,
   * updated when they differ). When a write fails in a way that may hide success (lost answer,
   * timeout, 5xx), the step looks for what it would have made and writes once more only if it is
   * not there. Workflow-pending applications and subscriptions are reported as {@link
   * StepStatus#PENDING}; a pending application blocks its subscriptions and keys, which are
   * reported PENDING as well.
   *
   * @param listener receives each step
   * @return the result
   * @throws io.github.fsonboard.core.error.ValidationException when the pre-flight checks fail
   *     (nothing was changed)
   * @throws TppOnboardingException naming the failed step, with the partial result
   */
  public TppOnboardingResult run(ProgressListener listener) {
    return new TppRun(this, apim, StepObserver.also(listener, apim.transport().config().listener()))
        .run();
  }

  /**
   * The sign-up request, when the onboarding signs the TPP up.
   *
   * @return the request
   */
  Optional<SignUpRequest> signUpRequest() {
    return Optional.ofNullable(signUp);
  }

  /**
   * The existing user the sign-up authenticates as.
   *
   * @return the registrar, or empty when the sign-up authenticates as the new user
   */
  Optional<BasicCredentials> registrar() {
    return Optional.ofNullable(registrar);
  }

  /**
   * The TPP user.
   *
   * @return the user name, or null when not given
   */
  public String username() {
    return username;
  }

  /**
   * The TPP's password.
   *
   * @return the password, or null when not given
   */
  Secret password() {
    return password;
  }

  /**
   * The application to create or reuse.
   *
   * @return the request (throttling policy {@code Unlimited} unless given), or empty when none
   */
  Optional<ApplicationRequest> application() {
    if (application != null) {
      return Optional.of(application);
    }
    if (applicationName == null || applicationName.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(ApplicationRequest.builder().name(applicationName).build());
  }

  /**
   * The application's name as given.
   *
   * @return the name, or null
   */
  public String applicationName() {
    return applicationName;
  }

  /**
   * The APIs to subscribe to.
   *
   * @return the subscriptions, in order
   */
  List<SubscriptionSpec> subscriptions() {
    return subscriptions;
  }

  /**
   * The default key manager for every key type.
   *
   * @return its name, or null
   */
  String keyManager() {
    return keyManager;
  }

  /**
   * The keys to generate, per key type.
   *
   * @return the specs, in the order given
   */
  Map<KeyType, KeySpec> keys() {
    return Collections.unmodifiableMap(keys);
  }

  /**
   * The catalog the pre-flight checks look APIs up in.
   *
   * @return the shared catalog, or empty when each run looks its APIs up itself
   */
  Optional<ApiCatalog> apiCatalog() {
    return Optional.ofNullable(apiCatalog);
  }

  /**
   * Key types given more than once (a validation error).
   *
   * @return the repeated key types
   */
  List<KeyType> duplicateKeyTypes() {
    return duplicateKeyTypes;
  }

  @Override
  public String toString() {
    return "TppOnboarding[user="
        + username
        + ", application="
        + applicationName
        + ", subscriptions="
        + subscriptions.size()
        + ", keys="
        + keys.keySet()
        + "]";
  }

  /** Builds a {@link TppOnboarding}; values are checked by {@link #validate()}. Not thread-safe. */
  public static final class Builder {
    private final ApiManager apim;
    private SignUpRequest signUp;
    private BasicCredentials registrar;
    private String username;
    private Secret password;
    private ApplicationRequest application;
    private String applicationName;
    private final List<SubscriptionSpec> subscriptions = new ArrayList<>();
    private String keyManager;
    private final Map<KeyType, KeySpec> keys = new LinkedHashMap<>();
    private final List<KeyType> duplicateKeyTypes = new ArrayList<>();
    private ApiCatalog apiCatalog;

    private Builder(ApiManager apim) {
      this.apim = apim;
    }

    /**
     * Signs the TPP up first, authenticating as the new user (for servers whose sign-up resource is
     * not secured; otherwise use {@link #signUp(SignUpRequest, BasicCredentials)}); an existing
     * user is not an error (the step is skipped).
     *
     * @param request the user name, password and claims; also the default sign-in credentials
     * @return this builder
     */
    public Builder signUp(SignUpRequest request) {
      this.signUp = request;
      this.registrar = null;
      return this;
    }

    /**
     * Signs the TPP up first, authenticating as an existing user allowed to register users (the
     * sign-up resource is secured on WSO2 servers since IS 5.7.0; see {@link
     * io.github.fsonboard.apim.selfsignup.SelfSignUpClient}); an existing TPP user is not an error.
     *
     * @param request the user name, password and claims; also the default sign-in credentials
     * @param registrar e.g. the admin's credentials
     * @return this builder
     */
    public Builder signUp(SignUpRequest request, BasicCredentials registrar) {
      this.signUp = request;
      this.registrar = registrar;
      return this;
    }

    /**
     * Sets the sign-in credentials (default: the sign-up request's).
     *
     * @param username the TPP user
     * @param password the password
     * @return this builder
     */
    public Builder signIn(String username, Secret password) {
      this.username = username;
      this.password = password;
      return this;
    }

    /**
     * Creates (or reuses, by exact name) an application with the {@code Unlimited} policy.
     *
     * @param name the application's name
     * @return this builder
     */
    public Builder application(String name) {
      this.applicationName = name;
      this.application = null;
      return this;
    }

    /**
     * Creates (or reuses, by exact name) an application.
     *
     * @param request the application
     * @return this builder
     */
    public Builder application(ApplicationRequest request) {
      this.application = request;
      this.applicationName = request == null ? null : request.name();
      return this;
    }

    /**
     * Subscribes the application to an API (repeatable).
     *
     * @param apiName the API's exact name
     * @param apiVersion the API's exact version
     * @param throttlingPolicy one of the API's tiers, e.g. {@code Unlimited}
     * @return this builder
     */
    public Builder subscribe(String apiName, String apiVersion, String throttlingPolicy) {
      subscriptions.add(new SubscriptionSpec(apiName, apiVersion, throttlingPolicy));
      return this;
    }

    /**
     * Sets the key manager every key type uses unless its spec names another.
     *
     * @param name the key manager's name, e.g. {@code FSKM}
     * @return this builder
     */
    public Builder keyManager(String name) {
      this.keyManager = name;
      return this;
    }

    /**
     * Generates (or reuses) the keys of one type.
     *
     * @param type PRODUCTION or SANDBOX
     * @param spec fills the grant types, callback URL, PKCE, certificate, regulatory flag, ...
     * @return this builder
     */
    public Builder keys(KeyType type, Consumer<KeySpec.Builder> spec) {
      KeySpec.Builder b = new KeySpec.Builder(type);
      if (spec != null) {
        spec.accept(b);
      }
      if (keys.containsKey(type)) {
        duplicateKeyTypes.add(type);
      }
      keys.put(type, b.build());
      return this;
    }

    /**
     * Generates (or reuses) keys as given.
     *
     * @param spec the spec
     * @return this builder
     */
    public Builder keys(KeySpec spec) {
      if (keys.containsKey(spec.keyType())) {
        duplicateKeyTypes.add(spec.keyType());
      }
      keys.put(spec.keyType(), spec);
      return this;
    }

    /**
     * Looks the APIs (and a non-default application policy) up in a catalog shared with other
     * onboardings, so that a batch reads each API once instead of once per TPP.
     *
     * @param catalog the catalog, from {@link ApiCatalog#of(ApiManager)} on the same API Manager;
     *     null (the default) to let each run look its APIs up itself
     * @return this builder
     */
    public Builder apiCatalog(ApiCatalog catalog) {
      this.apiCatalog = catalog;
      return this;
    }

    /**
     * Builds the onboarding; makes no HTTP call and does not validate (see {@link
     * TppOnboarding#validate()}, which {@link TppOnboarding#run()} calls first).
     *
     * @return the onboarding
     */
    public TppOnboarding build() {
      return new TppOnboarding(this);
    }
  }
}
