package io.mlmeta.internal.http;

import io.mlmeta.aspect.Status;
import io.mlmeta.internal.json.ProposalCodec;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.urn.Urn;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What a fresh JVM does once before its first proposal can go, started on a daemon thread when the first client is
 * made, so that it overlaps with the caller building its first proposal: OkHttp choosing its platform (which loads
 * the JDK's security providers) and the first use of reflection and annotations by the aspect writer. Each is about
 * a tenth of a second in a fresh JVM. Best effort: a failure here only means the first emit pays it, as without it.
 */
final class Warmup {
  private static final AtomicBoolean STARTED = new AtomicBoolean();

  private Warmup() {}

  /** Starts the warm-up unless it ran already in this JVM. */
  static void startOnce() {
    if (!STARTED.compareAndSet(false, true)) {
      return;
    }
    Thread t = new Thread(Warmup::run, "mlmeta-warmup");
    t.setDaemon(true);
    t.start();
  }

  private static void run() {
    try {
      okhttp3.internal.platform.Platform.get();
      ProposalCodec.proposal(MetadataChangeProposal.upsert(Urn.parse("urn:li:tag:mlmeta-warmup"), Status.of(false)));
    } catch (Throwable ignored) {
      // the first emit does it instead
    }
  }
}
