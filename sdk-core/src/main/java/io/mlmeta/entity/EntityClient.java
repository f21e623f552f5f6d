package io.mlmeta.entity;

import io.mlmeta.DataHubConflictException;
import io.mlmeta.DataHubException;
import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.AspectType;
import io.mlmeta.aspect.Status;
import io.mlmeta.emit.EmitResult;
import io.mlmeta.internal.Backend;
import io.mlmeta.mcp.ChangeType;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.read.EntityAspects;
import io.mlmeta.read.VersionedAspect;
import io.mlmeta.urn.Urn;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and saves whole entities ({@link Entity}): get, create, upsert, update, delete. Obtain it from
 * {@code DataHubClient.entities()}.
 *
 * <p>{@link #update} never loses another writer's change: every changed aspect is written with DataHub's
 * conditional-write header {@code If-Version-Match} set to the version that was read; on a version conflict the
 * aspect is read again, the entity's recorded changes are applied to it again, and the write is retried after a
 * short random pause, up to {@link #maxAttempts()} times. No aspect is written with PATCH: conditional full writes work the same way for
 * every aspect, on a server and in the local store.
 *
 * <pre>{@code
 * MLModel model = client.entities().get(modelUrn, MLModel.class);
 * model.addDeployment(deploymentUrn);
 * client.entities().update(model);
 * }</pre>
 */
public final class EntityClient {
  private static final Logger LOG = LoggerFactory.getLogger(EntityClient.class);
  /** The version DataHub reports for an absent aspect: {@code If-Version-Match: -1} means create-only. */
  private static final String ABSENT = "-1";

  private final Backend backend;
  private final int maxAttempts;
  private final long maxBackoffMillis;

  /**
   * A client over {@code backend} that tries a conflicting write at most {@code maxAttempts} times, pausing a
   * random 0 to 10·2^attempt ms (at most {@code maxBackoff}) between tries so that writers in conflict do not retry
   * in step.
   */
  public EntityClient(Backend backend, int maxAttempts, java.time.Duration maxBackoff) {
    this.backend = Objects.requireNonNull(backend, "backend");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be >= 1 but was " + maxAttempts);
    }
    if (maxBackoff.isNegative()) {
      throw new IllegalArgumentException("maxBackoff must not be negative but was " + maxBackoff);
    }
    this.maxAttempts = maxAttempts;
    this.maxBackoffMillis = maxBackoff.toMillis();
  }

  /** How many times a conditional write is tried before a {@link DataHubConflictException}. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * The entity {@code urn} as its Java type.
   *
   * @throws EntityNotFoundException if it does not exist
   * @throws IllegalArgumentException if no module on the class path handles its entity type
   */
  public Entity<?> get(Urn urn) {
    return find(urn).orElseThrow(() -> new EntityNotFoundException(urn, backend.location()));
  }

  /**
   * The entity {@code urn} as {@code type}, e.g. {@code get(modelUrn, MLModel.class)}.
   *
   * @throws EntityNotFoundException if it does not exist
   * @throws IllegalArgumentException if it is not of {@code type}
   */
  public <E extends Entity<?>> E get(Urn urn, Class<E> type) {
    Entity<?> entity = get(urn);
    if (!type.isInstance(entity)) {
      throw new IllegalArgumentException(urn + " is a " + entity.getClass().getSimpleName() + ", not a "
          + type.getSimpleName());
    }
    return type.cast(entity);
  }

  /** The entity {@code urn} as its Java type, or empty if it does not exist. */
  public Optional<Entity<?>> find(Urn urn) {
    Optional<EntityAspects> read = backend.reader().getEntity(urn);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    EntityKind kind = EntityKinds.forRead(read.get()).orElseThrow(() -> new IllegalArgumentException(
        "no entity class for " + urn.entityType() + " (" + urn + "); supported: " + EntityKinds.supportedTypes()
            + ". Read its aspects with reader().getEntity(urn) instead"));
    return Optional.of(kind.fromAspects(read.get()));
  }

  /**
   * Writes every aspect of {@code entity}, replacing what DataHub holds for those aspects. For entities authored
   * from scratch; to change an entity another writer may also change, use {@link #update}.
   *
   * @throws DataHubException naming the first aspect that was not acknowledged
   */
  public void upsert(Entity<?> entity) {
    List<MetadataChangeProposal> mcps = entity.toMcps();
    requireAll(backend.emitter().emitAll(mcps));
    for (Aspect aspect : entity.aspects()) {
      entity.markSaved(aspect, null);
    }
    entity.markEventsSent();
  }

  /**
   * Creates {@code entity}, failing if it already exists. The first aspect is sent as CREATE_ENTITY, which the
   * server refuses when the entity exists, so two creators cannot both succeed; the other aspects follow once it
   * is accepted.
   *
   * @throws EntityAlreadyExistsException if the entity exists
   */
  public void create(Entity<?> entity) {
    List<Aspect> aspects = entity.aspects();
    if (aspects.isEmpty()) {
      throw new IllegalArgumentException("cannot create " + entity.urn() + " without any aspect");
    }
    if (backend.reader().exists(entity.urn())) {
      throw new EntityAlreadyExistsException(entity.urn(), null);
    }
    MetadataChangeProposal first = MetadataChangeProposal.builder().entityUrn(entity.urn())
        .changeType(ChangeType.CREATE_ENTITY).aspect(aspects.get(0)).build();
    try {
      backend.emitter().emit(first);
    } catch (DataHubException e) {
      if (backend.reader().exists(entity.urn())) {
        throw new EntityAlreadyExistsException(entity.urn(), e);
      }
      throw e;
    }
    List<MetadataChangeProposal> rest = new ArrayList<>();
    for (Aspect aspect : aspects.subList(1, aspects.size())) {
      rest.add(MetadataChangeProposal.upsert(entity.urn(), aspect));
    }
    for (Aspect event : entity.pendingEvents()) {
      rest.add(MetadataChangeProposal.upsert(entity.urn(), event));
    }
    requireAll(backend.emitter().emitAll(rest));
    for (Aspect aspect : aspects) {
      entity.markSaved(aspect, null);
    }
    entity.markEventsSent();
  }

  /**
   * Saves the changes made to {@code entity} since it was read (or last saved), aspect by aspect, as conditional
   * writes; see the class description. Aspects that were not changed are not sent; timeseries events recorded
   * since are sent after them (events are not versioned, so they need no condition).
   *
   * @throws DataHubConflictException if an aspect kept changing under us for {@link #maxAttempts()} tries
   */
  public void update(Entity<?> entity) {
    if (!entity.isFetched()) {
      throw new IllegalArgumentException("update() saves changes to an entity read with get(); "
          + entity.urn() + " was built in memory: use create() or upsert()");
    }
    for (PendingChange change : entity.pendingChanges()) {
      Aspect saved = write(change.urn(), change.value().aspectType(), change.value(),
          change.readVersion().orElse(null), change::reapply);
      entity.markSaved(saved, null);
    }
    List<MetadataChangeProposal> events = new ArrayList<>();
    for (Aspect event : entity.pendingEvents()) {
      events.add(MetadataChangeProposal.upsert(entity.urn(), event));
    }
    requireAll(backend.emitter().emitAll(events));
    entity.markEventsSent();
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
    return (A) write(urn, type, null, null, a -> change.apply(a == null ? null : type.javaType().cast(a)));
  }

  /**
   * Soft-deletes {@code urn}: writes {@code status} with {@code removed: true}; the metadata stays and can be
   * restored by writing {@code removed: false}.
   */
  public void delete(Urn urn) {
    backend.emitter().emit(MetadataChangeProposal.upsert(urn, Status.of(true)));
  }

  /** Deletes {@code urn} for good when {@code hard} is true; otherwise as {@link #delete(Urn)}. */
  public void delete(Urn urn, boolean hard) {
    if (hard) {
      backend.hardDelete(urn);
    } else {
      delete(urn);
    }
  }

  /**
   * The conditional-write loop. The first attempt uses {@code known} at {@code knownVersion} when given (no read);
   * later attempts read the aspect again and apply {@code reapply} to it.
   */
  private Aspect write(Urn urn, AspectType<?> type, Aspect known, String knownVersion,
      UnaryOperator<Aspect> reapply) {
    Aspect value = known;
    String version = knownVersion;
    for (int attempt = 1; ; attempt++) {
      if (value == null || version == null) {
        Optional<? extends VersionedAspect<?>> fresh = backend.reader().getVersionedAspect(urn, type);
        Aspect current = fresh.map(VersionedAspect::aspect).orElse(null);
        version = fresh.isPresent() ? fresh.get().version().orElse(null) : ABSENT;
        value = reapply.apply(current);
        if (value.equals(current)) {
          return value;
        }
      }
      MetadataChangeProposal mcp = MetadataChangeProposal.upsert(urn, value);
      if (version != null) {
        mcp = mcp.withHeader(MetadataChangeProposal.IF_VERSION_MATCH, version);
      } else {
        LOG.warn("no version known for {} {}; writing it without a version check", urn, type.name());
      }
      try {
        backend.emitter().emit(mcp);
        return value;
      } catch (DataHubConflictException e) {
        if (attempt >= maxAttempts) {
          throw new DataHubConflictException(e.status(), "gave up after " + attempt + " conflicting writes: "
              + e.serverMessage(), e.method(), e.path(), urn.toString(), type.name(), attempt);
        }
        LOG.debug("version conflict on {} {} (attempt {}): {}", urn, type.name(), attempt, e.serverMessage());
        backOff(attempt);
        value = null;
        version = null;
      }
    }
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

  private static void requireAll(List<EmitResult> results) {
    for (EmitResult result : results) {
      result.orThrow();
    }
  }
}
