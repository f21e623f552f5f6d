package io.mlmeta.lineage;

import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.AspectType;
import io.mlmeta.aspect.RawAspect;
import io.mlmeta.read.EntityAspects;
import io.mlmeta.read.MetadataReader;
import io.mlmeta.read.Relationship;
import io.mlmeta.read.RelationshipDirection;
import io.mlmeta.read.VersionedAspect;
import io.mlmeta.urn.Urn;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * An in-memory graph as a {@link MetadataReader}: edges {@code source --type--> target} and raw aspects. It can
 * answer in a shuffled order after a random delay, records every request, counts the requests under way at once,
 * and can fail the requests about one URN.
 */
final class GraphReader implements MetadataReader {
  private final List<Urn[]> edges = new ArrayList<>();
  private final List<String> edgeTypes = new ArrayList<>();
  private final Map<Urn, Map<String, String>> aspects = new HashMap<>();
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger underWay = new AtomicInteger();
  private final AtomicInteger mostUnderWay = new AtomicInteger();
  private final Map<Urn, RuntimeException> failures = new ConcurrentHashMap<>();
  private volatile int maxDelayMillis;

  /** Adds the edge {@code source --type--> target}. */
  GraphReader edge(Urn source, String type, Urn target) {
    edges.add(new Urn[] {source, target});
    edgeTypes.add(type);
    return this;
  }

  /** Adds aspect {@code name} of {@code urn} as raw JSON. */
  GraphReader aspect(Urn urn, String name, String json) {
    aspects.computeIfAbsent(urn, u -> new HashMap<>()).put(name, json);
    return this;
  }

  /** Answers each request after up to {@code millis} ms, edges shuffled. */
  GraphReader slow(int millis) {
    this.maxDelayMillis = millis;
    return this;
  }

  /** Fails every request about {@code urn} with {@code failure}. */
  GraphReader failAt(Urn urn, RuntimeException failure) {
    failures.put(urn, failure);
    return this;
  }

  /** The requests made, as {@code relationships <urn> <direction> <types>} or {@code aspect <urn> <name>}. */
  List<String> requests() {
    return requests;
  }

  /** The most requests that were under way at once. */
  int mostUnderWay() {
    return mostUnderWay.get();
  }

  @Override
  public Stream<Relationship> relationships(Urn urn, Set<String> types, RelationshipDirection direction) {
    requests.add("relationships " + urn + " " + direction + " " + types);
    try {
      enter(urn);
      List<Relationship> out = new ArrayList<>();
      for (int i = 0; i < edges.size(); i++) {
        Urn[] edge = edges.get(i);
        boolean outgoing = direction == RelationshipDirection.OUTGOING;
        if (types.contains(edgeTypes.get(i)) && edge[outgoing ? 0 : 1].equals(urn)) {
          out.add(Relationship.of(edgeTypes.get(i), edge[outgoing ? 1 : 0]));
        }
      }
      if (maxDelayMillis > 0) {
        Collections.shuffle(out);
      }
      return out.stream();
    } finally {
      underWay.decrementAndGet();
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public <A extends Aspect> Optional<VersionedAspect<A>> getVersionedAspect(Urn urn, AspectType<A> type) {
    requests.add("aspect " + urn + " " + type.name());
    try {
      enter(urn);
      String json = aspects.getOrDefault(urn, Map.of()).get(type.name());
      return json == null ? Optional.empty()
          : Optional.of(VersionedAspect.of((A) RawAspect.of(type.name(), json), null));
    } finally {
      underWay.decrementAndGet();
    }
  }

  @Override
  public Optional<EntityAspects> getEntity(Urn urn) {
    throw new UnsupportedOperationException("a walk reads no whole entity");
  }

  @Override
  public boolean exists(Urn urn) {
    throw new UnsupportedOperationException("a walk asks no existence");
  }

  private void enter(Urn urn) {
    mostUnderWay.accumulateAndGet(underWay.incrementAndGet(), Math::max);
    RuntimeException failure = failures.get(urn);
    if (failure != null) {
      throw failure;
    }
    if (maxDelayMillis > 0) {
      try {
        Thread.sleep(ThreadLocalRandom.current().nextInt(maxDelayMillis + 1));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
  }
}
