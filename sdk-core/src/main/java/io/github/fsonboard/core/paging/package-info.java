/**
 * The one paging model of the SDK: {@link io.github.fsonboard.core.paging.Page} is what every
 * {@code list(…)} method returns, and every {@code stream(…)} method walks the pages lazily,
 * fetching a page only when the stream reaches it and stopping with a typed error when the server's
 * paging does not advance or does not end.
 */
package io.github.fsonboard.core.paging;
