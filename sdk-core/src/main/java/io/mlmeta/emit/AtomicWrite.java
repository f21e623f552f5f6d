package io.mlmeta.emit;

import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.AspectType;
import io.mlmeta.aspect.RawAspect;
import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.error.DataHubException;
import io.mlmeta.internal.http.Failures;
import io.mlmeta.internal.http.HttpCall;
import io.mlmeta.internal.http.HttpOutcome;
import io.mlmeta.internal.http.HttpSender;
import io.mlmeta.internal.http.IngestRequests;
import io.mlmeta.internal.http.PendingWork;
import io.mlmeta.internal.http.Stamp;
import io.mlmeta.internal.json.AspectRegistry;
import io.mlmeta.mcp.MetadataChangeProposal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@link RestEmitter#emitAtomically} call: every proposal stamped, encoded and checked first, then the
 * versioned ones in one synchronous Rest.li request, then the timeseries ones in another. Nothing is narrowed down
 * or split: a refused request is refused as a whole.
 */
final class AtomicWrite {
  private static final Logger LOG = LoggerFactory.getLogger(AtomicWrite.class);

  private final List<MetadataChangeProposal> input;
  private final IngestRequests requests;
  private final HttpSender sender;
  private final PendingWork pending;
  private final ConnectionConfig config;

  AtomicWrite(List<MetadataChangeProposal> input, IngestRequests requests, HttpSender sender, PendingWork pending,
      ConnectionConfig config) {
    this.input = input;
    this.requests = requests;
    this.sender = sender;
    this.pending = pending;
    this.config = config;
  }

  List<EmitResult> run() {
    List<MetadataChangeProposal> versioned = new ArrayList<>();
    List<MetadataChangeProposal> events = new ArrayList<>();
    for (MetadataChangeProposal mcp : input) {
      (isTimeseries(mcp) ? events : versioned).add(mcp);
    }
    long now = System.currentTimeMillis();
    HttpCall first = request(versioned, now);
    HttpCall second = request(events, now);
    HttpOutcome[] answers = new HttpOutcome[2];
    if (first != null) {
      answers[0] = send(first);
    }
    if (second != null) {
      try {
        answers[1] = send(second);
      } catch (DataHubException e) {
        if (first != null) {
          LOG.warn("{}: written, but its timeseries events were not: {}", first, e.getMessage());
        }
        throw e;
      }
    }
    List<EmitResult> out = new ArrayList<>(input.size());
    for (MetadataChangeProposal mcp : input) {
      HttpOutcome answer = answers[isTimeseries(mcp) ? 1 : 0];
      out.add(EmitResult.acknowledged(mcp, answer.attempts(), answer.traceId()));
    }
    return out;
  }

  /** The one request carrying {@code part}, checked against the size limits; null when {@code part} is empty. */
  private HttpCall request(List<MetadataChangeProposal> part, long now) {
    if (part.isEmpty()) {
      return null;
    }
    if (part.size() > config.batchMaxProposals()) {
      throw new IllegalArgumentException(describe(part) + " are " + part.size() + " proposals, above "
          + "batchMaxProposals " + config.batchMaxProposals() + "; they must go in one request to be applied "
          + "together, so none was sent");
    }
    List<MetadataChangeProposal> stamped = new ArrayList<>(part.size());
    List<byte[]> encoded = new ArrayList<>(part.size());
    for (MetadataChangeProposal mcp : part) {
      MetadataChangeProposal s = Stamp.stamp(mcp, now);
      byte[] bytes;
      try {
        requests.check(s);
        bytes = requests.encode(s);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("could not encode " + s.entityUrn() + " " + s.aspectName() + ": "
            + e.getMessage() + "; none of " + describe(input) + " was sent", e);
      }
      if (part.size() > 1) {
        checkSize(s, bytes.length + requests.batchOverhead());
      }
      stamped.add(s);
      encoded.add(bytes);
    }
    if (part.size() == 1) {
      HttpCall call = requests.single(stamped.get(0), encoded.get(0));
      checkSize(stamped.get(0), call.bodyLength());
      return call;
    }
    HttpCall call = requests.batch(stamped, encoded);
    if (call.bodyLength() > config.batchMaxBytes()) {
      throw new IllegalArgumentException(describe(part) + " are " + call.bodyLength() + " bytes together, above "
          + "batchMaxBytes " + config.batchMaxBytes() + "; they must go in one request to be applied together, so "
          + "none was sent. Make the largest smaller, or raise batchMaxBytes (GMS refuses requests above "
          + ConnectionConfig.DEFAULT_MAX_PROPOSAL_BYTES + " bytes unless its limit was raised)");
    }
    String urn = part.get(0).entityUrn().toString();
    boolean oneEntity = part.stream().allMatch(m -> m.entityUrn().toString().equals(urn));
    return oneEntity ? call.about(urn, aspectNames(part)) : call;
  }

  /** As {@link RestEmitter#checkSize}, saying that nothing was sent. */
  private void checkSize(MetadataChangeProposal mcp, long requestBytes) {
    try {
      RestEmitter.checkSize(mcp, requestBytes, config);
    } catch (IllegalArgumentException tooLarge) {
      throw new IllegalArgumentException(tooLarge.getMessage() + "; none of " + describe(input) + " was sent",
          tooLarge);
    }
  }

  /** Sends {@code call} on this thread and returns its successful answer; throws its failure. */
  private HttpOutcome send(HttpCall call) {
    CompletableFuture<HttpOutcome> result = new CompletableFuture<>();
    pending.track(result, () -> RestEmitter.closedFailure(call));
    HttpOutcome outcome;
    try {
      result.complete(sender.sendOnThisThread(call).get());
      outcome = result.get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof DataHubException ? (DataHubException) e.getCause()
          : new DataHubException(call + " failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DataHubException("interrupted while waiting for GMS to acknowledge " + call
          + "; the request may still land", e);
    }
    if (!outcome.isSuccess()) {
      throw Failures.toException(outcome, call);
    }
    requests.inspectSuccess(call, outcome.body());
    return outcome;
  }

  /**
   * Whether GMS writes {@code mcp} outside the transaction of the others: a timeseries aspect, known by its type or,
   * for a raw aspect, by the type registered under its name.
   */
  static boolean isTimeseries(MetadataChangeProposal mcp) {
    Optional<Aspect> aspect = mcp.aspect();
    if (aspect.isPresent() && !(aspect.get() instanceof RawAspect)) {
      return aspect.get().aspectType().isTimeseries();
    }
    return AspectRegistry.byName(mcp.aspectName()).map(AspectType::isTimeseries).orElse(false);
  }

  private static String describe(List<MetadataChangeProposal> part) {
    String urns = part.stream().map(m -> m.entityUrn().toString()).distinct().collect(Collectors.joining(", "));
    return "the proposals of " + urns + " (" + aspectNames(part) + ")";
  }

  private static String aspectNames(List<MetadataChangeProposal> part) {
    return part.stream().map(MetadataChangeProposal::aspectName).collect(Collectors.joining(", "));
  }
}
