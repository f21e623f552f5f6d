package io.mlmeta.internal.local;

import io.mlmeta.search.SearchQuery;
import io.mlmeta.urn.Urn;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The search index of the stored entities: a {@link SearchDocument} per entity and, for every (field, value), the
 * set of entities that have it, updated whenever an aspect of an entity is written or deleted. A query intersects
 * the sets of its filters, smallest first, then checks the name and soft deletion of what is left; a query
 * with no such filter takes the set of each entity type, or, with a name text, checks every document once. Not
 * thread-safe for writes: the store guards it (reads may run at once).
 */
final class SearchIndex {
  private final Map<Urn, SearchDocument> documents = new HashMap<>();
  private final Map<String, Set<Urn>> postings = new HashMap<>();

  /** Indexes {@code urn} again from its versioned aspects ({@code aspects} empty: it is gone). */
  void update(Urn urn, Map<String, AspectRecord> aspects) {
    SearchDocument old = aspects.isEmpty() ? documents.remove(urn) : documents.get(urn);
    SearchDocument now = aspects.isEmpty() ? null : SearchDocument.of(urn, aspects);
    if (old != null) {
      for (String key : old.keys()) {
        if (now == null || !now.keys().contains(key)) {
          Set<Urn> urns = postings.get(key);
          urns.remove(urn);
          if (urns.isEmpty()) {
            postings.remove(key);
          }
        }
      }
    }
    if (now != null) {
      documents.put(urn, now);
      for (String key : now.keys()) {
        postings.computeIfAbsent(key, k -> new HashSet<>()).add(urn);
      }
    }
  }

  /** The entities matching {@code query}, ordered by URN. */
  List<Urn> find(SearchQuery query) {
    List<Set<Urn>> required = new ArrayList<>();
    query.platform().ifPresent(p -> required.add(posting(SearchDocument.PLATFORM, p.toString())));
    query.env().ifPresent(e -> required.add(posting(SearchDocument.ENV, e.name())));
    query.tags().forEach(t -> required.add(posting(SearchDocument.TAG, t.toString())));
    query.terms().forEach(t -> required.add(posting(SearchDocument.TERM, t.toString())));
    query.domain().ifPresent(d -> required.add(posting(SearchDocument.DOMAIN, d.toString())));
    query.owner().ifPresent(o -> required.add(posting(SearchDocument.OWNER, o.toString())));
    query.customProperties().forEach((k, v) -> required.add(posting(SearchDocument.PROPERTY, k + "=" + v)));
    query.deploymentStatus().ifPresent(s -> required.add(posting(SearchDocument.STATUS, s)));
    query.versionAlias().ifPresent(a -> required.add(posting(SearchDocument.ALIAS, a)));
    query.subType().ifPresent(t -> required.add(posting(SearchDocument.SUBTYPE, t)));
    Set<Urn> smallest = null;
    for (Set<Urn> set : required) {
      if (smallest == null || set.size() < smallest.size()) {
        smallest = set;
      }
    }
    String text = query.nameContains().map(n -> n.toLowerCase(Locale.ROOT)).orElse(null);
    List<Urn> out = new ArrayList<>();
    if (smallest == null && text == null) {
      for (String type : query.entityTypes()) {
        collect(posting(SearchDocument.TYPE, type), required, query, null, out);
      }
    } else if (smallest == null) {
      for (Map.Entry<Urn, SearchDocument> entry : documents.entrySet()) {
        SearchDocument document = entry.getValue();
        if (query.entityTypes().contains(entry.getKey().entityType())
            && (query.includeRemoved() || !document.removed()) && (text == null || document.nameContains(text))) {
          out.add(entry.getKey());
        }
      }
    } else {
      collect(smallest, required, query, text, out);
    }
    Collections.sort(out);
    return out;
  }

  private void collect(Set<Urn> candidates, List<Set<Urn>> required, SearchQuery query, String text,
      List<Urn> out) {
    for (Urn urn : candidates) {
      if (!query.entityTypes().contains(urn.entityType())) {
        continue;
      }
      SearchDocument document = documents.get(urn);
      if (!query.includeRemoved() && document.removed() || text != null && !document.nameContains(text)) {
        continue;
      }
      boolean all = true;
      for (Set<Urn> set : required) {
        if (set != candidates && !set.contains(urn)) {
          all = false;
          break;
        }
      }
      if (all) {
        out.add(urn);
      }
    }
  }

  private Set<Urn> posting(String field, String value) {
    return postings.getOrDefault(SearchDocument.key(field, value), Set.of());
  }
}
