package io.github.fsonboard.apim.onboarding;

import io.github.fsonboard.apim.ApiManager;
import io.github.fsonboard.apim.devportal.ApiInfo;
import io.github.fsonboard.apim.devportal.DevPortal;
import io.github.fsonboard.apim.devportal.PolicyLevel;
import io.github.fsonboard.apim.devportal.ThrottlingPolicy;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.http.BaseUrl;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Developer Portal's public catalogue (APIs with their subscription tiers, application
 * throttling policies) as TPP onboardings check it before they change anything, read once and
 * shared. By default every {@link TppOnboarding} run looks its APIs up again; a batch that gives
 * all its onboardings one catalog ({@link TppOnboarding.Builder#apiCatalog(ApiCatalog)}) looks each
 * API up once for the whole batch.
 *
 * <pre>{@code
 * ApiCatalog catalog = ApiCatalog.of(apim);
 * for (Tpp t : batch) {
 *   Onboarding.tpp(apim).apiCatalog(catalog).signUp(...).application(...)
 *       .subscribe("AccountandTransactionAPI", "3.1.11", "Unlimited")...build().run();
 * }
 * }</pre>
 *
 * <p>Thread-safe: concurrent onboardings that need the same API wait for one look-up. Only what was
 * found is remembered (an API published later is found by the next look-up), and a failed look-up
 * is not remembered. What was found is kept until {@link #clear()} (call it after changing an API's
 * tiers or re-publishing it under a new id), or for at most the {@code maxAge} given to {@link
 * #of(ApiManager, Duration)}. A thread waiting for another thread's look-up can be interrupted.
 */
public final class ApiCatalog {
  private final BaseUrl baseUrl;
  private final String tenant;
  private final DevPortal anonymous;
  private final Memo<Key, Optional<Entry>> apis;
  private final Memo<String, List<String>> applicationPolicies;

  private ApiCatalog(ApiManager apim, Duration maxAge) {
    this.apis = new Memo<>(maxAge);
    this.applicationPolicies = new Memo<>(maxAge);
    this.baseUrl = apim.baseUrl();
    this.tenant = apim.tenant().orElse(null);
    this.anonymous = DevPortal.anonymous(apim.transport(), apim.baseUrl(), tenant);
  }

  /**
   * Creates an empty catalog that reads the API Manager's public Developer Portal (anonymously: a
   * TPP being onboarded may not exist yet), in the API Manager's tenant when it has one. What it
   * finds is kept until {@link #clear()}.
   *
   * @param apim the API Manager
   * @return the catalog
   * @throws NullPointerException when {@code apim} is null
   */
  public static ApiCatalog of(ApiManager apim) {
    return new ApiCatalog(Objects.requireNonNull(apim, "apim"), null);
  }

  /**
   * Creates an empty catalog whose findings are looked up again once they are older than {@code
   * maxAge}: for a long-lived service whose APIs may change tiers.
   *
   * @param apim the API Manager
   * @param maxAge how long a finding is used, e.g. {@code Duration.ofMinutes(10)}
   * @return the catalog
   * @throws NullPointerException when {@code apim} is null
   * @throws ValidationException naming {@code maxAge} when it is null or negative
   */
  public static ApiCatalog of(ApiManager apim, Duration maxAge) {
    Objects.requireNonNull(apim, "apim");
    Validation v = new Validation();
    v.require(maxAge != null && !maxAge.isNegative(), "maxAge", "must be zero or more");
    v.throwIfInvalid();
    return new ApiCatalog(apim, maxAge);
  }

  /**
   * An API as the catalog found it.
   *
   * @param api the API (its id is what subscriptions use)
   * @param tiers its subscription throttling policies (from the search result, or from the API's
   *     details when the search result lists none)
   */
  public record Entry(ApiInfo api, List<String> tiers) {
    /**
     * Copies the tiers.
     *
     * @param api the API
     * @param tiers the tiers
     */
    public Entry {
      Objects.requireNonNull(api, "api");
      tiers = List.copyOf(tiers);
    }
  }

  /**
   * Finds an API by exact name and version, from memory when it was found before.
   *
   * @param name the exact API name
   * @param version the exact version
   * @return the API and its tiers, or empty when the Developer Portal does not list it
   * @throws io.github.fsonboard.core.error.ValidationException when name or version is blank
   * @throws io.github.fsonboard.core.error.FsOnboardException when the server cannot be read
   */
  public Optional<Entry> find(String name, String version) {
    // An empty answer is not kept: an API published later is found by the next look-up.
    return apis.get(new Key(name, version), () -> lookUp(name, version), Optional::isPresent);
  }

  /**
   * The names of the application throttling policies, read once.
   *
   * @return the policy names (APIM always has {@code Unlimited})
   * @throws io.github.fsonboard.core.error.FsOnboardException when the server cannot be read
   */
  public List<String> applicationPolicies() {
    return applicationPolicies.get(
        "application",
        () ->
            anonymous.throttlingPolicies().stream(PolicyLevel.APPLICATION)
                .map(ThrottlingPolicy::name)
                .toList(),
        names -> true);
  }

  /** Forgets everything found so far; the next look-ups read the server again. */
  public void clear() {
    apis.clear();
    applicationPolicies.clear();
  }

  /**
   * The API Manager this catalog reads.
   *
   * @return its base URL
   */
  public BaseUrl baseUrl() {
    return baseUrl;
  }

  /**
   * The tenant whose catalogue this catalog reads.
   *
   * @return the tenant domain, or empty for the super tenant
   */
  public Optional<String> tenant() {
    return Optional.ofNullable(tenant);
  }

  /**
   * Tells whether this catalog reads what an onboarding on {@code apim} would read.
   *
   * @param apim an API Manager
   * @return true for the same base URL and tenant
   */
  public boolean readsFor(ApiManager apim) {
    return baseUrl.equals(apim.baseUrl()) && tenant().equals(apim.tenant());
  }

  @Override
  public String toString() {
    return "ApiCatalog{"
        + baseUrl
        + (tenant == null ? "" : ", tenant=" + tenant)
        + ", "
        + apis.size()
        + " APIs known}";
  }

  private Optional<Entry> lookUp(String name, String version) {
    Optional<ApiInfo> api = anonymous.apis().find(name, version);
    if (api.isEmpty()) {
      return Optional.empty();
    }
    List<String> tiers = api.get().throttlingPolicies();
    if (tiers.isEmpty()) {
      tiers = anonymous.apis().get(api.get().id()).tierNames();
    }
    return Optional.of(new Entry(api.get(), tiers));
  }

  private record Key(String name, String version) {}
}
