package io.github.fsonboard.testkit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The data an emulator starts with: published APIs, throttling policies and extra users. API ids
 * are derived from name and version, so they are the same on every run.
 *
 * <pre>{@code
 * Fixture fixture = Fixture.builder()
 *     .subscriptionPolicies("Unlimited", "Gold")
 *     .applicationPolicies("Unlimited", "10PerMin")
 *     .api("AccountsAPI", "1.0.0", "/open-banking/v3.1/aisp", "Unlimited", "Gold")
 *     .user("tpp@example.com", "tpp-password", "Internal/subscriber")
 *     .build();
 * }</pre>
 */
public final class Fixture {

  /**
   * A published API.
   *
   * @param id the API id (UUID text)
   * @param name the name
   * @param version the version
   * @param context the context path
   * @param tiers subscription policies the API allows
   */
  public record Api(String id, String name, String version, String context, List<String> tiers) {
    /**
     * Validates and copies.
     *
     * @param id the API id
     * @param name the name
     * @param version the version
     * @param context the context
     * @param tiers the tiers
     */
    public Api {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(context, "context");
      tiers = List.copyOf(tiers);
    }
  }

  /**
   * A user present at start.
   *
   * @param username the login name
   * @param password the password
   * @param roles role names, e.g. {@code Internal/subscriber} or {@code admin}
   */
  public record User(String username, String password, List<String> roles) {
    /**
     * Validates and copies.
     *
     * @param username the name
     * @param password the password
     * @param roles the roles
     */
    public User {
      Objects.requireNonNull(username, "username");
      Objects.requireNonNull(password, "password");
      roles = List.copyOf(roles);
    }
  }

  private final List<Api> apis;
  private final List<String> applicationPolicies;
  private final List<String> subscriptionPolicies;
  private final List<User> users;
  private final String fsKeyManager;

  private Fixture(Builder b) {
    this.apis = List.copyOf(b.apis);
    this.applicationPolicies = List.copyOf(b.applicationPolicies);
    this.subscriptionPolicies = List.copyOf(b.subscriptionPolicies);
    this.users = List.copyOf(b.users);
    this.fsKeyManager = b.fsKeyManager;
  }

  /**
   * The default fixture, what {@code Wso2Emulator.builder().build()} starts with.
   *
   * <ul>
   *   <li>Application throttling policies (WSO2's defaults): {@code Unlimited}, {@code 10PerMin},
   *       {@code 20PerMin}, {@code 50PerMin}.
   *   <li>Subscription throttling policies (WSO2's defaults): {@code Unlimited}, {@code Gold},
   *       {@code Silver}, {@code Bronze}.
   *   <li>Published APIs: {@code AccountandTransactionAPI} {@code 3.1.11} at {@code
   *       /open-banking/v3.1/aisp} (tiers {@code Unlimited}, {@code Gold}) and {@code
   *       PaymentInitiationAPI} {@code 3.1.11} at {@code /open-banking/v3.1/pisp} (tier {@code
   *       Unlimited}); ids from {@link #apiId(String, String)}.
   *   <li>Users: none besides the emulator's admin ({@code admin}/{@code admin} unless the
   *       emulator's builder sets others), who has the {@code admin} role on both servers. TPPs
   *       sign up themselves, or add them with {@link Builder#user(String, String, String...)}.
   *   <li>Key managers: the Resident Key Manager only, enabled, as on a fresh API Manager ({@link
   *       #withFsKeyManager(String)} adds an fsKeyManager).
   * </ul>
   *
   * @return the default fixture
   */
  public static Fixture defaults() {
    return builder()
        .applicationPolicies("Unlimited", "10PerMin", "20PerMin", "50PerMin")
        .subscriptionPolicies("Unlimited", "Gold", "Silver", "Bronze")
        .api("AccountandTransactionAPI", "3.1.11", "/open-banking/v3.1/aisp", "Unlimited", "Gold")
        .api("PaymentInitiationAPI", "3.1.11", "/open-banking/v3.1/pisp", "Unlimited")
        .build();
  }

  /**
   * Starts an empty fixture.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The deterministic id of an API.
   *
   * @param name the API name
   * @param version the API version
   * @return the id
   */
  public static String apiId(String name, String version) {
    return UUID.nameUUIDFromBytes((name + ":" + version).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  /**
   * Returns the APIs.
   *
   * @return the APIs
   */
  public List<Api> apis() {
    return apis;
  }

  /**
   * Returns the application-level throttling policy names.
   *
   * @return the names
   */
  public List<String> applicationPolicies() {
    return applicationPolicies;
  }

  /**
   * Returns the subscription-level throttling policy names.
   *
   * @return the names
   */
  public List<String> subscriptionPolicies() {
    return subscriptionPolicies;
  }

  /**
   * Returns the extra users.
   *
   * @return the users
   */
  public List<User> users() {
    return users;
  }

  /**
   * Returns the name of the fsKeyManager the emulator starts with, if any.
   *
   * @return the key manager name, or empty when the bank has not set one up yet
   */
  public Optional<String> fsKeyManager() {
    return Optional.ofNullable(fsKeyManager);
  }

  /**
   * Returns this fixture with an fsKeyManager already set up, as if the bank admin had created it
   * (connected to the emulated IS with the emulator's admin credentials, roles creation on), so
   * that a TPP's test can generate keys with it straight away:
   *
   * <pre>{@code
   * Wso2Emulator.builder().fixture(Fixture.defaults().withFsKeyManager("FSKM")).build().start();
   * }</pre>
   *
   * <p>The Resident Key Manager stays enabled.
   *
   * @param name the key manager name, e.g. {@code FSKM}
   * @return a new fixture
   */
  public Fixture withFsKeyManager(String name) {
    Builder b = builder();
    b.apis.addAll(apis);
    b.applicationPolicies.addAll(applicationPolicies);
    b.subscriptionPolicies.addAll(subscriptionPolicies);
    b.users.addAll(users);
    return b.fsKeyManager(name).build();
  }

  /** Builds a {@link Fixture}. Not thread-safe. */
  public static final class Builder {
    private final List<Api> apis = new ArrayList<>();
    private final Set<String> applicationPolicies = new LinkedHashSet<>();
    private final Set<String> subscriptionPolicies = new LinkedHashSet<>();
    private final List<User> users = new ArrayList<>();
    private String fsKeyManager;

    private Builder() {}

    /**
     * Sets up an fsKeyManager before the first request, as if the bank admin had created it (see
     * {@link Fixture#withFsKeyManager(String)}).
     *
     * @param name the key manager name
     * @return this
     */
    public Builder fsKeyManager(String name) {
      this.fsKeyManager = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Adds an API.
     *
     * @param name the name
     * @param version the version
     * @param context the context path
     * @param tiers the subscription policies it allows (must be declared)
     * @return this
     */
    public Builder api(String name, String version, String context, String... tiers) {
      apis.add(new Api(apiId(name, version), name, version, context, Arrays.asList(tiers)));
      return this;
    }

    /**
     * Adds application-level throttling policies.
     *
     * @param names policy names
     * @return this
     */
    public Builder applicationPolicies(String... names) {
      applicationPolicies.addAll(Arrays.asList(names));
      return this;
    }

    /**
     * Adds subscription-level throttling policies.
     *
     * @param names policy names
     * @return this
     */
    public Builder subscriptionPolicies(String... names) {
      subscriptionPolicies.addAll(Arrays.asList(names));
      return this;
    }

    /**
     * Adds a user.
     *
     * @param username the name
     * @param password the password
     * @param roles the roles
     * @return this
     */
    public Builder user(String username, String password, String... roles) {
      users.add(new User(username, password, Arrays.asList(roles)));
      return this;
    }

    /**
     * Builds the fixture.
     *
     * @return the fixture
     * @throws IllegalArgumentException if an API uses an undeclared tier
     */
    public Fixture build() {
      for (Api api : apis) {
        for (String tier : api.tiers()) {
          if (!subscriptionPolicies.contains(tier)) {
            throw new IllegalArgumentException(
                "API " + api.name() + " uses undeclared subscription policy " + tier);
          }
        }
      }
      return new Fixture(this);
    }
  }
}
