package io.github.fsonboard.apim.devportal;

import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.internal.http.Calls;

/**
 * The throttling policies offered in the Developer Portal ({@code /throttling-policies/{level}}; no
 * scope needed). Thread-safe.
 */
public final class ThrottlingPoliciesClient {
  private final DevportalService api;

  ThrottlingPoliciesClient(DevportalService api) {
    this.api = api;
  }

  /**
   * Lists the policies of one level.
   *
   * @param level application or subscription
   * @param limit the page size, or null for the server default
   * @param offset the index of the first item, or null for 0
   * @return one page
   */
  public Page<ThrottlingPolicy> list(PolicyLevel level, Integer limit, Integer offset) {
    Validation.requireNonNull(level, "policyLevel");
    return ApisClient.orEmpty(
        Calls.execute(api.throttlingPolicies(level.pathValue(), limit, offset)));
  }

  /**
   * Lists the application-level policies (first page, server default size).
   *
   * @return the policies
   */
  public Page<ThrottlingPolicy> application() {
    return list(PolicyLevel.APPLICATION, null, null);
  }

  /**
   * Lists the subscription-level policies (first page, server default size).
   *
   * @return the policies
   */
  public Page<ThrottlingPolicy> subscription() {
    return list(PolicyLevel.SUBSCRIPTION, null, null);
  }
}
