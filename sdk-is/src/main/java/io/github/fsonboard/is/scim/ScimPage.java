package io.github.fsonboard.is.scim;

import java.util.List;

/**
 * One page of a SCIM list response (RFC 7644 §3.4.2).
 *
 * @param totalResults how many resources match in total
 * @param startIndex the 1-based index of the first resource of this page
 * @param itemsPerPage how many resources this page holds
 * @param resources the resources
 * @param <T> the resource type
 */
public record ScimPage<T>(int totalResults, int startIndex, int itemsPerPage, List<T> resources) {

  /** Copies the list. */
  public ScimPage {
    resources = resources == null ? List.of() : List.copyOf(resources);
  }

  /**
   * Tells whether more resources follow this page.
   *
   * @return true when {@code startIndex + size - 1 < totalResults}
   */
  public boolean hasMore() {
    return !resources.isEmpty() && startIndex + resources.size() - 1 < totalResults;
  }
}
