package io.mlmeta.entity;

import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.AspectType;
import io.mlmeta.aspect.Status;
import io.mlmeta.error.DataHubConflictException;
import io.mlmeta.error.DataHubException;
import io.mlmeta.error.DataHubServerException;
import io.mlmeta.error.DataHubValidationException;
import io.mlmeta.internal.backend.Backend;
import io.mlmeta.mcp.ChangeType;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.read.EntityAspects;
import io.mlmeta.read.VersionedAspect;
import io.mlmeta.urn.Urn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and saves whole entities ({@link Entity}): get, create, upsert, update, soft and hard delete. Obtain it from
 * {@code DataHubClient.entities()}. Thread-safe; the entities it reads and saves are not, so give each thread its
 * own (two threads updating the same entity each read it, and conditional writes keep both changes).
 *
 * <p><b>Whole or not at all.</b> {@link #create}, {@link #upsert} and {@link #update} write an entity as one unit:
 * every proposal is validated and encoded before any is sent (an aspect that cannot be encoded, or is above the
 * emitter's or the local store's size limits, fails with an {@link IllegalArgumentException} or
 * {@link DataHubValidationException} naming the URN and aspect, and nothing is sent), then they go together:
 * on a server in one synchronous Rest.li request ({@code RestEmitter.emitAtomically}: GMS applies its aspects in one
 * transaction and refuses all of them if one fails), in the local store as one log record
 * ({@code LocalStore.emitAtomically}). A refusal, a conflict, a 422 or a full disk therefore leaves none of the
 * entity written. Timeseries events (run events) are the exception on a server: GMS writes them outside the
 * transaction, so they are sent after the other aspects are acknowledged, and if that fails the aspects stay
 * written and the events stay pending on the entity. {@link #upsertAll} and {@link #updateAll} write several
 * entities as one such unit, e.g. a model version, its group and the version that loses an alias to it.
 *
 * <p><b>No lost updates.</b> {@link #update} never loses another writer's change: every changed aspect is written
 * with DataHub's conditional-write header {@code If-Version-Match} set to the version that was read; on a version
 * conflict every changed aspect is read again, the entity's recorded changes are applied to it again, and the unit
 * is retried after a short random pause, up to {@link #maxAttempts()} times ({@link #withUpdateRetries} sets how
 * often and how long). Aspects are written whole, with one exception: a {@code versionProperties} change that
 * touches only the aliases (add, remove or move an alias) is sent as a conditional PATCH of {@code /aliases}
 * ({@code forceGenericPatch}) where the backend applies PATCH: the local store, and a server whose
 * {@code GET /config} says {@code patchCapable} (asked once, when first needed). That keeps the server-owned
 * {@code isLatest} of the latest version, which GMS sets only when a new latest version arrives and which a whole
 * write may not carry. On a server that is not patch-capable the aliases are written whole and the latest version
 * loses its {@code isLatest} flag until the next version arrives. Conditional writes always go over Rest.li,
 * synchronously, also with {@code ConnectionConfig.endpoint(OPENAPI)} or an asynchronous emit mode: the OpenAPI
 * routes of DataHub 1.5.x do not honour {@code If-Version-Match} (datahub-project/datahub#19127), and an
 * asynchronous write is checked only after it was acknowledged (see {@link io.mlmeta.config.Endpoint#OPENAPI}).
 *
 * <pre>{@code
 * MLModel model = client.entities().get(modelUrn, MLModel.class);
 * model.addDeployment(deploymentUrn);
 * client.entities().update(model);
 * }</pre>
 */
public final class EntityClient {
  /** How many times {@link #update} and {@link #modifyAspect} try a conflicting write, unless set otherwise. */
  public static final int DEFAULT_MAX_ATTEMPTS = 32;
  /** The longest pause between two tries of a conflicting write, unless set otherwise. */
  public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(1);
  private static final Logger LOG = LoggerFactory.getLogger(EntityClient.class);
  /** The version DataHub reports for an absent aspect: {@code If-Version-Match: -1} means create-only. */
  private static final String ABSENT = "-1";

  private final Backend backend;
  private final int maxAttempts;
  private final Duration maxBackoff;
  private final long maxBackoffMillis;

  /**
   * A client over {@code backend} that tries a conflicting write at most {@code maxAttempts} times, pausing a
   * random 0 to 10·2^attempt ms (at most {@code maxBackoff}) between tries so that writers in conflict do not retry
   * in step. Package-private: SDK code builds it through {@code HiddenConstructor}, users get it from
   * {@code DataHubClient.entities()} and change the retries with {@link #withUpdateRetries}.
   */
  EntityClient(Backend backend, int maxAttempts, Duration maxBackoff) {
    this.backend = Objects.requireNonNull(backend, "backend");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be >= 1 but was " + maxAttempts);
    }
    if (maxBackoff.isNegative()) {
      throw new IllegalArgumentException("maxBackoff must not be negative but was " + maxBackoff);
    }
    this.maxAttempts = maxAttempts;
    this.maxBackoff = maxBackoff;
    this.maxBackoffMillis = maxBackoff.toMillis();
  }

  /**
   * A client over the same connection (or local store) that tries a conflicting write at most {@code maxAttempts}
   * times, pausing a random time of at most {@code maxBackoff} between tries; this client is left as it is. With
   * {@code maxAttempts} 1 a conflict fails at once, for a writer that would rather report it than merge:
   *
   * <pre>{@code
   * EntityClient failFast = client.entities().withUpdateRetries(1, Duration.ZERO);
   * try {
   *   failFast.update(model.addDeployment(deploymentUrn));
   * } catch (DataHubConflictException e) {
   *   // another writer changed the model since it was read
   * }
   * }</pre>
   *
   * <p>The defaults are {@link #DEFAULT_MAX_ATTEMPTS} and {@link #DEFAULT_MAX_BACKOFF}. Only {@link #update},
   * {@link #modifyAspect} and {@link #softDelete} retry; the HTTP retries of the connection are its
   * {@code ConnectionConfig.retryPolicy()}.
   *
   * @throws IllegalArgumentException if {@code maxAttempts} is below 1 or {@code maxBackoff} is negative
   */
  public EntityClient withUpdateRetries(int maxAttempts, Duration maxBackoff) {
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    return new EntityClient(backend, maxAttempts, maxBackoff);
  }

  /** How many times a conditional write is tried before a {@link DataHubConflictException}. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** The longest pause between two tries of a conditional write in conflict. */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /**
   * The entity {@code urn} as its Java type.
   *
   * @throws EntityNotFoundException if it does not exist
   * @throws IllegalArgumentException if no module on the class path handles its entity type
   */
  public Entity<?> get(Urn urn) {
    Objects.requireNonNull(urn, "urn");
    return find(urn).orElseThrow(() -> new EntityNotFoundException(urn, backend.location()));
  }

  /**
   * The entity {@code urn} as {@code type}, e.g. {@code get(modelUrn, MLModel.class)}.
   *
   * @throws EntityNotFoundException if it does not exist
   * @throws IllegalArgumentException if it is not of {@code type}
   */
  public <E extends Entity<?>> E get(Urn urn, Class<E> type) {
    Objects.requireNonNull(urn, "urn");
    Objects.requireNonNull(type, "type");
    Entity<?> entity = get(urn);
    if (!type.isInstance(entity)) {
      throw new IllegalArgumentException(urn + " is a " + entity.getClass().getSimpleName() + ", not a "
          + type.getSimpleName());
    }
    return type.cast(entity);
  }

  /** The entity {@code urn} as its Java type, or empty if it does not exist. */
  public Optional<Entity<?>> find(Urn urn) {
    Objects.requireNonNull(urn, "urn");
    Optional<EntityAspects> read = backend.reader().getEntity(urn);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    EntityKinds kinds = EntityKinds.loaded();
    return Optional.of(kinds.fromRead(read.get()).orElseThrow(() -> new IllegalArgumentException(
        "no entity class for " + urn.entityType() + " (" + urn + "); supported: " + kinds.supportedTypes()
            + ". Read its aspects with reader().getEntity(urn) instead")));
  }

  /**
   * Writes every aspect of {@code entity}, replacing what DataHub holds for those aspects, as one unit (see the class
   * description): all of them or none. For entities authored from scratch; to change an entity another writer may
   * also change, use {@link #update}.
   *
   * @throws IllegalArgumentException before anything is sent, naming the URN and aspect, if a proposal cannot be
   *     encoded or is above the size limits
   * @throws DataHubException if the write was refused or failed; none of the aspects was written when the server or
   *     the local store refused it
   */
  public void upsert(Entity<?> entity) {
    Objects.requireNonNull(entity, "entity");
    backend.emitAtomically(entity.toMcps());
    markWritten(entity, entity.aspects());
  }

  /**
   * Creates {@code entity}, failing if it already exists, as one unit (see the class description): its first aspect
   * as CREATE_ENTITY and the others as UPSERT, in one request. The server refuses CREATE_ENTITY when the entity
   * exists, and with it the whole request, so two creators cannot both succeed and the loser writes nothing.
   *
   * @throws EntityAlreadyExistsException if the entity exists
   * @throws IllegalArgumentException before anything is sent, as {@link #upsert}
   */
  public void create(Entity<?> entity) {
    Objects.requireNonNull(entity, "entity");
    List<Aspect> aspects = entity.aspects();
    if (aspects.isEmpty()) {
      throw new IllegalArgumentException("cannot create " + entity.urn() + " without any aspect");
    }
    if (backend.reader().exists(entity.urn())) {
      throw new EntityAlreadyExistsException(entity.urn(), null);
    }
    List<MetadataChangeProposal> mcps = new ArrayList<>();
    mcps.add(MetadataChangeProposal.builder().entityUrn(entity.urn()).changeType(ChangeType.CREATE_ENTITY)
        .aspect(aspects.get(0)).build());
    for (Aspect aspect : aspects.subList(1, aspects.size())) {
      mcps.add(MetadataChangeProposal.upsert(entity.urn(), aspect));
    }
    mcps.addAll(events(entity));
    try {
      backend.emitAtomically(mcps);
    } catch (DataHubServerException refused) {
      if (backend.reader().exists(entity.urn())) {
        throw new EntityAlreadyExistsException(entity.urn(), refused);
      }
      throw refused;
    }
    markWritten(entity, aspects);
  }

  /**
   * Records that every aspect of {@code entity} in {@code written} was written at a version not known (GMS does not
   * return it) and that its events were sent: its next {@link #update} reads each aspect it changes again first.
   */
  private static void markWritten(Entity<?> entity, List<Aspect> written) {
    for (Aspect aspect : written) {
      entity.markSaved(aspect, null);
    }
    entity.markEventsSent();
    entity.markWritten();
  }

  /**
   * Saves the changes made to {@code entity} since it was read or last written (by {@link #create},
   * {@link #upsert} or {@code update}) as one unit of conditional writes; see the class description. Aspects that
   * were not changed are not sent; timeseries events recorded since go with them (events are not versioned, so they
   * need no condition). Each changed aspect is written against the version it was read at; after a write, whose
   * resulting version DataHub does not report, it is read again first and the changes made since the write are
   * applied to what is there, so the start-then-finish shape of a pipeline loses nothing another writer added:
   *
   * <pre>{@code
   * TrainingRun run = TrainingRun.builder().runId(runId).name("nightly").started(start).build();
   * client.entities().upsert(run);                                  // STARTED, visible while training runs
   * run.addTrainingMetric("auc", 0.91).completed(end, RunResultType.SUCCESS);
   * client.entities().update(run);                                  // the metric and the COMPLETE event
   * }</pre>
   *
   * @throws DataHubConflictException if the aspects kept changing under us for {@link #maxAttempts()} tries
   * @throws IllegalArgumentException if {@code entity} was built in memory and never written, or before anything is
   *     sent, as {@link #upsert}
   */
  public void update(Entity<?> entity) {
    updateAll(List.of(Objects.requireNonNull(entity, "entity")));
  }

  /**
   * Writes every aspect of every entity in {@code entities} as one unit, whole or not at all, as {@link #upsert}
   * writes one: for entities authored from scratch that belong together (a run and the model it trained, say).
   *
   * @throws IllegalArgumentException if two entities have the same URN, or before anything is sent, as
   *     {@link #upsert}
   * @throws DataHubException if the write was refused or failed; none of the aspects was written when the server or
   *     the local store refused it
   */
  public void upsertAll(Entity<?>... entities) {
    upsertAll(Arrays.asList(Objects.requireNonNull(entities, "entities")));
  }

  /** As {@link #upsertAll(Entity...)}, for a collection. */
  public void upsertAll(Collection<? extends Entity<?>> entities) {
    Objects.requireNonNull(entities, "entities");
    List<Entity<?>> all = distinct(entities);
    List<MetadataChangeProposal> mcps = new ArrayList<>();
    for (Entity<?> entity : all) {
      mcps.addAll(entity.toMcps());
    }
    if (mcps.isEmpty()) {
      return;
    }
    backend.emitAtomically(mcps);
    for (Entity<?> entity : all) {
      markWritten(entity, entity.aspects());
    }
  }

  /**
   * Saves the changes of every entity in {@code entities} as one unit of conditional writes, whole or not at all,
   * as {@link #update} saves one: on a version conflict in any of them every changed aspect of every entity is read
   * again and its recorded changes applied again, and the unit is retried. Entities without changes or events are
   * skipped.
   *
   * <pre>{@code
   * MLModel v1 = client.entities().get(v1Urn, MLModel.class);
   * MLModel v2 = client.entities().get(v2Urn, MLModel.class);
   * MLModel.moveAlias("champion", v1, v2);
   * client.entities().updateAll(v1, v2);   // both or neither
   * }</pre>
   *
   * @throws IllegalArgumentException if two entities have the same URN, or one was built in memory and never
   *     written, or before anything is sent, as {@link #upsert}
   * @throws DataHubConflictException if the aspects kept changing under us for {@link #maxAttempts()} tries
   */
  public void updateAll(Entity<?>... entities) {
    updateAll(Arrays.asList(Objects.requireNonNull(entities, "entities")));
  }

  /** As {@link #updateAll(Entity...)}, for a collection. */
  public void updateAll(Collection<? extends Entity<?>> entities) {
    List<Entity<?>> all = distinct(entities);
    List<Change> changes = new ArrayList<>();
    List<MetadataChangeProposal> events = new ArrayList<>();
    List<Integer> counts = new ArrayList<>(all.size());
    for (Entity<?> entity : all) {
      if (!entity.isSaved()) {
        throw new IllegalArgumentException("update() saves changes to an entity read with get() or written with "
            + "create() or upsert(); " + entity.urn() + " was built in memory and never written: use create() or "
            + "upsert()");
      }
      List<PendingChange> pending = entity.pendingChanges();
      for (PendingChange change : pending) {
        changes.add(new Change(entity.urn(), change.value().aspectType(), change.value(),
            change.readValue().orElse(null), change.readVersion().orElse(null), change::reapply));
      }
      counts.add(pending.size());
      events.addAll(events(entity));
    }
    List<Aspect> written = write(changes, events);
    int from = 0;
    for (int i = 0; i < all.size(); i++) {
      markWritten(all.get(i), written.subList(from, from + counts.get(i)));
      from += counts.get(i);
    }
  }

  /** The entities, refusing a null one and two of one URN (their changes could not both be applied). */
  private static List<Entity<?>> distinct(Collection<? extends Entity<?>> entities) {
    Objects.requireNonNull(entities, "entities");
    List<Entity<?>> all = new ArrayList<>(entities.size());
    Set<Urn> urns = new HashSet<>();
    for (Entity<?> entity : entities) {
      Objects.requireNonNull(entity, "entity");
      if (!urns.add(entity.urn())) {
        throw new IllegalArgumentException(entity.urn() + " is given twice; save one entity object per URN");
      }
      all.add(entity);
    }
    return all;
  }

  /**
   * Reads aspect {@code type} of {@code urn}, applies {@code change} (which gets {@code null} when the aspect is
   * absent), and writes the result conditionally; on a version conflict reads and applies again, up to
   * {@link #maxAttempts()} times. When {@code change} returns the value it got, nothing is written.
   *
   * <pre>{@code
   * entities.modifyAspect(deploymentUrn, Ownership.TYPE, o -> o != null && o.hasOwner(team) ? o
   *     : (o == null ? Ownership.builder() : o.toBuilder()).addOwner(Owner.of(team, TECHNICAL_OWNER)).build());
   * }</pre>
   *
   * @return the aspect as written (or found unchanged)
   */
  @SuppressWarnings("unchecked")
  public <A extends Aspect> A modifyAspect(Urn urn, AspectType<A> type, UnaryOperator<A> change) {
    Objects.requireNonNull(urn, "urn");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(change, "change");
    UnaryOperator<Aspect> erased = a -> change.apply(a == null ? null : type.javaType().cast(a));
    return (A) write(List.of(new Change(urn, type, null, null, null, erased)), List.of()).get(0);
  }

  /**
   * Soft-deletes {@code urn}: sets {@code status.removed} to {@code true} as a conditional write, keeping the
   * status's other fields (such as a newer server's {@code lifecycleStage}); the metadata stays and can be restored
   * by writing {@code removed: false} (an entity's {@code restore()}).
   */
  public void softDelete(Urn urn) {
    Objects.requireNonNull(urn, "urn");
    modifyAspect(urn, Status.TYPE, s -> s == null ? Status.of(true) : s.toBuilder().removed(true).build());
  }

  /**
   * Deletes {@code urn} and every aspect of it for good: on a server {@code POST /entities?action=delete}, in the
   * local store its aspects, timeseries included. It cannot be undone.
   */
  public void hardDelete(Urn urn) {
    backend.hardDelete(Objects.requireNonNull(urn, "urn"));
  }

  /**
   * The conditional-write loop: each attempt writes the changed aspects (of one entity or several), each with
   * {@code If-Version-Match}, and {@code events} as one unit. The first attempt uses each change's known value at
   * its known version when it has both (no read); later attempts read every aspect again and apply its recorded
   * changes to it; an aspect those leave unchanged is not written. Returns each aspect's value as written (or found),
   * in the order of {@code changes}.
   */
  private List<Aspect> write(List<Change> changes, List<MetadataChangeProposal> events) {
    for (int attempt = 1; ; attempt++) {
      List<Aspect> values = new ArrayList<>(changes.size());
      List<MetadataChangeProposal> mcps = new ArrayList<>(changes.size() + events.size());
      for (Change change : changes) {
        Aspect value = attempt == 1 ? change.known : null;
        String version = attempt == 1 ? change.knownVersion : null;
        Aspect base = attempt == 1 ? change.knownBase : null;
        if (value == null || version == null) {
          Optional<? extends VersionedAspect<?>> fresh = backend.reader().getVersionedAspect(change.urn,
              change.type);
          base = fresh.map(VersionedAspect::aspect).orElse(null);
          version = fresh.isPresent() ? fresh.get().version().orElse(null) : ABSENT;
          value = change.reapply.apply(base);
          if (value.equals(base)) {
            values.add(value);
            continue;
          }
        }
        values.add(value);
        MetadataChangeProposal mcp = proposal(change.urn, base, value);
        if (version != null) {
          mcp = mcp.withHeader(MetadataChangeProposal.IF_VERSION_MATCH, version);
        } else {
          LOG.warn("no version known for {} {}; writing it without a version check", change.urn,
              change.type.name());
        }
        mcps.add(mcp);
      }
      String urns = mcps.stream().map(m -> m.entityUrn().toString()).distinct().collect(Collectors.joining(", "));
      String aspects = mcps.stream().map(MetadataChangeProposal::aspectName).collect(Collectors.joining(", "));
      mcps.addAll(events);
      if (mcps.isEmpty()) {
        return values;
      }
      try {
        backend.emitAtomically(mcps);
        return values;
      } catch (DataHubConflictException e) {
        if (attempt >= maxAttempts) {
          throw new DataHubConflictException(e.status(), "gave up after " + attempt + " conflicting writes: "
              + e.serverMessage(), e.method(), e.path(), urns, aspects, attempt);
        }
        LOG.debug("version conflict on {} {} (attempt {}): {}", urns, aspects, attempt, e.serverMessage());
        backOff(attempt);
      }
    }
  }

  /** The write of {@code value} over {@code base}: an alias PATCH where it applies (class description), else UPSERT. */
  private MetadataChangeProposal proposal(Urn urn, Aspect base, Aspect value) {
    Optional<MetadataChangeProposal> patch = AliasPatch.of(urn, base, value);
    return patch.isPresent() && backend.patchCapable() ? patch.get() : MetadataChangeProposal.upsert(urn, value);
  }

  /**
   * One aspect to write conditionally: its entity and type, the value, the value it was changed from and the version
   * known (or null), its recorded changes.
   */
  private static final class Change {
    final Urn urn;
    final AspectType<?> type;
    final Aspect known;
    final Aspect knownBase;
    final String knownVersion;
    final UnaryOperator<Aspect> reapply;

    Change(Urn urn, AspectType<?> type, Aspect known, Aspect knownBase, String knownVersion,
        UnaryOperator<Aspect> reapply) {
      this.urn = urn;
      this.type = type;
      this.known = known;
      this.knownBase = knownBase;
      this.knownVersion = knownVersion;
      this.reapply = reapply;
    }
  }

  private static List<MetadataChangeProposal> events(Entity<?> entity) {
    List<MetadataChangeProposal> events = new ArrayList<>();
    for (Aspect event : entity.pendingEvents()) {
      events.add(MetadataChangeProposal.upsert(entity.urn(), event));
    }
    return events;
  }

  private void backOff(int attempt) {
    long bound = Math.min(maxBackoffMillis, 10L << Math.min(attempt, 10));
    try {
      Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(bound + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DataHubException("interrupted while retrying a conflicting write", e);
    }
  }
}
