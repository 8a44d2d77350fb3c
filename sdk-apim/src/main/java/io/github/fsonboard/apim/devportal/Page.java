package io.github.fsonboard.apim.devportal;

import java.util.List;

/**
 * One page of a Developer Portal list ({@code {count, list, pagination}}).
 *
 * @param count how many items this page holds
 * @param list the items
 * @param pagination where the page sits, or null when the server sent none
 * @param <T> the item type
 */
public record Page<T>(Integer count, List<T> list, Pagination pagination) {

  /** Normalises a missing list to an empty one. */
  public Page {
    list =
        list == null
            ? List.of()
            : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(list));
  }

  /**
   * Tells whether more items follow this page.
   *
   * @return true when the server gave a non-empty {@code next} link, or the total exceeds this
   *     page's end
   */
  public boolean hasNext() {
    if (pagination == null) {
      return false;
    }
    if (pagination.next() != null && !pagination.next().isBlank()) {
      return true;
    }
    int offset = pagination.offset() == null ? 0 : pagination.offset();
    return pagination.total() != null && offset + list.size() < pagination.total();
  }
}
