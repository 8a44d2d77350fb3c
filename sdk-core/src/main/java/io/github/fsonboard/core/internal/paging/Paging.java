package io.github.fsonboard.core.internal.paging;

import io.github.fsonboard.core.paging.Page;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Builds {@link Page}s from each server's paging scheme and walks them lazily. The one paging loop
 * of the SDK: every {@code stream(…)} of sdk-apim and sdk-is runs here, under one {@link PageGuard}
 * (no-progress check, page and item ceilings).
 */
public final class Paging {
  private Paging() {}

  /**
   * Streams every item of a list, fetching a page only when the stream reaches it.
   *
   * @param what what is listed, for error messages (e.g. {@code "applications"})
   * @param fetch fetches the page at a position: null for the first page, then each page's {@link
   *     Page#next()}
   * @param <T> the item type
   * @return a sequential, ordered stream
   * @throws io.github.fsonboard.core.error.FsOnboardException (while streaming) when the server's
   *     paging does not advance or does not end
   */
  public static <T> Stream<T> stream(String what, Function<String, Page<T>> fetch) {
    Iterator<T> it =
        new Iterator<>() {
          private final PageGuard guard = new PageGuard(what);
          private Iterator<T> current = List.<T>of().iterator();
          private String position;
          private boolean done;

          @Override
          public boolean hasNext() {
            while (!current.hasNext() && !done) {
              Page<T> page = fetch.apply(position);
              current = page.items().iterator();
              done = !page.hasNext() || page.items().isEmpty();
              if (!done) {
                guard.next(page.next(), page.items().size());
                position = page.next();
              }
            }
            return current.hasNext();
          }

          @Override
          public T next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            return current.next();
          }
        };
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /**
   * A page of an offset/limit list (API Manager). The next offset is worked out here from the
   * offset asked for, never taken from the server, so it always moves forward.
   *
   * @param items the items as the server sent them, or null
   * @param total the server's total, or null
   * @param offset the offset asked for, or null for 0
   * @param limit the page size asked for, or null
   * @param serverSaysMore whether the server signalled another page (a {@code next} link)
   * @param <T> the item type
   * @return the page; its next is set when the server signalled more or the total goes on
   */
  public static <T> Page<T> offsetPage(
      List<T> items, Integer total, Integer offset, Integer limit, boolean serverSaysMore) {
    int size = items == null ? 0 : items.size();
    int from = offset == null ? 0 : Math.max(0, offset);
    boolean more = serverSaysMore || (total != null && from + size < total);
    String next = more && size > 0 ? String.valueOf(from + size) : null;
    String previous =
        from > 0 ? String.valueOf(Math.max(0, from - (limit == null ? size : limit))) : null;
    return new Page<>(items, total, next, previous);
  }

  /**
   * A page of a SCIM list (RFC 7644 §3.4.2), whose positions are 1-based start indexes.
   *
   * @param items the resources as the server sent them, or null
   * @param total {@code totalResults}
   * @param startIndex the server's {@code startIndex} of this page
   * @param count the page size asked for
   * @param <T> the item type
   * @return the page; its next is set while {@code startIndex + size - 1 < totalResults}
   */
  public static <T> Page<T> indexPage(List<T> items, int total, int startIndex, int count) {
    int size = items == null ? 0 : items.size();
    String next =
        size > 0 && (long) startIndex + size - 1 < total ? String.valueOf(startIndex + size) : null;
    String previous = startIndex > 1 ? String.valueOf(Math.max(1, startIndex - count)) : null;
    return new Page<>(items, total, next, previous);
  }

  /**
   * Reads a position this SDK handed out as an offset or start index.
   *
   * @param position null for the first page, else a decimal position from {@link Page#next()}
   * @param first the first page's position (0 for offsets, 1 for SCIM)
   * @return the position
   */
  public static int position(String position, int first) {
    return position == null ? first : Integer.parseInt(position);
  }
}
