package io.github.fsonboard.apim.admin;

import io.github.fsonboard.core.auth.Authentication;
import io.github.fsonboard.core.auth.TokenProvider;
import io.github.fsonboard.core.http.BaseUrl;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.internal.http.HttpEngine;

/**
 * The API Manager Admin REST API v4 ({@code /api/am/admin/v4}) for a signed-in administrator.
 * Thread-safe; get it from {@link io.github.fsonboard.apim.ApimSession#admin()}.
 *
 * <pre>{@code
 * AdminApi admin = apim.admin("admin", adminPassword).admin();
 * admin.keyManagers().create(FsKeyManagerSettings.builder()...build());
 * admin.keyManagers().disableResidentKeyManager();
 * }</pre>
 */
public final class AdminApi {
  private final KeyManagers keyManagers;
  private final AdminThrottlingPolicies throttlingPolicies;
  private final AdminApplications applications;
  private final AdminWorkflows workflows;

  private AdminApi(AdminService service) {
    this.keyManagers = new KeyManagers(service);
    this.throttlingPolicies = new AdminThrottlingPolicies(service);
    this.applications = new AdminApplications(service);
    this.workflows = new AdminWorkflows(service);
  }

  /**
   * Creates the client for tokens obtained any way you like (normally {@link
   * io.github.fsonboard.apim.ApiManager#signIn} does this for you).
   *
   * @param transport the HTTP transport
   * @param apimBaseUrl the API Manager, e.g. {@code https://apim.bank.example:9443}
   * @param tokens bearer tokens carrying {@code apim:admin} (or {@code apim:admin_operations})
   * @return the client
   */
  public static AdminApi create(
      HttpTransport transport, BaseUrl apimBaseUrl, TokenProvider tokens) {
    BaseUrl base = BaseUrl.of(apimBaseUrl.resolve("/api/am/admin/v4").toString());
    return new AdminApi(
        HttpEngine.of(transport).service(base, Authentication.bearer(tokens), AdminService.class));
  }

  /**
   * Key managers: {@code /key-managers}.
   *
   * @return the client
   */
  public KeyManagers keyManagers() {
    return keyManagers;
  }

  /**
   * Throttling policies: {@code /throttling/policies}.
   *
   * @return the client
   */
  public AdminThrottlingPolicies throttlingPolicies() {
    return throttlingPolicies;
  }

  /**
   * Every user's applications: {@code /applications}.
   *
   * @return the client
   */
  public AdminApplications applications() {
    return applications;
  }

  /**
   * Approval tasks: {@code /workflows}.
   *
   * @return the client
   */
  public AdminWorkflows workflows() {
    return workflows;
  }
}
