package io.github.fsonboard.apim.devportal;

import io.github.fsonboard.core.auth.Authentication;
import io.github.fsonboard.core.auth.TokenProvider;
import io.github.fsonboard.core.http.BaseUrl;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.internal.http.HttpEngine;
import java.util.Map;

/**
 * The API Manager Developer Portal REST API v3 ({@code /api/am/devportal/v3}) for a signed-in user,
 * one client per resource. Thread-safe; get it from {@link
 * io.github.fsonboard.apim.ApimSession#devPortal()}.
 *
 * <pre>{@code
 * DevPortal portal = apim.tpp("tpp@example.com", password).devPortal();
 * ApiInfo api = portal.apis().find("AccountsAPI", "1.0.0").orElseThrow();
 * ApplicationResult app = portal.applications().create(
 *     ApplicationRequest.builder().name("Accounts App").build());
 * }</pre>
 */
public final class DevPortal {
  private final DevportalKeyManagersClient keyManagers;
  private final ApisClient apis;
  private final ThrottlingPoliciesClient throttlingPolicies;
  private final ApplicationsClient applications;
  private final SubscriptionsClient subscriptions;
  private final ApplicationKeysClient keys;

  private DevPortal(DevportalService s) {
    this.keyManagers = new DevportalKeyManagersClient(s);
    this.apis = new ApisClient(s);
    this.throttlingPolicies = new ThrottlingPoliciesClient(s);
    this.applications = new ApplicationsClient(s);
    this.subscriptions = new SubscriptionsClient(s);
    this.keys = new ApplicationKeysClient(s);
  }

  /**
   * Creates a client without credentials, for the public catalog ({@link #apis()}, {@link
   * #throttlingPolicies()}) that the Developer Portal shows to anonymous visitors; other calls
   * answer 401.
   *
   * @param transport the HTTP transport
   * @param apimBaseUrl the API Manager, e.g. {@code https://apim.bank.example:9443}
   * @return the client
   */
  public static DevPortal anonymous(HttpTransport transport, BaseUrl apimBaseUrl) {
    return anonymous(transport, apimBaseUrl, null);
  }

  /**
   * Creates a client without credentials for a tenant's public catalog: every request carries
   * {@code X-WSO2-Tenant} (without it, APIM answers with the super tenant's APIs and policies).
   *
   * @param transport the HTTP transport
   * @param apimBaseUrl the API Manager, e.g. {@code https://apim.bank.example:9443}
   * @param tenant the tenant domain, e.g. {@code bank.example}; null or blank for the super tenant
   * @return the client
   */
  public static DevPortal anonymous(HttpTransport transport, BaseUrl apimBaseUrl, String tenant) {
    BaseUrl base = BaseUrl.of(apimBaseUrl.resolve("/api/am/devportal/v3").toString());
    Map<String, String> headers =
        tenant == null || tenant.isBlank() ? Map.of() : Map.of("X-WSO2-Tenant", tenant);
    return new DevPortal(
        HttpEngine.of(transport)
            .service(base, Authentication.none(), headers, DevportalService.class));
  }

  /**
   * Creates the client for tokens obtained any way you like (normally {@link
   * io.github.fsonboard.apim.ApiManager#signIn} does this for you).
   *
   * @param transport the HTTP transport
   * @param apimBaseUrl the API Manager, e.g. {@code https://apim.bank.example:9443}
   * @param tokens bearer tokens with the Developer Portal scopes
   * @return the client
   */
  public static DevPortal create(
      HttpTransport transport, BaseUrl apimBaseUrl, TokenProvider tokens) {
    BaseUrl base = BaseUrl.of(apimBaseUrl.resolve("/api/am/devportal/v3").toString());
    return new DevPortal(
        HttpEngine.of(transport)
            .service(base, Authentication.bearer(tokens), DevportalService.class));
  }

  /**
   * Key managers available for key generation: {@code /key-managers}.
   *
   * @return the client
   */
  public DevportalKeyManagersClient keyManagers() {
    return keyManagers;
  }

  /**
   * Published APIs: {@code /apis}.
   *
   * @return the client
   */
  public ApisClient apis() {
    return apis;
  }

  /**
   * Throttling policies: {@code /throttling-policies}.
   *
   * @return the client
   */
  public ThrottlingPoliciesClient throttlingPolicies() {
    return throttlingPolicies;
  }

  /**
   * Applications: {@code /applications}.
   *
   * @return the client
   */
  public ApplicationsClient applications() {
    return applications;
  }

  /**
   * Subscriptions: {@code /subscriptions}.
   *
   * @return the client
   */
  public SubscriptionsClient subscriptions() {
    return subscriptions;
  }

  /**
   * Application keys: {@code /applications/{id}/generate-keys} and {@code .../oauth-keys}.
   *
   * @return the client
   */
  public ApplicationKeysClient keys() {
    return keys;
  }
}
