package io.mlmeta.search;

/**
 * Answers one page of a search: GMS ({@link RestSearcher}) or the local store ({@code LocalStore}). A
 * {@link SearchClient} turns the pages into a stream. Implementations are thread-safe.
 */
public interface Searcher {
  /**
   * The page of {@code query}'s matches that {@code cursor} points to: {@code ""} for the first page, else the
   * {@link SearchPage#nextCursor()} of the page before. At most {@link SearchQuery#pageSize()} URNs.
   *
   * @throws io.mlmeta.error.DataHubException if the server refuses the search or cannot be reached
   */
  SearchPage page(SearchQuery query, String cursor);
}
