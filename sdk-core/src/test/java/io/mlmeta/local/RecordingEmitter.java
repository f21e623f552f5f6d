package io.mlmeta.local;

import io.mlmeta.emit.EmitResult;
import io.mlmeta.emit.Emitter;
import io.mlmeta.mcp.MetadataChangeProposal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/** An emitter that acknowledges everything and remembers what it was given. */
final class RecordingEmitter implements Emitter {
  final List<MetadataChangeProposal> emitted = new ArrayList<>();

  @Override
  public synchronized EmitResult emit(MetadataChangeProposal proposal) {
    emitted.add(proposal);
    return EmitResult.acknowledged(proposal, 1);
  }

  @Override
  public CompletableFuture<EmitResult> emitAsync(MetadataChangeProposal proposal) {
    return CompletableFuture.completedFuture(emit(proposal));
  }

  @Override
  public List<EmitResult> emitAll(Collection<MetadataChangeProposal> proposals) {
    return proposals.stream().map(this::emit).collect(Collectors.toList());
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
