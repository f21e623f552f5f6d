package io.mlmeta.search;

import io.mlmeta.urn.Urn;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Finds the URNs of ML entities by type and filters, on GMS or on the local store, with the same query and the
 * same answer for the same data (ordered by URN, soft-deleted entities left out unless asked for).
 *
 * <pre>{@code
 * SearchResult found = client.search().search(SearchQuery.builder()
 *     .addEntityType("mlModel")
 *     .platform(DataPlatformUrn.of("mlflow"))
 *     .addTag(TagUrn.of("production"))
 *     .build());
 * System.out.println(found.total().orElse(-1) + " models");
 * found.urns().forEach(System.out::println);
 * }</pre>
 *
 * <p><b>GMS</b> ({@link RestSearcher}): one {@code POST /openapi/v3/entity/scroll} per page, the filters in its
 * {@code query}; see {@link RestSearcher} for what it sends and which servers answer it. <b>The local store</b>
 * answers from an index it keeps up to date with every write, in the calling thread.
 *
 * <p>Thread-safe: searches may run at once.
 */
public final class SearchClient {
  private final Searcher searcher;

  private SearchClient(Searcher searcher) {
    this.searcher = searcher;
  }

  /**
   * A search client over {@code searcher}: a {@link RestSearcher} or the local store; {@code DataHubClient.search()}
   * gives one over the client's connection.
   */
  public static SearchClient of(Searcher searcher) {
    return new SearchClient(Objects.requireNonNull(searcher, "searcher"));
  }

  /**
   * Searches: reads the first page now (so the total is known) and the others as {@link SearchResult#urns()} is
   * consumed.
   *
   * @throws io.mlmeta.error.DataHubException if the first page cannot be read
   */
  public SearchResult search(SearchQuery query) {
    Objects.requireNonNull(query, "query");
    return new SearchResult(searcher, query, searcher.page(query, ""));
  }

  /** The matching URNs of {@code query}, pages read as the stream is consumed: {@code search(query).urns()}. */
  public Stream<Urn> urns(SearchQuery query) {
    return search(query).urns();
  }

  @Override
  public String toString() {
    return "SearchClient{" + searcher + "}";
  }
}
