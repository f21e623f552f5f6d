package io.mlmeta.internal.local;

import io.mlmeta.read.Relationship;
import io.mlmeta.read.RelationshipDirection;
import io.mlmeta.search.SearchQuery;
import io.mlmeta.urn.Urn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The store's contents in memory: the latest record of every versioned aspect, every event of every timeseries
 * aspect (ordered by {@code timestampMillis}, then by arrival; an event with the time, message id and partition of
 * an earlier one replaces it, as in DataHub), and the relationship index. Not thread-safe: the
 * store guards it.
 */
final class StoreState implements StateView {
  private final Map<Urn, Map<String, AspectRecord>> versioned = new HashMap<>();
  private final Map<Urn, Map<String, List<AspectRecord>>> series = new HashMap<>();
  private final RelationshipIndex relationships = new RelationshipIndex();
  private final SearchIndex search = new SearchIndex();
  private final AspectKinds kinds;

  StoreState(AspectKinds kinds) {
    this.kinds = kinds;
  }

  /** Applies one logged change. */
  void apply(AspectRecord record) {
    if (record.timeseries()) {
      applyEvent(record);
      return;
    }
    Urn urn = record.urn();
    AspectKey key = new AspectKey(urn, record.aspectName());
    if (record.isDelete()) {
      Map<String, AspectRecord> aspects = versioned.getOrDefault(urn, Map.of());
      if (aspects.remove(record.aspectName()) != null && aspects.isEmpty()) {
        versioned.remove(urn);
      }
      relationships.put(key, Set.of());
      search.update(urn, versioned.getOrDefault(urn, Map.of()));
      return;
    }
    versioned.computeIfAbsent(urn, u -> new TreeMap<>()).put(record.aspectName(), record);
    relationships.put(key, EdgeExtractor.edges(urn, record.aspectName(), record.json(),
        kinds.relationships(record.aspectName())));
    search.update(urn, versioned.get(urn));
  }

  private void applyEvent(AspectRecord record) {
    Urn urn = record.urn();
    if (record.isDelete()) {
      Map<String, List<AspectRecord>> all = series.getOrDefault(urn, Map.of());
      if (all.remove(record.aspectName()) != null && all.isEmpty()) {
        series.remove(urn);
      }
      return;
    }
    List<AspectRecord> events = series.computeIfAbsent(urn, u -> new TreeMap<>())
        .computeIfAbsent(record.aspectName(), n -> new ArrayList<>());
    events.removeIf(e -> sameEvent(e, record));
    int at = events.size();
    while (at > 0 && events.get(at - 1).timestampMillis() > record.timestampMillis()) {
      at--;
    }
    events.add(at, record);
  }

  /**
   * Whether two events are the same event as DataHub keys them: same time, message id and partition. A second
   * one replaces the first, as re-sending an event to GMS overwrites it.
   */
  private static boolean sameEvent(AspectRecord a, AspectRecord b) {
    return a.timestampMillis() == b.timestampMillis()
        && a.json().path("messageId").equals(b.json().path("messageId"))
        && a.json().path("partitionSpec").equals(b.json().path("partitionSpec"));
  }

  /** Draws the edges of every stored aspect {@code aspectName} again, after its relationships became known. */
  void reindex(String aspectName) {
    for (Map.Entry<Urn, Map<String, AspectRecord>> entity : versioned.entrySet()) {
      AspectRecord record = entity.getValue().get(aspectName);
      if (record != null) {
        relationships.put(new AspectKey(entity.getKey(), aspectName), EdgeExtractor.edges(entity.getKey(),
            aspectName, record.json(), kinds.relationships(aspectName)));
      }
    }
  }

  @Override
  public AspectRecord current(AspectKey key) {
    AspectRecord record = versioned.getOrDefault(key.urn(), Map.of()).get(key.aspectName());
    if (record != null) {
      return record;
    }
    List<AspectRecord> events = events(key);
    return events.isEmpty() ? null : events.get(events.size() - 1);
  }

  /** Every event of timeseries aspect {@code key}, oldest first. */
  List<AspectRecord> events(AspectKey key) {
    return series.getOrDefault(key.urn(), Map.of()).getOrDefault(key.aspectName(), List.of());
  }

  @Override
  public Set<String> aspectNames(Urn urn) {
    Set<String> names = new TreeSet<>(versioned.getOrDefault(urn, Map.of()).keySet());
    names.addAll(series.getOrDefault(urn, Map.of()).keySet());
    return names;
  }

  /** The latest record of each aspect of {@code urn}, by aspect name. */
  List<AspectRecord> entity(Urn urn) {
    List<AspectRecord> out = new ArrayList<>();
    for (String name : aspectNames(urn)) {
      out.add(current(new AspectKey(urn, name)));
    }
    return out;
  }

  /** Every versioned aspect and every timeseries event, by URN, aspect name and (for events) time. */
  List<AspectRecord> all() {
    Set<Urn> urns = new TreeSet<>(versioned.keySet());
    urns.addAll(series.keySet());
    List<AspectRecord> out = new ArrayList<>();
    for (Urn urn : urns) {
      for (String name : aspectNames(urn)) {
        AspectKey key = new AspectKey(urn, name);
        AspectRecord record = versioned.getOrDefault(urn, Map.of()).get(name);
        if (record != null) {
          out.add(record);
        } else {
          out.addAll(events(key));
        }
      }
    }
    return out;
  }

  /** The entities matching {@code query}, by URN, from the search index. */
  List<Urn> search(SearchQuery query) {
    return search.find(query);
  }

  List<Relationship> relationships(Urn urn, Set<String> types, RelationshipDirection direction) {
    return relationships.find(urn, versioned.getOrDefault(urn, Map.of()).keySet(), types, direction);
  }
}
