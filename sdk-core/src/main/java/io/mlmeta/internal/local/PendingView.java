package io.mlmeta.internal.local;

import io.mlmeta.urn.Urn;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The store's state with the records of a batch that are planned but not yet written laid over it, so that each
 * proposal of a batch sees the ones before it.
 */
final class PendingView implements StateView {
  private final StateView base;
  private final Map<Urn, Map<String, AspectRecord>> pending = new HashMap<>();

  PendingView(StateView base) {
    this.base = base;
  }

  void add(AspectRecord record) {
    pending.computeIfAbsent(record.urn(), u -> new HashMap<>()).put(record.aspectName(), record);
  }

  @Override
  public AspectRecord current(AspectKey key) {
    AspectRecord record = pending.getOrDefault(key.urn(), Map.of()).get(key.aspectName());
    if (record == null) {
      return base.current(key);
    }
    return record.isDelete() ? null : record;
  }

  @Override
  public Set<String> aspectNames(Urn urn) {
    Set<String> names = new LinkedHashSet<>(base.aspectNames(urn));
    for (AspectRecord record : pending.getOrDefault(urn, Map.of()).values()) {
      if (record.isDelete()) {
        names.remove(record.aspectName());
      } else {
        names.add(record.aspectName());
      }
    }
    return names;
  }
}
