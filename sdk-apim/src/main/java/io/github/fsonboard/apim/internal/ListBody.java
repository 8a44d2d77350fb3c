package io.github.fsonboard.apim.internal;

import io.github.fsonboard.core.internal.paging.Paging;
import io.github.fsonboard.core.paging.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The wire shape of every API Manager list: {@code {count, list, pagination}} in the Developer
 * Portal and Publisher APIs, {@code {count, list, next, previous}} in the Admin API (its {@code
 * ApplicationList} and {@code WorkflowList} carry no {@code pagination} object; admin-api-v4.yaml,
 * and carbon-apimgt's generated {@code ApplicationListDTO} has just these four fields). {@code
 * count} is the page's own size in both.
 *
 * @param count how many items this page holds
 * @param list the items
 * @param pagination where the page sits (Developer Portal, Publisher), or null
 * @param next the Admin API's link to the next page, empty or null on the last
 * @param previous the Admin API's link to the previous page, empty or null on the first
 * @param <T> the item type
 */
public record ListBody<T>(
    Integer count, List<T> list, Pagination pagination, String next, String previous) {

  /**
   * The Pagination schema.
   *
   * @param offset the index of the first item
   * @param limit the page size asked for
   * @param total how many items exist in all
   * @param next the link to the next page; empty or null on the last page
   * @param previous the link to the previous page; empty or null on the first page
   */
  public record Pagination(
      Integer offset, Integer limit, Integer total, String next, String previous) {}

  /**
   * Turns a body (null for an empty answer) into the SDK's page.
   *
   * @param body the decoded body, or null
   * @param offset the offset asked for, or null
   * @param limit the page size asked for, or null
   * @param <T> the item type
   * @return the page: more follows when the server gave a non-empty next link or a total beyond
   *     this page's end
   */
  public static <T> Page<T> page(ListBody<T> body, Integer offset, Integer limit) {
    return page(body, offset, limit, Function.identity());
  }

  /**
   * Turns a body into the SDK's page, mapping each wire item.
   *
   * @param body the decoded body, or null
   * @param offset the offset asked for, or null
   * @param limit the page size asked for, or null
   * @param map maps one non-null wire item
   * @param <W> the wire item type
   * @param <T> the item type
   * @return the page
   */
  public static <W, T> Page<T> page(
      ListBody<W> body, Integer offset, Integer limit, Function<? super W, ? extends T> map) {
    if (body == null) {
      return Paging.offsetPage(List.of(), null, offset, limit, false);
    }
    List<T> items = new ArrayList<>();
    if (body.list() != null) {
      for (W w : body.list()) {
        items.add(w == null ? null : map.apply(w));
      }
    }
    Pagination p = body.pagination();
    boolean more = present(body.next()) || (p != null && present(p.next()));
    return Paging.offsetPage(items, p == null ? null : p.total(), offset, limit, more);
  }

  private static boolean present(String link) {
    return link != null && !link.isBlank();
  }
}
