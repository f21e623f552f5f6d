package io.mlmeta.internal.local;

import io.mlmeta.emit.EmitResult;
import io.mlmeta.error.DataHubException;
import io.mlmeta.mcp.MetadataChangeProposal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * The local store's write path and its guarded state. Writes are serialized by one commit lock: a batch is planned
 * against the state plus its own earlier proposals, appended to the log and forced to disk once (group commit), and
 * only then applied to memory under the state's write lock, so readers never see a change that is not durable and
 * a version check and its write are never split. A unit ({@link #commitUnit}) is one log record.
 */
public final class StoreEngine implements AutoCloseable {
  /** The log's file name inside the store directory. */
  public static final String LOG_FILE = "store.log";
  /** The files the store keeps in its directory; anything else there is left alone. */
  static final Set<String> OWN_FILES = Set.of(LOG_FILE, LogFile.compactionFile(Path.of(LOG_FILE)).toString(),
      DirectoryLock.FILE_NAME);

  private final Path dir;
  private final DirectoryLock lock;
  private final LogFile log;
  private final AspectKinds kinds = new AspectKinds();
  private final StoreState state = new StoreState(kinds);
  private final StoreErrors errors;
  private final ProposalPlanner planner;
  private final ReentrantLock commitLock = new ReentrantLock();
  private final ReentrantReadWriteLock stateLock = new ReentrantReadWriteLock();
  private volatile boolean closed;
  private volatile DataHubException broken;
  private boolean released;

  private StoreEngine(Path dir, DirectoryLock lock, LogFile log) {
    this.dir = dir;
    this.lock = lock;
    this.log = log;
    this.errors = new StoreErrors(dir.toString());
    this.planner = new ProposalPlanner(kinds, errors, System::currentTimeMillis);
  }

  /**
   * Opens the store in {@code dir} (created if missing), locks it and replays its log.
   *
   * @throws DataHubException if the directory is locked by another store, or the log is damaged or unreadable
   */
  public static StoreEngine open(Path dir) {
    Path absolute = dir.toAbsolutePath().normalize();
    DirectoryLock lock = null;
    LogFile log = null;
    if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
      throw new DataHubException("cannot open local store " + absolute + ": it is a file, not a directory");
    }
    try {
      Files.createDirectories(absolute);
      lock = DirectoryLock.acquire(absolute);
      log = LogFile.open(absolute.resolve(LOG_FILE));
      StoreEngine engine = new StoreEngine(absolute, lock, log);
      log.replay(payload -> LogRecords.decode(payload).forEach(engine.state::apply));
      return engine;
    } catch (IOException | RuntimeException e) {
      closeQuietly(log, e);
      closeQuietly(lock, e);
      if (e instanceof DataHubException) {
        throw (DataHubException) e;
      }
      String reason = e instanceof IOException ? IoReasons.describe(absolute, (IOException) e) : e.getMessage();
      throw new DataHubException("cannot open local store " + absolute + ": " + reason, e);
    }
  }

  /** The store directory, absolute. */
  public Path directory() {
    return dir;
  }

  /** Applies {@code proposals} in order, durably, and returns one result per proposal. */
  public List<EmitResult> commit(List<MetadataChangeProposal> proposals) {
    return commit(proposals, false);
  }

  /**
   * Applies {@code proposals} in order as one unit: all of them, durably and in one log record, or none when one
   * fails (the others then fail with its error).
   */
  public List<EmitResult> commitUnit(List<MetadataChangeProposal> proposals) {
    return commit(proposals, true);
  }

  private List<EmitResult> commit(List<MetadataChangeProposal> proposals, boolean unit) {
    checkOpen();
    commitLock.lock();
    try {
      checkOpen();
      if (broken != null) {
        return Batch.failAll(proposals, broken);
      }
      List<String> newTypes = new ArrayList<>();
      for (MetadataChangeProposal mcp : proposals) {
        if (mcp.aspect().isPresent() && kinds.learn(mcp.aspect().get())) {
          newTypes.add(mcp.aspectName());
        }
      }
      if (!newTypes.isEmpty()) {
        withStateWriteLock(() -> newTypes.forEach(state::reindex));
      }
      Batch batch = Batch.plan(proposals, planner, state, errors, unit);
      if (batch.payloads().isEmpty()) {
        return batch.results();
      }
      try {
        log.append(batch.payloads());
      } catch (IOException e) {
        String reason = IoReasons.describe(dir, e);
        broken = errors.io("the log could not be written (" + reason + "); reopen the store", e);
        return batch.failedWrite(errors.io("the log could not be written: " + reason, e));
      }
      withStateWriteLock(() -> batch.records().forEach(state::apply));
      return batch.results();
    } finally {
      commitLock.unlock();
    }
  }

  private void withStateWriteLock(Runnable change) {
    stateLock.writeLock().lock();
    try {
      change.run();
    } finally {
      stateLock.writeLock().unlock();
    }
  }

  /**
   * Rewrites the log to hold only the current state (the latest record of each aspect, every timeseries event),
   * keeping versions. Writes wait meanwhile; reads go on.
   *
   * @throws DataHubException if the new log cannot be written; the old one then stays in use
   */
  public void compact() {
    checkOpen();
    commitLock.lock();
    try {
      checkOpen();
      List<byte[]> payloads = new ArrayList<>();
      for (AspectRecord record : state.all()) {
        payloads.add(LogRecords.encode(record));
      }
      log.replaceWith(payloads);
    } catch (IOException e) {
      if (!log.isOpen()) {
        broken = errors.io("the log could not be reopened after compaction (" + IoReasons.describe(dir, e)
            + "); reopen the store", e);
      }
      throw errors.io("cannot compact the log: " + IoReasons.describe(dir, e), e);
    } finally {
      commitLock.unlock();
    }
  }

  /** Runs {@code query} on the state under the read lock. */
  public <T> T read(Function<StoreReader, T> query) {
    checkOpen();
    stateLock.readLock().lock();
    try {
      return query.apply(new StoreReader(state, kinds));
    } finally {
      stateLock.readLock().unlock();
    }
  }

  /**
   * Writes the current state to {@code target} in DataHub's file-source format (temporary file, then an atomic
   * rename). The target may be in the store directory, beside the store's own files ({@code <dir>/export.json}).
   *
   * @throws IllegalArgumentException if {@code target} is the store directory or one of the store's own files
   * @throws DataHubException if the file cannot be written
   */
  public void export(Path target) {
    checkOpen();
    checkExportTarget(target);
    List<MetadataChangeProposal> proposals = read(StoreReader::proposals);
    try {
      ExportWriter.write(target, proposals);
    } catch (IOException e) {
      throw new DataHubException("cannot export local store " + dir + " to " + target + ": " + e.getMessage(), e);
    }
  }

  /**
   * Refuses an export target that would replace the store directory or a file the store keeps there (its log, the
   * log's compaction file, its lock), also when reached through a symbolic link to the directory.
   */
  private void checkExportTarget(Path target) {
    Path absolute = target.toAbsolutePath().normalize();
    Path name = absolute.getFileName();
    if (name == null || sameFile(absolute, dir)) {
      throw new IllegalArgumentException("export target " + target + " is the store directory " + dir
          + "; export to a file, e.g. " + dir.resolve("export.json"));
    }
    if (OWN_FILES.contains(name.toString()) && sameFile(absolute.getParent(), dir)) {
      throw new IllegalArgumentException("export target " + target + " would replace the store's own file " + name
          + " in " + dir + "; export beside it, e.g. to " + dir.resolve("export.json"));
    }
  }

  private static boolean sameFile(Path a, Path b) {
    if (a.equals(b)) {
      return true;
    }
    try {
      return Files.exists(a) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  /** Throws {@link IllegalStateException} once the store is closed. */
  public void checkOpen() {
    if (closed) {
      throw new IllegalStateException("local store " + dir + " is closed");
    }
  }

  /** Waits for writes in progress, then releases the log and the directory lock. Idempotent. */
  @Override
  public void close() {
    closed = true;
    commitLock.lock();
    try {
      if (released) {
        return;
      }
      released = true;
      closeQuietly(log, null);
      closeQuietly(lock, null);
    } finally {
      commitLock.unlock();
    }
  }

  private static void closeQuietly(AutoCloseable resource, Exception primary) {
    if (resource == null) {
      return;
    }
    try {
      resource.close();
    } catch (Exception e) {
      if (primary != null) {
        primary.addSuppressed(e);
      }
    }
  }
}
