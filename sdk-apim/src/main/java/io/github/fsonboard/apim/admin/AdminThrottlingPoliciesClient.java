package io.github.fsonboard.apim.admin;

import io.github.fsonboard.core.internal.http.Calls;
import java.util.List;

/**
 * Throttling policies in the Admin API ({@code /throttling/policies/application|subscription};
 * scope {@code apim:admin} or {@code apim:tier_view}). Thread-safe.
 */
public final class AdminThrottlingPoliciesClient {
  private final AdminService api;

  AdminThrottlingPoliciesClient(AdminService api) {
    this.api = api;
  }

  /**
   * Lists the application-level policies.
   *
   * @return the policies
   */
  public List<ThrottlePolicy> application() {
    return list("application");
  }

  /**
   * Lists the subscription-level policies (the tiers an API subscription may use).
   *
   * @return the policies
   */
  public List<ThrottlePolicy> subscription() {
    return list("subscription");
  }

  private List<ThrottlePolicy> list(String level) {
    AdminService.ThrottlePolicyList l = Calls.execute(api.throttlingPolicies(level));
    return l == null || l.list() == null ? List.of() : List.copyOf(l.list());
  }
}
