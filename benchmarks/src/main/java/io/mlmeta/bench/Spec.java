package io.mlmeta.bench;

/**
 * One side-by-side measurement: which child scenario each SDK runs (they differ only for batch, where the peer runs
 * its best mode), how many proposals after how large a warm-up (at least {@code warmup} proposals and
 * {@code warmupSeconds}), the sink's added latency, the time limit per run and
 * the optional {@code maxInFlight} of our emitter.
 */
final class Spec {
  final String id;
  final String title;
  final String oursScenario;
  final String peerScenario;
  final int n;
  final int warmup;
  final double warmupSeconds;
  final int latencyMs;
  final long timeoutSeconds;
  final int maxInFlight;

  Spec(String id, String title, String oursScenario, String peerScenario, int n, int warmup, double warmupSeconds,
      int latencyMs, long timeoutSeconds, int maxInFlight) {
    this.id = id;
    this.title = title;
    this.oursScenario = oursScenario;
    this.peerScenario = peerScenario;
    this.n = n;
    this.warmup = warmup;
    this.warmupSeconds = warmupSeconds;
    this.latencyMs = latencyMs;
    this.timeoutSeconds = timeoutSeconds;
    this.maxInFlight = maxInFlight;
  }

  /** The same spec with both SDKs running {@code scenario}. */
  static Spec both(String id, String title, String scenario, int n, int warmup, double warmupSeconds,
      int latencyMs, long timeout) {
    return new Spec(id, title, scenario, scenario, n, warmup, warmupSeconds, latencyMs, timeout, 0);
  }

  /** The scenario {@code sdk} runs; {@code ours-async} is ours in the peer's scenario (our emitAsync in row 4). */
  String scenario(String sdk) {
    if (sdk.equals(BenchMain.OURS_ASYNC)) {
      return peerScenario;
    }
    return sdk.startsWith("ours") ? oursScenario : peerScenario;
  }
}
