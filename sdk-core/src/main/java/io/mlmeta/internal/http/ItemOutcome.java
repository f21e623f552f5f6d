package io.mlmeta.internal.http;

/** What became of one item of a batch: the outcome of the last request that carried it, and that request. */
public final class ItemOutcome {
  private final WireItem item;
  private final HttpOutcome outcome;
  private final HttpCall request;
  private final int attempts;

  ItemOutcome(WireItem item, HttpOutcome outcome, HttpCall request, int attempts) {
    this.item = item;
    this.outcome = outcome;
    this.request = request;
    this.attempts = attempts;
  }

  /** The item. */
  public WireItem item() {
    return item;
  }

  /** The outcome of the last request that carried it. */
  public HttpOutcome outcome() {
    return outcome;
  }

  /** The last request that carried it, said to be about its URN and aspect. */
  public HttpCall call() {
    return request.about(item.mcp().entityUrn().toString(), item.mcp().aspectName());
  }

  /** How many requests carried it in all, batches that were split included. */
  public int attempts() {
    return attempts;
  }
}
