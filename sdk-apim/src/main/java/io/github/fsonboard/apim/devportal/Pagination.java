package io.github.fsonboard.apim.devportal;

/**
 * Where a page sits in a result set (the Pagination schema).
 *
 * @param offset the index of the first item
 * @param limit the page size asked for
 * @param total how many items exist in all
 * @param next the link to the next page; empty or null on the last page
 * @param previous the link to the previous page; empty or null on the first page
 */
public record Pagination(
    Integer offset, Integer limit, Integer total, String next, String previous) {}
