package io.github.fsonboard.is.internal.scim;

import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.internal.http.Calls;
import io.github.fsonboard.core.internal.paging.Paging;
import io.github.fsonboard.core.paging.Page;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import retrofit2.Call;

/**
 * The reads every SCIM resource type shares (RFC 7644 §3.4): one resource by id, one page of a
 * filtered list, and a lazy stream over every page. Users and roles differ only in their calls and
 * their mapping, so the paging rules and the 404-is-empty rule live here once.
 *
 * @param <T> the SDK's record for the resource
 */
public final class ScimResources<T> {
  private static final int PAGE_SIZE = 100;

  /** A resource type's list call ({@code GET ...?filter=&startIndex=&count=}). */
  @FunctionalInterface
  public interface ListCall {
    /**
     * Builds the call for one page.
     *
     * @param filter a SCIM filter, or null
     * @param startIndex 1-based index of the first result
     * @param count the page size
     * @return the call
     */
    Call<Map<String, Object>> list(String filter, Integer startIndex, Integer count);
  }

  private final String name;
  private final Function<String, Call<Map<String, Object>>> get;
  private final ListCall list;
  private final Function<Map<String, Object>, T> mapper;

  /**
   * Describes a resource type.
   *
   * @param name what the resources are called in paging errors, e.g. {@code SCIM users}
   * @param get the call reading one resource by id
   * @param list the call reading one page
   * @param mapper maps one resource
   */
  public ScimResources(
      String name,
      Function<String, Call<Map<String, Object>>> get,
      ListCall list,
      Function<Map<String, Object>, T> mapper) {
    this.name = name;
    this.get = get;
    this.list = list;
    this.mapper = mapper;
  }

  /**
   * Reads one resource.
   *
   * @param id the resource id, checked before it goes into the path
   * @return the resource, or empty on 404
   */
  public Optional<T> find(String id) {
    Scim.id(id, "id");
    return Scim.optional(() -> mapper.apply(Calls.execute(get.apply(id))));
  }

  /**
   * Lists one page.
   *
   * @param filter a SCIM filter, or null
   * @param startIndex 1-based index of the first result
   * @param count the page size
   * @return the page; {@link Page#next()} is the next 1-based start index
   * @throws io.github.fsonboard.core.error.ValidationException naming a start index below 1 and a
   *     negative count
   */
  public Page<T> list(String filter, int startIndex, int count) {
    new Validation()
        .require(startIndex >= 1, "startIndex", "must be at least 1")
        .require(count >= 0, "count", "must not be negative")
        .throwIfInvalid();
    return Scim.page(Calls.execute(list.list(filter, startIndex, count)), mapper, count);
  }

  /**
   * Streams every matching resource, fetching pages lazily.
   *
   * @param filter a SCIM filter, or null
   * @return the resources
   */
  public Stream<T> stream(String filter) {
    return Paging.stream(name, at -> list(filter, Paging.position(at, 1), PAGE_SIZE));
  }
}
