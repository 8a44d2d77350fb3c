package io.github.fsonboard.core.internal.paging;

import io.github.fsonboard.core.error.FsOnboardException;

/**
 * Keeps a paging loop finite whatever the server says: every page must move the position forward (a
 * {@code startIndex} or offset that does not advance is refused), and a walk stops with a typed
 * error after {@link #MAX_PAGES} pages or {@link #MAX_ITEMS} items. The one guard used by every
 * paging loop of the SDK ({@link Paging#stream}). Not thread-safe: one per walk.
 */
final class PageGuard {
  /** Most pages one walk fetches. */
  static final int MAX_PAGES = 1_000;

  /** Most items one walk reads. */
  static final long MAX_ITEMS = 100_000;

  private final String what;
  private int pages;
  private long items;
  private String lastPosition;

  /**
   * Starts a walk.
   *
   * @param what what is listed, for the error message (e.g. {@code "SCIM roles"})
   */
  PageGuard(String what) {
    this.what = what;
  }

  /**
   * Records a page and checks that the walk may fetch the next one.
   *
   * @param nextPosition where the next page starts (index, offset or cursor)
   * @param size how many items the page held
   * @throws FsOnboardException when the position does not move or a ceiling is reached
   */
  void next(Object nextPosition, int size) {
    pages++;
    items += size;
    String position = String.valueOf(nextPosition);
    if (position.equals(lastPosition)) {
      throw new FsOnboardException(
          "The server's paging of " + what + " does not advance (next page " + position + ")");
    }
    lastPosition = position;
    if (pages >= MAX_PAGES || items >= MAX_ITEMS) {
      throw new FsOnboardException(
          "Stopped listing "
              + what
              + " after "
              + pages
              + " pages and "
              + items
              + " items: the server's paging does not end");
    }
  }
}
