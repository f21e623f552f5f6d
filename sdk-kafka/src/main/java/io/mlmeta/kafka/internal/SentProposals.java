package io.mlmeta.kafka.internal;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The proposals an emitter sent while its failure watcher runs, by message id, oldest first; bounded by a count
 * and an age: the oldest are forgotten first, so a failure that comes later than either is reported as unmatched.
 */
public final class SentProposals {
  private final int maxCount;
  private final long maxAgeMillis;
  private final LinkedHashMap<String, Sent> byId = new LinkedHashMap<>();

  /** Remembers at most {@code maxCount} proposals, none longer than {@code maxAgeMillis}. */
  public SentProposals(int maxCount, long maxAgeMillis) {
    this.maxCount = maxCount;
    this.maxAgeMillis = maxAgeMillis;
  }

  /** One proposal as sent: its URN and aspect, and when. */
  public static final class Sent {
    /** The entity URN. */
    public final String urn;
    /** The aspect name, or null. */
    public final String aspectName;
    /** When it was handed to the producer, epoch milliseconds. */
    public final long sentAtMillis;

    Sent(String urn, String aspectName, long sentAtMillis) {
      this.urn = urn;
      this.aspectName = aspectName;
      this.sentAtMillis = sentAtMillis;
    }
  }

  /** Remembers a proposal sent at {@code nowMillis}, forgetting the oldest beyond the bounds. */
  public synchronized void remember(String messageId, String urn, String aspectName, long nowMillis) {
    byId.put(messageId, new Sent(urn, aspectName, nowMillis));
    expire(nowMillis);
  }

  /** Forgets and returns the proposal sent as {@code messageId} for {@code urn}, or null if not remembered. */
  public synchronized Sent take(String messageId, String urn, long nowMillis) {
    expire(nowMillis);
    Sent sent = byId.get(messageId);
    if (sent == null || !sent.urn.equals(urn)) {
      return null;
    }
    byId.remove(messageId);
    return sent;
  }

  /** How many proposals are remembered now. */
  public synchronized int size() {
    return byId.size();
  }

  private void expire(long nowMillis) {
    Iterator<Map.Entry<String, Sent>> it = byId.entrySet().iterator();
    while (it.hasNext()) {
      Sent oldest = it.next().getValue();
      if (byId.size() <= maxCount && nowMillis - oldest.sentAtMillis <= maxAgeMillis) {
        return;
      }
      it.remove();
    }
  }
}
