package io.github.fsonboard.core.paging;

import java.util.List;
import java.util.Objects;

/**
 * One page of any list the SDK reads, whatever the server's paging scheme: offset/limit (API
 * Manager), 1-based start index (SCIM) or opaque cursors (IS API resources). Every {@code list(…)}
 * method returns this type; the matching {@code stream(…)} method walks all pages lazily.
 *
 * <p>{@link #next()} and {@link #previous()} are positions to pass back to the same {@code list(…)}
 * method: the offset or start index in decimal for offset and SCIM lists, the server's cursor for
 * cursor lists.
 *
 * <pre>{@code
 * Page<ApplicationInfo> first = devportal.applications().list(null, 25, 0);
 * if (first.hasNext()) {
 *   Page<ApplicationInfo> second =
 *       devportal.applications().list(null, 25, Integer.valueOf(first.next()));
 * }
 * }</pre>
 *
 * @param items the items of this page, never null; null entries a server sent are left out
 * @param total how many items the whole list holds, or null when the server does not say
 * @param next where the next page starts, or null on the last page
 * @param previous where the previous page starts, or null on the first page or when unknown
 * @param <T> the item type
 */
public record Page<T>(List<T> items, Integer total, String next, String previous) {

  /** Copies the items, leaving out nulls; a missing list becomes an empty one. */
  public Page {
    items = items == null ? List.of() : items.stream().filter(Objects::nonNull).toList();
  }

  /**
   * Tells whether another page follows.
   *
   * @return true when {@link #next()} is set
   */
  public boolean hasNext() {
    return next != null;
  }
}
