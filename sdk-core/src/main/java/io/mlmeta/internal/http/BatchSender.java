package io.mlmeta.internal.http;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one batch and narrows down a rejection: when the server refuses a batch with a 4xx (other than 401, 403 and
 * 429, and other than a 404 or 405 from a server that is not GMS), the batch is split in halves and each half is
 * sent again, one after the other, until the refused proposals stand alone; the others land. Retryable failures are
 * retried by the {@link HttpSender} for the whole batch.
 */
public final class BatchSender {
  private static final Logger LOG = LoggerFactory.getLogger(BatchSender.class);

  private final HttpSender sender;
  private final IngestRequests requests;

  /** A batch sender over {@code sender}, making requests with {@code requests}. */
  public BatchSender(HttpSender sender, IngestRequests requests) {
    this.sender = sender;
    this.requests = requests;
  }

  /** One outcome per item, in the items' order; the future never fails. */
  public CompletableFuture<List<ItemOutcome>> send(List<WireItem> items) {
    return send(items, 0);
  }

  private CompletableFuture<List<ItemOutcome>> send(List<WireItem> items, int priorAttempts) {
    HttpCall call = requests.batch(
        items.stream().map(WireItem::mcp).collect(Collectors.toList()),
        items.stream().map(WireItem::bytes).collect(Collectors.toList()));
    return sender.send(call).thenCompose(outcome -> {
      int attempts = priorAttempts + outcome.attempts();
      if (outcome.isSuccess()) {
        requests.inspectSuccess(call, outcome.body());
      } else if (items.size() > 1 && splittable(outcome)) {
        LOG.debug("{} of {} proposals refused with HTTP {}; splitting it", call, items.size(), outcome.status());
        int half = items.size() / 2;
        List<WireItem> first = items.subList(0, half);
        List<WireItem> second = items.subList(half, items.size());
        return send(first, attempts).thenCompose(a -> send(second, attempts).thenApply(b -> concat(a, b)));
      }
      List<ItemOutcome> out = new ArrayList<>(items.size());
      for (WireItem item : items) {
        out.add(new ItemOutcome(item, outcome, call, attempts));
      }
      return CompletableFuture.completedFuture(out);
    });
  }

  private static boolean splittable(HttpOutcome outcome) {
    int status = outcome.status();
    return outcome.kind() == HttpOutcome.Kind.ANSWERED && status >= 400 && status < 500
        && status != 401 && status != 403 && status != 429 && !outcome.isForeignRefusal();
  }

  private static List<ItemOutcome> concat(List<ItemOutcome> a, List<ItemOutcome> b) {
    List<ItemOutcome> out = new ArrayList<>(a.size() + b.size());
    out.addAll(a);
    out.addAll(b);
    return out;
  }
}
