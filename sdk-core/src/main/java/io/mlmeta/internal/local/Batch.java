package io.mlmeta.internal.local;

import io.mlmeta.emit.EmitResult;
import io.mlmeta.error.DataHubException;
import io.mlmeta.mcp.MetadataChangeProposal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One call's proposals, planned in order against the state and the batch's own earlier changes: a result for each
 * proposal, and the records (with their log payloads) to write for the acknowledged ones. A batch planned as a unit
 * is written whole or not at all: if one proposal fails, none is written, and its records share one log payload.
 */
final class Batch {
  private final List<MetadataChangeProposal> proposals;
  private final EmitResult[] results;
  private final List<AspectRecord> records = new ArrayList<>();
  private final List<byte[]> payloads = new ArrayList<>();

  private Batch(List<MetadataChangeProposal> proposals) {
    this.proposals = proposals;
    this.results = new EmitResult[proposals.size()];
  }

  /**
   * Plans {@code proposals}; a proposal whose plan fails gets a failed result and changes nothing. As a
   * {@code unit}, the first failure fails them all (the others with that same error, which names the proposal that
   * failed) and the records go in one payload, itself refused when above the log's limit.
   */
  static Batch plan(List<MetadataChangeProposal> proposals, ProposalPlanner planner, StateView state,
      StoreErrors errors, boolean unit) {
    Batch batch = plan(proposals, planner, state, errors);
    return unit ? batch.asUnit(errors) : batch;
  }

  private static Batch plan(List<MetadataChangeProposal> proposals, ProposalPlanner planner, StateView state,
      StoreErrors errors) {
    Batch batch = new Batch(proposals);
    PendingView pending = new PendingView(state);
    for (int i = 0; i < proposals.size(); i++) {
      MetadataChangeProposal mcp = proposals.get(i);
      try {
        Optional<AspectRecord> record = planner.plan(mcp, pending);
        if (record.isPresent()) {
          byte[] payload = LogRecords.encode(record.get());
          if (payload.length > LogFile.MAX_PAYLOAD) {
            throw errors.invalid(mcp, "the change is " + payload.length + " bytes as a log record, above the "
                + "local store's limit of " + LogFile.MAX_PAYLOAD + " bytes per record; nothing was written");
          }
          pending.add(record.get());
          batch.records.add(record.get());
          batch.payloads.add(payload);
        }
        batch.results[i] = EmitResult.acknowledged(mcp, 1);
      } catch (DataHubException e) {
        batch.results[i] = EmitResult.failed(mcp, 1, e);
      }
    }
    return batch;
  }

  /** This batch as a unit: all of it in one payload, or none of it if a proposal failed or the payload is too large. */
  private Batch asUnit(StoreErrors errors) {
    DataHubException cause = Arrays.stream(results).filter(r -> !r.isAcknowledged()).findFirst()
        .map(r -> r.failure().get()).orElse(null);
    if (cause == null && payloads.size() > 1) {
      byte[] unit = LogRecords.encodeUnit(payloads);
      if (unit.length <= LogFile.MAX_PAYLOAD) {
        payloads.clear();
        payloads.add(unit);
        return this;
      }
      cause = errors.invalid(proposals.get(0), "the " + proposals.size() + " changes written together are "
          + unit.length + " bytes as one log record, above the local store's limit of " + LogFile.MAX_PAYLOAD
          + " bytes per record; nothing was written");
    }
    if (cause == null) {
      return this;
    }
    records.clear();
    payloads.clear();
    for (int i = 0; i < results.length; i++) {
      if (results[i].isAcknowledged()) {
        results[i] = EmitResult.failed(proposals.get(i), 1, cause);
      }
    }
    return this;
  }

  /** Every proposal failed with {@code failure}, as when the store cannot write. */
  static List<EmitResult> failAll(List<MetadataChangeProposal> proposals, DataHubException failure) {
    List<EmitResult> out = new ArrayList<>(proposals.size());
    for (MetadataChangeProposal mcp : proposals) {
      out.add(EmitResult.failed(mcp, 1, failure));
    }
    return out;
  }

  /** The records to write, in order. */
  List<AspectRecord> records() {
    return records;
  }

  /** The log payloads of {@link #records()}. */
  List<byte[]> payloads() {
    return payloads;
  }

  /** One result per proposal, in order. */
  List<EmitResult> results() {
    return Arrays.asList(results);
  }

  /** The results once the write failed with {@code failure}: the acknowledged ones fail too. */
  List<EmitResult> failedWrite(DataHubException failure) {
    List<EmitResult> out = new ArrayList<>(results.length);
    for (int i = 0; i < results.length; i++) {
      out.add(results[i].isAcknowledged() ? EmitResult.failed(proposals.get(i), 1, failure) : results[i]);
    }
    return out;
  }
}
