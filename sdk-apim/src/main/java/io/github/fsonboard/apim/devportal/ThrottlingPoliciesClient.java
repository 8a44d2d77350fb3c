package io.github.fsonboard.apim.devportal;

import io.github.fsonboard.apim.internal.ListBody;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.internal.http.Calls;
import io.github.fsonboard.core.internal.paging.Paging;
import io.github.fsonboard.core.paging.Page;
import java.util.stream.Stream;

/**
 * The throttling policies offered in the Developer Portal ({@code /throttling-policies/{level}}; no
 * scope needed). Thread-safe.
 */
public final class ThrottlingPoliciesClient {
  private static final int PAGE = 100;
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
    return ListBody.page(
        Calls.execute(api.throttlingPolicies(level.pathValue(), limit, offset)), offset, limit);
  }

  /**
   * Streams every policy of one level, fetching pages of 100 only as the stream reaches them.
   *
   * @param level application or subscription
   * @return the policies
   */
  public Stream<ThrottlingPolicy> stream(PolicyLevel level) {
    Validation.requireNonNull(level, "policyLevel");
    return Paging.stream(
        level.pathValue() + " throttling policies",
        at -> list(level, PAGE, Paging.position(at, 0)));
  }
}
