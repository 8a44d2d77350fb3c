package io.github.fsonboard.is.apiresources;

import java.util.List;

/**
 * One page of API resources, with the server's cursors.
 *
 * @param totalResults {@code totalResults}
 * @param resources {@code APIResources}
 * @param nextCursor the {@code after} value of the {@code next} link, or null on the last page
 * @param previousCursor the {@code before} value of the {@code previous} link, or null
 */
public record ApiResourcePage(
    int totalResults, List<ApiResource> resources, String nextCursor, String previousCursor) {
  /** Copies the list. */
  public ApiResourcePage {
    resources = resources == null ? List.of() : List.copyOf(resources);
  }
}
