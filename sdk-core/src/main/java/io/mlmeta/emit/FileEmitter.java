package io.mlmeta.emit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import io.mlmeta.error.DataHubException;
import io.mlmeta.internal.json.FileFormat;
import io.mlmeta.internal.json.WireJson;
import io.mlmeta.mcp.MetadataChangeProposal;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * An {@link Emitter} that writes proposals to a file in DataHub's file-source format, which {@code datahub ingest}
 * loads later (wire.md section 4).
 *
 * <p>{@link #create(Path)} writes a JSON array, as DataHub's file sink does, to a temporary file beside the target
 * and moves it onto the target atomically on {@link #close()}: the target is either absent, its old content, or
 * the whole new file, never half written. {@link #jsonLines(Path)} instead streams one compact proposal per line
 * straight to the target, flushed after every proposal, for readers that follow the file as it grows (a crash can
 * leave the last line incomplete). A proposal is acknowledged once written; system metadata is written as given.
 * Thread-safe: proposals emitted from several threads are written one after another, each whole.
 *
 * <pre>{@code
 * try (FileEmitter emitter = FileEmitter.create(Path.of("metadata.json"))) {
 *   emitter.emit(MetadataChangeProposal.upsert(datasetUrn, Status.of(false)));
 * }
 * // datahub ingest -c recipe.yml  (source type: file, path: metadata.json)
 * }</pre>
 */
public final class FileEmitter implements Emitter {
  private final Path target;
  private final Path temp;
  private final boolean lines;
  private final FileChannel channel;
  private final OutputStream out;
  private int written;
  private boolean closed;

  private FileEmitter(Path target, boolean lines) {
    this.target = Objects.requireNonNull(target, "target").toAbsolutePath();
    this.lines = lines;
    try {
      Path dir = this.target.getParent();
      Files.createDirectories(dir);
      this.temp = lines ? null : Files.createTempFile(dir, "." + this.target.getFileName() + ".", ".tmp");
      this.channel = FileChannel.open(lines ? this.target : temp, StandardOpenOption.CREATE,
          StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
      this.out = Channels.newOutputStream(channel);
      if (!lines) {
        out.write('[');
      }
    } catch (IOException e) {
      throw new DataHubException("cannot open " + target + " for writing: " + e.getMessage(), e);
    }
  }

  /** An emitter writing a JSON array to {@code target}, which appears (or is replaced) on close. */
  public static FileEmitter create(Path target) {
    return new FileEmitter(target, false);
  }

  /** An emitter writing one JSON proposal per line to {@code target} (truncated first), flushed per proposal. */
  public static FileEmitter jsonLines(Path target) {
    return new FileEmitter(target, true);
  }

  /** The file this emitter writes (or will move into place on close). */
  public Path target() {
    return target;
  }

  @Override
  public synchronized EmitResult emit(MetadataChangeProposal proposal) {
    Objects.requireNonNull(proposal, "proposal");
    ensureOpen();
    try {
      write(proposal);
    } catch (IOException e) {
      throw new DataHubException("cannot write " + proposal.entityUrn() + " " + proposal.aspectName() + " to "
          + (lines ? target : temp) + ": " + e.getMessage(), e);
    }
    return EmitResult.acknowledged(proposal, 1);
  }

  @Override
  public CompletableFuture<EmitResult> emitAsync(MetadataChangeProposal proposal) {
    Objects.requireNonNull(proposal, "proposal");
    try {
      return CompletableFuture.completedFuture(emit(proposal));
    } catch (DataHubException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  @Override
  public synchronized List<EmitResult> emitAll(Collection<MetadataChangeProposal> proposals) {
    Objects.requireNonNull(proposals, "proposals");
    ensureOpen();
    List<EmitResult> results = new ArrayList<>(proposals.size());
    for (MetadataChangeProposal proposal : proposals) {
      try {
        results.add(emit(proposal));
      } catch (DataHubException e) {
        results.add(EmitResult.failed(proposal, 1, e));
      }
    }
    return results;
  }

  @Override
  public synchronized void flush() {
    if (closed) {
      return;
    }
    try {
      out.flush();
    } catch (IOException e) {
      throw new DataHubException("cannot flush " + (lines ? target : temp) + ": " + e.getMessage(), e);
    }
  }

  /**
   * Finishes the file, syncs it to disk and, for the JSON array, moves it onto the target atomically (replacing
   * the target where the file system cannot move atomically). Idempotent.
   *
   * @throws DataHubException if the file cannot be finished; the temporary file is then left for inspection
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try (FileChannel c = channel) {
      if (!lines) {
        out.write(ascii(written == 0 ? "]" : "\n]"));
      }
      out.flush();
      c.force(true);
    } catch (IOException e) {
      throw new DataHubException("cannot finish " + (lines ? target : temp) + ": " + e.getMessage(), e);
    }
    if (!lines) {
      moveIntoPlace();
    }
  }

  @Override
  public String toString() {
    return "FileEmitter{" + target + (lines ? ", json-lines" : "") + (closed ? ", closed" : "") + "}";
  }

  private void write(MetadataChangeProposal proposal) throws IOException {
    if (lines) {
      writeItem(proposal, false);
      out.write('\n');
      out.flush();
    } else {
      out.write(ascii(written == 0 ? "\n" : ",\n"));
      writeItem(proposal, true);
    }
    written++;
  }

  private void writeItem(MetadataChangeProposal proposal, boolean pretty) throws IOException {
    try (JsonGenerator g = WireJson.FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.enable(JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());
      if (pretty) {
        g.setPrettyPrinter(FileFormat.prettyPrinter());
      }
      FileFormat.writeItem(g, proposal);
    }
  }

  private void moveIntoPlace() {
    try {
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new DataHubException("cannot move " + temp + " onto " + target + " (the data is in " + temp + "): "
          + e.getMessage(), e);
    }
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("this FileEmitter is closed");
    }
  }
}
