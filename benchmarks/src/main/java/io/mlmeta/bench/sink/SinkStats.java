package io.mlmeta.bench.sink;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the sink saw during one benchmark run: connections, requests (single and batch), valid proposals, refused
 * requests, body bytes, sampled deep checks, the first aspect JSON and the first refusal's reason.
 */
public final class SinkStats {
  final AtomicLong connections = new AtomicLong();
  final AtomicLong singleRequests = new AtomicLong();
  final AtomicLong batchRequests = new AtomicLong();
  final AtomicLong proposals = new AtomicLong();
  final AtomicLong refused = new AtomicLong();
  final AtomicLong bodyBytes = new AtomicLong();
  final AtomicLong deepChecks = new AtomicLong();
  final AtomicReference<String> firstAspect = new AtomicReference<>();
  final AtomicReference<String> firstRefusal = new AtomicReference<>();
  final AtomicReference<Integer> firstBodyBytes = new AtomicReference<>();

  /** Connections accepted. */
  public long connections() {
    return connections.get();
  }

  /** {@code ingestProposal} requests answered with success. */
  public long singleRequests() {
    return singleRequests.get();
  }

  /** {@code ingestProposalBatch} requests answered with success. */
  public long batchRequests() {
    return batchRequests.get();
  }

  /** Valid proposals received in successful requests. */
  public long proposals() {
    return proposals.get();
  }

  /** Requests answered with an error (malformed, wrong path, wrong content). */
  public long refused() {
    return refused.get();
  }

  /** Request body bytes received. */
  public long bodyBytes() {
    return bodyBytes.get();
  }

  /** Proposals whose aspect JSON was parsed and checked in full. */
  public long deepChecks() {
    return deepChecks.get();
  }

  /** The aspect JSON of the first proposal received, or null. */
  public String firstAspect() {
    return firstAspect.get();
  }

  /** The size of the first request body, or null. */
  public Integer firstBodyBytes() {
    return firstBodyBytes.get();
  }

  /** Why the first refused request was refused, or null. */
  public String firstRefusal() {
    return firstRefusal.get();
  }

  @Override
  public String toString() {
    return "sink: " + proposals() + " proposals in " + singleRequests() + " single + " + batchRequests()
        + " batch requests over " + connections() + " connections, " + refused() + " refused, " + deepChecks()
        + " deep-checked";
  }
}
