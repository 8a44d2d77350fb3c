package io.github.fsonboard.is.internal.scim;

import io.github.fsonboard.core.error.NotFoundException;
import io.github.fsonboard.core.internal.http.PathIds;
import io.github.fsonboard.core.internal.paging.Paging;
import io.github.fsonboard.core.paging.Page;
import io.github.fsonboard.is.internal.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** SCIM helpers: filters, list responses, PatchOp messages. */
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
   * Maps a ListResponse onto the SDK's page; positions are 1-based start indexes, the next one
   * worked out from the server's own {@code startIndex} so that a server which repeats a page is
   * caught by the paging guard.
   *
   * @param json the decoded body
   * @param mapper maps one resource
   * @param count the page size asked for
   * @param <T> the resource type
   * @return the page
   */
  public static <T> Page<T> page(
      Map<String, Object> json, Function<Map<String, Object>, T> mapper, int count) {
    List<T> items = new ArrayList<>();
    for (Map<String, Object> r : Json.objects(json, "Resources")) {
      items.add(mapper.apply(r));
    }
    Long total = Json.number(json, "totalResults");
    Long start = Json.number(json, "startIndex");
    return Paging.indexPage(
        items,
        total == null ? items.size() : total.intValue(),
        start == null ? 1 : start.intValue(),
        count);
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
