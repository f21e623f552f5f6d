package io.mlmeta.local;

import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.AspectType;
import io.mlmeta.emit.EmitResult;
import io.mlmeta.emit.Emitter;
import io.mlmeta.error.DataHubConflictException;
import io.mlmeta.error.DataHubException;
import io.mlmeta.error.DataHubTransportException;
import io.mlmeta.error.DataHubValidationException;
import io.mlmeta.internal.Checks;
import io.mlmeta.internal.local.StoreEngine;
import io.mlmeta.internal.local.StoreLimits;
import io.mlmeta.internal.local.StoreReader;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.read.EntityAspects;
import io.mlmeta.read.MetadataReader;
import io.mlmeta.read.Relationship;
import io.mlmeta.read.RelationshipDirection;
import io.mlmeta.read.VersionedAspect;
import io.mlmeta.search.SearchPage;
import io.mlmeta.search.SearchQuery;
import io.mlmeta.search.Searcher;
import io.mlmeta.urn.Urn;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * An embedded metadata store in a local directory: an {@link Emitter} to write to and a {@link MetadataReader} to
 * read back from, with DataHub GMS's semantics where they matter, for offline pipelines, examples and tests.
 *
 * <pre>{@code
 * try (LocalStore store = LocalStore.open(Path.of("metadata"))) {
 *   store.emit(MetadataChangeProposal.upsert(modelUrn, Status.of(false)));
 *   Optional<Status> status = store.getAspect(modelUrn, Status.TYPE);
 *   store.export(Path.of("metadata.json"));        // then: datahub ingest -c recipe.yml (file source)
 * }
 * }</pre>
 *
 * <p><b>Semantics.</b> UPSERT replaces an aspect; CREATE fails if the aspect exists and CREATE_ENTITY if the entity
 * has any aspect ({@link DataHubConflictException} with the server's message), unless the proposal has the
 * header {@code If-None-Match: *}, which drops it quietly (acknowledged, nothing written). PATCH applies JSON-Patch
 * to the stored JSON, with DataHub's keyed arrays ({@code /tags/<tagUrn>}, {@code /terms/<termUrn>},
 * {@code /owners/<ownerUrn>/<type>} …: there the segment after the array is a key, not an index), map keys such
 * as {@code /customProperties/<key>}, and {@code /-} to append; missing objects on the way of an {@code add} are
 * created, and removing what is not there does nothing. DELETE removes an aspect (a whole series, for a timeseries
 * aspect); deleting an absent aspect is acknowledged. A write whose result does not fit the aspect's known type, or
 * whose aspect the entity type cannot carry, fails with {@link DataHubValidationException} (422).
 *
 * <p><b>Versions.</b> Each versioned aspect's version is {@code "1"} when written first and goes up by one with
 * every acknowledged write (also one that leaves the value unchanged); after a DELETE it starts again at
 * {@code "1"}. {@link #getVersionedAspect} reports it in {@code systemMetadata.version}. A proposal with header
 * {@code If-Version-Match: v} is written only if the aspect's version is {@code v} ({@code -1}: absent, so
 * {@code -1} means create-only); otherwise it fails with a {@link DataHubConflictException} whose server
 * message is {@code Expected version v, actual version a}, status 422, method {@code LOCAL} and the store
 * directory as path. The check and the write are one atomic step. {@code If-Modified-Since} and
 * {@code If-Unmodified-Since} are not evaluated: a proposal carrying them fails rather than being applied
 * unconditionally.
 *
 * <p><b>Timeseries aspects</b> ({@link AspectType#isTimeseries()}) keep every event: UPSERT adds one (it needs a
 * {@code timestampMillis}), {@link #getVersionedAspect} gives the latest by {@code timestampMillis} (without a
 * version), {@link #timeseries} gives them all. They take no {@code If-Version-Match} and no CREATE or PATCH.
 *
 * <p><b>Reads.</b> {@link #getEntity} gives every aspect, typed where its type is known (a module registers it, or
 * an aspect of that type was written in this session), raw otherwise; timeseries aspects by their latest event.
 * {@link #exists} is true while the entity has any aspect. {@link #relationships} follows the
 * {@link AspectType#relationships()} of the stored aspects' known types, each (type, entity) once, ordered by type
 * and URN; as on GMS, at least one type must be asked for; timeseries aspects give no edges. Soft-deleted entities
 * ({@code status.removed = true}) keep their edges, as they keep their aspects; only removing the aspects removes
 * the edges. {@link #page} searches the stored entities (see {@code SearchClient}) from an index kept up to date
 * with every write.
 *
 * <p><b>Durability.</b> Each write is appended to the log {@code store.log} in the directory and forced to disk
 * before it is acknowledged; a batch ({@link #emitAll}) is forced once. Opening replays the log; a torn last record
 * (from a crash during a write) is logged at WARN, cut away and ignored, while damage before it refuses to open.
 * Readers see a write only once it is durable. The log keeps every write until {@link #compact()} rewrites it to
 * the current state. If the log cannot be written, the writes of that batch fail with a
 * {@link DataHubTransportException} and so does every later write until the store is opened again.
 *
 * <p><b>Concurrency.</b> A store is thread-safe. One directory is owned by one open store at a time: an exclusive
 * OS lock on {@code store.lock} in the directory, so a second {@link #open} of the same directory, in another
 * process or in this JVM, fails with a {@link DataHubException} naming the directory. In its directory the store
 * only ever creates the two files it names ({@code store.log}, {@code store.lock}); no file name comes from a
 * URN.
 *
 * <p><b>Limits.</b> The store's own, checked before anything is written: an aspect's JSON (as DataHub's wire
 * carries it, non-ASCII escaped) is at most {@link #MAX_ASPECT_BYTES} bytes, GMS's default request limit, so that
 * what the store holds can be loaded into GMS; one write, or one unit of {@link #emitAtomically}, is at most
 * {@link #MAX_RECORD_BYTES} bytes as a log record; numbers have at most 1000 digits and an aspect's JSON nests at
 * most {@link #MAX_NESTING_DEPTH} deep. A larger value fails with a {@link DataHubValidationException} naming the
 * URN, the aspect and the limit, and nothing of it is written. The store reads its log back with the same limits,
 * so a store that took a write always opens again.
 *
 * <p><b>Emitter.</b> The store implements {@link Emitter} itself (there is no separate emitter object):
 * {@link #emit} returns once the write is durable, {@link #emitAsync} returns an already completed future,
 * {@link #emitAll} returns a result per proposal (a failed precondition fails only its own proposal; later
 * proposals of the batch see the earlier ones), {@link #emitAtomically} writes proposals whole or not at all,
 * {@link #flush} has nothing to wait for. {@link #close()} is idempotent; after it every other method throws
 * {@link IllegalStateException}.
 */
public final class LocalStore implements Emitter, MetadataReader, Searcher {
  /** The largest aspect the store takes, in bytes of its JSON as DataHub's wire carries it: {@value}. */
  public static final int MAX_ASPECT_BYTES = StoreLimits.MAX_ASPECT_BYTES;
  /** The largest log record, the changes of one write or of one {@link #emitAtomically} unit, in bytes: {@value}. */
  public static final int MAX_RECORD_BYTES = StoreLimits.MAX_RECORD_BYTES;
  /**
   * The deepest nesting of objects and arrays in an aspect's JSON the store takes: {@value}, which leaves room for
   * the levels the log record and the export add within the 1000 that Jackson 2.15+ reads and 2.16+ writes.
   */
  public static final int MAX_NESTING_DEPTH = StoreLimits.MAX_NESTING_DEPTH;

  private final StoreEngine engine;

  private LocalStore(StoreEngine engine) {
    this.engine = engine;
  }

  /**
   * Opens the store in {@code dir}, creating the directory if needed, and reads back what it holds.
   *
   * @throws DataHubException if another store (in this or another process) has the directory open, the log in it
   *     is damaged or cannot be read, or the directory cannot be created or written; the message says why
   *     (permission denied, not a directory, no space left on the device) and names the file
   */
  public static LocalStore open(Path dir) {
    return new LocalStore(StoreEngine.open(Objects.requireNonNull(dir, "dir")));
  }

  /** The store's directory, absolute. */
  public Path directory() {
    return engine.directory();
  }

  @Override
  public EmitResult emit(MetadataChangeProposal proposal) {
    return engine.commit(List.of(Objects.requireNonNull(proposal, "proposal"))).get(0).orThrow();
  }

  @Override
  public CompletableFuture<EmitResult> emitAsync(MetadataChangeProposal proposal) {
    engine.checkOpen();
    try {
      return CompletableFuture.completedFuture(emit(proposal));
    } catch (DataHubException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  @Override
  public List<EmitResult> emitAll(Collection<MetadataChangeProposal> proposals) {
    return engine.commit(new ArrayList<>(Objects.requireNonNull(proposals, "proposals")));
  }

  /**
   * Writes {@code proposals} as one unit, in order, each seeing the ones before it: all of them, durably in one log
   * record (a crash while writing it leaves none of them), or none of them when one fails its precondition or
   * validation or is above the store's {@linkplain LocalStore limits}, as GMS applies a synchronous
   * {@code ingestProposalBatch}.
   *
   * @return one acknowledged result per proposal, in order
   * @throws DataHubException the failure of the first proposal that failed (or of the log write); then nothing was
   *     written
   */
  public List<EmitResult> emitAtomically(Collection<MetadataChangeProposal> proposals) {
    List<EmitResult> results = engine.commitUnit(new ArrayList<>(Objects.requireNonNull(proposals, "proposals")));
    for (EmitResult result : results) {
      result.orThrow();
    }
    return results;
  }

  /** Does nothing but check that the store is open: every acknowledged write is already durable. */
  @Override
  public void flush() {
    engine.checkOpen();
  }

  @Override
  public <A extends Aspect> Optional<VersionedAspect<A>> getVersionedAspect(Urn urn, AspectType<A> type) {
    Objects.requireNonNull(urn, "urn");
    Objects.requireNonNull(type, "type");
    return engine.read(r -> r.versioned(urn, type));
  }

  @Override
  public Optional<EntityAspects> getEntity(Urn urn) {
    Objects.requireNonNull(urn, "urn");
    return engine.read(r -> r.entity(urn));
  }

  @Override
  public boolean exists(Urn urn) {
    Objects.requireNonNull(urn, "urn");
    return engine.read(r -> r.exists(urn));
  }

  @Override
  public Stream<Relationship> relationships(Urn urn, Set<String> types, RelationshipDirection direction) {
    Objects.requireNonNull(urn, "urn");
    Objects.requireNonNull(types, "types");
    Objects.requireNonNull(direction, "direction");
    Checks.checkRelationshipTypes(types);
    return engine.read(r -> r.relationships(urn, types, direction)).stream();
  }

  /**
   * A page of {@code query}'s matches, from the store's search index (kept up to date with every write, so a search
   * sees a write at once); the cursor is an offset, the total is known. Timeseries aspects are not searched.
   */
  @Override
  public SearchPage page(SearchQuery query, String cursor) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(cursor, "cursor");
    return engine.read(r -> r.search(query, cursor));
  }

  /** Every event of timeseries aspect {@code type} of {@code urn}, oldest first by {@code timestampMillis}. */
  public <A extends Aspect> List<A> timeseries(Urn urn, AspectType<A> type) {
    Objects.requireNonNull(urn, "urn");
    Objects.requireNonNull(type, "type");
    return engine.read(r -> r.series(urn, type));
  }

  /**
   * The store's current state as UPSERT proposals: the latest version of every aspect and every timeseries event,
   * ordered by URN and aspect name, each aspect exactly as stored (raw JSON) with its system metadata less the
   * version.
   */
  public List<MetadataChangeProposal> proposals() {
    return engine.read(StoreReader::proposals);
  }

  /**
   * Writes {@link #proposals()} to {@code target} in DataHub's file-source format, so that {@code datahub ingest}
   * can load it; the file is replaced atomically. It may be in the store's directory, beside the store's own files
   * (e.g. {@code <directory>/export.json}).
   *
   * @throws IllegalArgumentException if {@code target} is the store's directory or would replace one of its own
   *     files ({@code store.log}, {@code store.log.compact}, {@code store.lock})
   * @throws DataHubException if the file cannot be written
   */
  public void export(Path target) {
    engine.export(Objects.requireNonNull(target, "target"));
  }

  /** Sends {@link #proposals()} to {@code target} with {@link Emitter#emitAll} and returns its results. */
  public List<EmitResult> pushTo(Emitter target) {
    return Objects.requireNonNull(target, "target").emitAll(proposals());
  }

  /**
   * Rewrites the log to hold only the current state, so that it stops growing with every past version; versions
   * are kept. The new log is written beside the old one and renamed over it, so a crash leaves one or the other.
   * Writes wait meanwhile.
   *
   * @throws DataHubException if the new log cannot be written (the old one then stays in use)
   */
  public void compact() {
    engine.compact();
  }

  /** Waits for writes in progress and releases the directory. Idempotent. */
  @Override
  public void close() {
    engine.close();
  }

  @Override
  public String toString() {
    return "LocalStore[" + engine.directory() + "]";
  }
}
