package io.mlmeta.entity;

import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.AspectType;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.read.EntityAspects;
import io.mlmeta.read.VersionedAspect;
import io.mlmeta.urn.Urn;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * An entity held in memory: its URN and aspects, and the changes made to them since it was built or read.
 *
 * <p>Every change goes through {@link #modify}, which applies it at once and records it. Saving an entity that was
 * read ({@code entities().update(entity)}) sends only the changed aspects, each as a conditional write against the
 * version that was read; when another writer got there first, the client re-reads that aspect and applies the
 * recorded changes again, so additions such as {@code addDeployment} or {@code addOwner} are never lost.
 *
 * <p>An entity built in memory becomes updatable once it is written: after {@code entities().create(entity)} or
 * {@code upsert(entity)} its later changes are saved with {@code update(entity)} like those of an entity that was
 * read ({@link #isSaved()}). The versions of what was written are not known then (DataHub does not return them), so
 * that first update reads each aspect it changes again and applies the changes recorded since the write to what it
 * reads, again as conditional writes: a change another writer made in between is kept.
 *
 * <p>Entities are mutable and not thread-safe; their aspects are immutable values. Mutators return the entity
 * itself for chaining.
 *
 * @param <E> the concrete entity type, returned by mutators
 */
public abstract class Entity<E extends Entity<E>> implements Modifiable<E> {
  private final Urn urn;
  private final Map<String, Aspect> aspects = new LinkedHashMap<>();
  private final Map<String, String> readVersions = new LinkedHashMap<>();
  private final Map<String, List<UnaryOperator<Aspect>>> changes = new LinkedHashMap<>();
  private final List<Aspect> events = new ArrayList<>();
  /** Each aspect's value as read or last saved: what its recorded changes started from. */
  private final Map<String, Aspect> readAspects = new LinkedHashMap<>();
  private final boolean fetched;
  private boolean saved;
  /** The version DataHub reports for an absent aspect. */
  private static final String ABSENT = "-1";

  /** A new entity, not yet in DataHub, holding {@code initialAspects}. */
  protected Entity(Urn urn, Collection<? extends Aspect> initialAspects) {
    this.urn = Objects.requireNonNull(urn, "urn");
    this.fetched = false;
    for (Aspect aspect : initialAspects) {
      put(aspect);
    }
  }

  /** An entity as read back; every aspect's version is remembered for conditional writes. */
  protected Entity(EntityAspects read) {
    this.urn = read.urn();
    this.fetched = true;
    for (Map.Entry<String, VersionedAspect<Aspect>> entry : read.aspects().entrySet()) {
      aspects.put(entry.getKey(), entry.getValue().aspect());
      readAspects.put(entry.getKey(), entry.getValue().aspect());
      entry.getValue().version().ifPresent(v -> readVersions.put(entry.getKey(), v));
    }
  }

  /** This entity, typed; for mutators that return it. */
  @SuppressWarnings("unchecked")
  protected final E self() {
    return (E) this;
  }

  /** The entity's URN. */
  public Urn urn() {
    return urn;
  }

  /** Whether this entity was read from DataHub (as opposed to built in memory). */
  public final boolean isFetched() {
    return fetched;
  }

  /**
   * Whether DataHub holds this entity as far as it knows: it was read, or it was written by {@code create},
   * {@code upsert} or {@code update}. Only then can {@code entities().update} save its changes; an entity built in
   * memory and never written is saved with {@code create} or {@code upsert}.
   */
  public final boolean isSaved() {
    return fetched || saved;
  }

  /** The aspect of {@code type}, if the entity has it. */
  @Override
  public final <A extends Aspect> Optional<A> aspect(AspectType<A> type) {
    Aspect found = aspects.get(Objects.requireNonNull(type, "type").name());
    return type.javaType().isInstance(found) ? Optional.of(type.javaType().cast(found)) : Optional.empty();
  }

  /** Every aspect the entity holds, in the order its proposals are sent. */
  public final List<Aspect> aspects() {
    List<Aspect> ordered = new ArrayList<>(aspects.size());
    for (AspectType<?> type : aspectOrder()) {
      Aspect a = aspects.get(type.name());
      if (a != null) {
        ordered.add(a);
      }
    }
    for (Aspect a : aspects.values()) {
      if (!ordered.contains(a)) {
        ordered.add(a);
      }
    }
    return Collections.unmodifiableList(ordered);
  }

  /**
   * Changes aspect {@code type}: {@code change} gets the current value (or {@code null} when the entity has no such
   * aspect) and returns the new one. The change is applied now and recorded, so that an update can apply it again
   * to a newer version read from the server. It must therefore depend only on its input (add this owner, set that
   * description), not on the value seen now.
   */
  @Override
  public final <A extends Aspect> E modify(AspectType<A> type, UnaryOperator<A> change) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(change, "change");
    if (type.isTimeseries()) {
      throw new IllegalArgumentException(type.name() + " is a timeseries aspect: record it as an event");
    }
    UnaryOperator<Aspect> erased = current -> {
      if (current != null && !type.javaType().isInstance(current)) {
        throw new IllegalStateException(urn + " holds " + type.name() + " in a form this SDK cannot read ("
            + current + "); refusing to change it, which would overwrite what another writer put there");
      }
      A next = change.apply(current == null ? null : type.javaType().cast(current));
      if (next == null) {
        throw new IllegalStateException("a change to " + type.name() + " returned null");
      }
      return next;
    };
    Aspect next = erased.apply(aspects.get(type.name()));
    aspects.put(type.name(), next);
    changes.computeIfAbsent(type.name(), k -> new ArrayList<>()).add(erased);
    return self();
  }

  /** Replaces aspect {@code type} with {@code value}; recorded as a change like {@link #modify}. */
  public final <A extends Aspect> E set(AspectType<A> type, A value) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    return modify(type, ignored -> value);
  }

  /**
   * Records an event of a timeseries aspect (a run event, say): events are not versioned and never replace each
   * other; each is sent once, after the entity's other aspects.
   */
  protected final E recordEvent(Aspect event) {
    if (!event.aspectType().isTimeseries()) {
      throw new IllegalArgumentException(event.aspectName() + " is not a timeseries aspect: use modify()");
    }
    events.add(event);
    return self();
  }

  /** The timeseries events recorded and not yet sent. */
  public final List<Aspect> pendingEvents() {
    return Collections.unmodifiableList(new ArrayList<>(events));
  }

  /** Records that the pending events were sent. */
  final void markEventsSent() {
    events.clear();
  }

  /** Records that the entity was written, so that {@code update} can save its later changes. */
  final void markWritten() {
    saved = true;
  }

  /** Puts an aspect without recording a change; for building a new entity. */
  protected final void put(Aspect aspect) {
    aspects.put(aspect.aspectName(), aspect);
  }

  /** The aspects in their proposal order; aspects not listed here follow in insertion order. */
  protected abstract List<AspectType<?>> aspectOrder();

  /**
   * Every aspect as an UPSERT proposal in a stable order, then the pending timeseries events: for entities
   * authored from scratch.
   */
  public final List<MetadataChangeProposal> toMcps() {
    List<MetadataChangeProposal> out = new ArrayList<>();
    for (Aspect aspect : aspects()) {
      out.add(MetadataChangeProposal.upsert(urn, aspect));
    }
    for (Aspect event : events) {
      out.add(MetadataChangeProposal.upsert(urn, event));
    }
    return out;
  }

  /** The names of the aspects changed since the entity was built, read, or last saved. */
  public final Set<String> changedAspects() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(changes.keySet()));
  }

  /**
   * The pending change of each changed aspect, for the client that saves it: the version read, the value now, and
   * the recorded changes to apply again to a newer version.
   */
  final List<PendingChange> pendingChanges() {
    List<PendingChange> out = new ArrayList<>();
    for (Map.Entry<String, List<UnaryOperator<Aspect>>> entry : changes.entrySet()) {
      String name = entry.getKey();
      String version = readVersions.get(name);
      if (version == null && fetched && !readAspects.containsKey(name)) {
        version = ABSENT;
      }
      out.add(new PendingChange(urn, aspects.get(name), readAspects.get(name), version, entry.getValue()));
    }
    return out;
  }

  /**
   * Records that {@code aspect} was saved as version {@code version} (if known): it becomes the value and version
   * of the next update, and its recorded changes are cleared.
   */
  final void markSaved(Aspect aspect, String version) {
    aspects.put(aspect.aspectName(), aspect);
    readAspects.put(aspect.aspectName(), aspect);
    if (version != null) {
      readVersions.put(aspect.aspectName(), version);
    } else {
      readVersions.remove(aspect.aspectName());
    }
    changes.remove(aspect.aspectName());
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + urn + ", aspects=" + aspects.keySet()
        + (changes.isEmpty() ? "" : ", changed=" + changes.keySet()) + "]";
  }
}
