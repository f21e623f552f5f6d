package io.mlmeta.search;

import io.mlmeta.urn.Urn;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** One page of search matches: its URNs, the total when the server gives one, and where the next page starts. */
public final class SearchPage {
  private final List<Urn> urns;
  private final long total;
  private final String nextCursor;

  private SearchPage(List<Urn> urns, long total, String nextCursor) {
    this.urns = List.copyOf(urns);
    this.total = total;
    this.nextCursor = nextCursor;
  }

  /**
   * A page of {@code urns}; {@code total} is the number of matches of the whole search, or negative when unknown;
   * {@code nextCursor} points to the next page, {@code ""} when this is the last.
   */
  public static SearchPage of(List<Urn> urns, long total, String nextCursor) {
    Objects.requireNonNull(urns, "urns");
    Objects.requireNonNull(nextCursor, "nextCursor");
    return new SearchPage(urns, total < 0 ? -1 : total, nextCursor);
  }

  /** The URNs of this page, in the searcher's order (by URN). */
  public List<Urn> urns() {
    return urns;
  }

  /** How many entities match the whole search, when the searcher says. */
  public OptionalLong total() {
    return total < 0 ? OptionalLong.empty() : OptionalLong.of(total);
  }

  /** The cursor of the next page; empty when this is the last page. */
  public Optional<String> nextCursor() {
    return nextCursor.isEmpty() ? Optional.empty() : Optional.of(nextCursor);
  }

  @Override
  public String toString() {
    return "SearchPage{" + urns.size() + " urns, total=" + (total < 0 ? "unknown" : total)
        + (nextCursor.isEmpty() ? ", last" : ", more") + "}";
  }
}
