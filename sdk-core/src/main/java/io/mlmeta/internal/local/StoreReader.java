package io.mlmeta.internal.local;

import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.AspectType;
import io.mlmeta.mcp.ChangeType;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.read.EntityAspects;
import io.mlmeta.read.Relationship;
import io.mlmeta.read.RelationshipDirection;
import io.mlmeta.read.VersionedAspect;
import io.mlmeta.search.SearchPage;
import io.mlmeta.search.SearchQuery;
import io.mlmeta.urn.Urn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The read queries of the local store over its state; valid only inside {@link StoreEngine#read}. */
public final class StoreReader {
  private final StoreState state;
  private final AspectKinds kinds;
  private final AspectDecoder decoder;

  StoreReader(StoreState state, AspectKinds kinds) {
    this.state = state;
    this.kinds = kinds;
    this.decoder = new AspectDecoder(kinds);
  }

  /** The latest aspect {@code type} of {@code urn} (the latest event, for a timeseries aspect). */
  public <A extends Aspect> Optional<VersionedAspect<A>> versioned(Urn urn, AspectType<A> type) {
    AspectRecord record = state.current(new AspectKey(urn, type.name()));
    if (record == null) {
      return Optional.empty();
    }
    return Optional.of(VersionedAspect.of(decoder.as(type, record.json()), record.systemMetadata()));
  }

  /** Every event of timeseries aspect {@code type} of {@code urn}, oldest first. */
  public <A extends Aspect> List<A> series(Urn urn, AspectType<A> type) {
    List<A> out = new ArrayList<>();
    for (AspectRecord record : state.events(new AspectKey(urn, type.name()))) {
      out.add(decoder.as(type, record.json()));
    }
    return out;
  }

  /** Every aspect of {@code urn}; empty when it has none. */
  public Optional<EntityAspects> entity(Urn urn) {
    List<AspectRecord> records = state.entity(urn);
    if (records.isEmpty()) {
      return Optional.empty();
    }
    Map<String, VersionedAspect<Aspect>> aspects = new LinkedHashMap<>();
    for (AspectRecord record : records) {
      aspects.put(record.aspectName(), VersionedAspect.of(decoder.any(record.aspectName(), record.json()),
          record.systemMetadata()));
    }
    return Optional.of(EntityAspects.of(urn, aspects));
  }

  /** Whether {@code urn} has any aspect. */
  public boolean exists(Urn urn) {
    return !state.aspectNames(urn).isEmpty();
  }

  /** The edges of {@code types} (all when empty) at {@code urn} in {@code direction}. */
  public List<Relationship> relationships(Urn urn, Set<String> types, RelationshipDirection direction) {
    return state.relationships(urn, types, direction);
  }

  /**
   * The page of {@code query}'s matches from offset {@code cursor} ({@code ""}: 0), from the search index; its
   * cursor is the next offset.
   *
   * @throws IllegalArgumentException if {@code cursor} is not an offset this store gave
   */
  public SearchPage search(SearchQuery query, String cursor) {
    int from;
    try {
      from = cursor.isEmpty() ? 0 : Integer.parseInt(cursor);
    } catch (NumberFormatException e) {
      from = -1;
    }
    if (from < 0) {
      throw new IllegalArgumentException("cursor must be one the local store gave (an offset) but was '" + cursor
          + "'");
    }
    List<Urn> all = state.search(query);
    int to = Math.min(all.size(), from + query.pageSize());
    List<Urn> page = from >= all.size() ? List.of() : all.subList(from, to);
    return SearchPage.of(page, all.size(), to < all.size() ? Integer.toString(to) : "");
  }

  /**
   * The whole state as UPSERT proposals: the latest version of every versioned aspect and every timeseries event,
   * by URN and aspect name. Aspects are raw, exactly as stored; system metadata is kept without the version.
   */
  public List<MetadataChangeProposal> proposals() {
    List<MetadataChangeProposal> out = new ArrayList<>();
    for (AspectRecord record : state.all()) {
      out.add(MetadataChangeProposal.builder()
          .entityUrn(record.urn())
          .changeType(ChangeType.UPSERT)
          .aspect(AspectDecoder.raw(record.aspectName(), record.json()))
          .systemMetadata(record.systemMetadata().toBuilder().version(Optional.empty()).build())
          .build());
    }
    return out;
  }
}
