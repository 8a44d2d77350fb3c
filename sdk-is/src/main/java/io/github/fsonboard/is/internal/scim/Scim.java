package io.github.fsonboard.is.internal.scim;

import io.github.fsonboard.core.error.NotFoundException;
import io.github.fsonboard.core.internal.http.PageGuard;
import io.github.fsonboard.core.internal.http.PathIds;
import io.github.fsonboard.is.internal.Json;
import io.github.fsonboard.is.scim.ScimPage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** SCIM helpers: filters, list responses, paging, PatchOp messages. */
public final class Scim {
  /** The PatchOp message schema (RFC 7644 §3.5.2). */
  public static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

  private Scim() {}

  /**
   * Builds {@code attribute eq "value"} with the value escaped as a JSON string (RFC 7644
   * §3.4.2.2).
   *
   * @param attribute the attribute path
   * @param value the value
   * @return the filter
   */
  public static String eq(String attribute, String value) {
    return attribute + " eq \"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /**
   * Maps a ListResponse.
   *
   * @param json the decoded body
   * @param mapper maps one resource
   * @param <T> the resource type
   * @return the page
   */
  public static <T> ScimPage<T> page(
      Map<String, Object> json, Function<Map<String, Object>, T> mapper) {
    List<T> items = new ArrayList<>();
    for (Map<String, Object> r : Json.objects(json, "Resources")) {
      items.add(mapper.apply(r));
    }
    Long total = Json.number(json, "totalResults");
    Long start = Json.number(json, "startIndex");
    Long per = Json.number(json, "itemsPerPage");
    return new ScimPage<>(
        total == null ? items.size() : total.intValue(),
        start == null ? 1 : start.intValue(),
        per == null ? items.size() : per.intValue(),
        items);
  }

  /**
   * Streams every resource, fetching pages lazily.
   *
   * @param fetch fetches the page at a 1-based start index
   * @param <T> the resource type
   * @return the stream
   */
  public static <T> Stream<T> all(Function<Integer, ScimPage<T>> fetch) {
    Iterator<T> it =
        new Iterator<>() {
          private int next = 1;
          private Iterator<T> current = List.<T>of().iterator();
          private boolean done;
          private final PageGuard guard = new PageGuard("SCIM resources");

          @Override
          public boolean hasNext() {
            while (!current.hasNext() && !done) {
              ScimPage<T> page = fetch.apply(next);
              current = page.resources().iterator();
              next = page.startIndex() + page.resources().size();
              done = page.resources().isEmpty() || next > page.totalResults();
              if (!done) {
                guard.next(next, page.resources().size());
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
        Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false);
  }

  /**
   * Runs a read, mapping 404 to empty.
   *
   * @param read the read
   * @param <T> the result type
   * @return the result, or empty
   */
  public static <T> Optional<T> optional(Supplier<T> read) {
    try {
      return Optional.ofNullable(read.get());
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  /**
   * Checks an id before it goes into a path.
   *
   * @param id the id
   * @param field the field name for errors
   * @return the id
   */
  public static String id(String id, String field) {
    return PathIds.check(id, field);
  }
}
