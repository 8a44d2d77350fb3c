package io.github.fsonboard.apim.admin;

import java.util.List;

/**
 * One page of {@code GET /applications} of the Admin API ({@code ApplicationList}: {@code count},
 * {@code list}, {@code next}, {@code previous}; no {@code pagination} object, unlike the Developer
 * Portal).
 *
 * @param count how many items this page holds
 * @param list the applications
 * @param next the link to the next page, empty on the last
 * @param previous the link to the previous page, empty on the first
 */
public record AdminApplicationPage(
    Integer count, List<AdminApplication> list, String next, String previous) {

  /** Normalises a missing list to an empty one. */
  public AdminApplicationPage {
    list = list == null ? List.of() : List.copyOf(list);
  }

  /**
   * Tells whether more items follow.
   *
   * @return true when the server gave a non-empty {@code next} link
   */
  public boolean hasNext() {
    return next != null && !next.isBlank();
  }
}
