package io.mlmeta.read;

import io.mlmeta.read.ReadCodec.RelationshipPage;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** A lazy stream over paged relationship answers: the next page is fetched when the current one is used up. */
final class RelationshipPages {
  /** Fetches the page starting at {@code start} with at most {@code count} edges; null when there is none. */
  public interface PageFetcher {
    RelationshipPage fetch(int start, int count);
  }

  private RelationshipPages() {}

  /** The edges of every page, fetched {@code pageSize} at a time as the stream is consumed. */
  public static Stream<Relationship> stream(int pageSize, PageFetcher fetcher) {
    Iterator<Relationship> edges = new Iterator<>() {
      private Iterator<Relationship> page = java.util.Collections.emptyIterator();
      private int next;
      private boolean done;

      @Override
      public boolean hasNext() {
        while (!page.hasNext() && !done) {
          RelationshipPage fetched = fetcher.fetch(next, pageSize);
          if (fetched == null || fetched.relationships().isEmpty()) {
            done = true;
            break;
          }
          next += fetched.relationships().size();
          done = next >= fetched.total() || fetched.relationships().size() < pageSize;
          page = fetched.relationships().iterator();
        }
        return page.hasNext();
      }

      @Override
      public Relationship next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return page.next();
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(edges, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }
}
