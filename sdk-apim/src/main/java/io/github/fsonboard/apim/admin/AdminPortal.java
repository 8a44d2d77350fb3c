package io.github.fsonboard.apim.admin;

import io.github.fsonboard.core.auth.Authentication;
import io.github.fsonboard.core.auth.TokenProvider;
import io.github.fsonboard.core.http.BaseUrl;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.internal.http.HttpEngine;

/**
 * The API Manager Admin REST API v4 ({@code /api/am/admin/v4}) for a signed-in administrator.
 * Thread-safe; get it from {@link io.github.fsonboard.apim.ApimSession#adminPortal()}.
 *
 * <pre>{@code
 * AdminPortal admin = apim.admin("admin", adminPassword).adminPortal();
 * admin.keyManagers().create(FsKeyManagerSettings.builder()...build());
 * admin.keyManagers().disableResidentKeyManager();
 * }</pre>
 */
public final class AdminPortal {
  private final KeyManagersClient keyManagers;
  private final AdminThrottlingPoliciesClient throttlingPolicies;
  private final AdminApplicationsClient applications;
  private final AdminWorkflowsClient workflows;

  private AdminPortal(AdminService service) {
    this.keyManagers = new KeyManagersClient(service);
    this.throttlingPolicies = new AdminThrottlingPoliciesClient(service);
    this.applications = new AdminApplicationsClient(service);
    this.workflows = new AdminWorkflowsClient(service);
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
  public static AdminPortal create(
      HttpTransport transport, BaseUrl apimBaseUrl, TokenProvider tokens) {
    BaseUrl base = BaseUrl.of(apimBaseUrl.resolve("/api/am/admin/v4").toString());
    return new AdminPortal(
        HttpEngine.of(transport).service(base, Authentication.bearer(tokens), AdminService.class));
  }

  /**
   * Key managers: {@code /key-managers}.
   *
   * @return the client
   */
  public KeyManagersClient keyManagers() {
    return keyManagers;
  }

  /**
   * Throttling policies: {@code /throttling/policies}.
   *
   * @return the client
   */
  public AdminThrottlingPoliciesClient throttlingPolicies() {
    return throttlingPolicies;
  }

  /**
   * Every user's applications: {@code /applications}.
   *
   * @return the client
   */
  public AdminApplicationsClient applications() {
    return applications;
  }

  /**
   * Approval tasks: {@code /workflows}.
   *
   * @return the client
   */
  public AdminWorkflowsClient workflows() {
    return workflows;
  }
}
