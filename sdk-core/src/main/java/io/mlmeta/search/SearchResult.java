package io.mlmeta.search;

import io.mlmeta.urn.Urn;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The answer to a search: its first page, read when the search was made, the total when the searcher gives one,
 * and {@link #urns()}, a stream that reads the next pages as it is consumed. A result is immutable; each call of
 * {@link #urns()} reads the pages after the first again, so it may be used from several threads.
 */
public final class SearchResult {
  private final Searcher searcher;
  private final SearchQuery query;
  private final SearchPage first;

  SearchResult(Searcher searcher, SearchQuery query, SearchPage first) {
    this.searcher = searcher;
    this.query = query;
    this.first = first;
  }

  /** The query this answers. */
  public SearchQuery query() {
    return query;
  }

  /** How many entities match, when the searcher says (the local store does; GMS does from the version on). */
  public OptionalLong total() {
    return first.total();
  }

  /** The first page. */
  public SearchPage firstPage() {
    return first;
  }

  /**
   * Every matching URN, ordered by URN, the pages after the first read as the stream is consumed.
   *
   * @throws io.mlmeta.error.DataHubException from the stream's consumption, if reading a later page fails
   */
  public Stream<Urn> urns() {
    Iterator<Urn> all = new Iterator<>() {
      private Iterator<Urn> page = first.urns().iterator();
      private String next = first.nextCursor().orElse("");

      @Override
      public boolean hasNext() {
        while (!page.hasNext() && !next.isEmpty()) {
          SearchPage read = searcher.page(query, next);
          String following = read.nextCursor().orElse("");
          if (following.equals(next) && !read.urns().isEmpty()) {
            throw new IllegalStateException("the searcher answered the same cursor again; stopping rather than "
                + "reading the same page for ever");
          }
          next = read.urns().isEmpty() ? "" : following;
          page = read.urns().iterator();
        }
        return page.hasNext();
      }

      @Override
      public Urn next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return page.next();
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(all, Spliterator.ORDERED
        | Spliterator.NONNULL), false);
  }

  /** Every matching URN, read now, all pages. */
  public List<Urn> toList() {
    return Collections.unmodifiableList(urns().collect(Collectors.toList()));
  }

  @Override
  public String toString() {
    return "SearchResult{" + query + ", first " + first + "}";
  }
}
